using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// The trained attribution tagger: labels every token of a paragraph as part of a source, a cue, a content or none
/// (a linear model over the <see cref="AttributionFeatures"/>, decoded with Viterbi), then ties the pieces into
/// attributions (<see cref="AttributionAssembler"/>). Finds reported speech as well as quotes: PolNeAR, which it is
/// trained on, marks both. Safe to share between threads: each call decodes with its own buffers.
/// </summary>
public sealed class AttributionTagger : IAttributionFinder
{
    public const string ModelFile = "attributions.model";

    // Written at the head of the model file, so another kind of model is refused.
    internal const string ModelMagic = "DSRATT";

    // Read on the first Find, not when a tagger is made: every command that builds dossier options makes one, and most
    // never tag anything.
    private static readonly Lazy<Parts> Embedded = new(() =>
    {
        using var model = ModelResources.Open(ModelFile)!;
        using var cues = new StreamReader(ModelResources.Open(CueLexicon.FileName)!);
        return new Parts(LinearModel.Read(model, ModelMagic, AttributionLabels.Count), CueLexicon.Read(cues), WordClusters.LoadEmbedded());
    });

    private readonly Lazy<Parts> _parts;

    internal AttributionTagger(ILabelScorer model, CueLexicon cues, WordClusters? clusters) : this(new Lazy<Parts>(new Parts(model, cues, clusters)))
    {
    }

    private AttributionTagger(Lazy<Parts> parts) => _parts = parts;

    /// <summary>
    /// A tagger over the model built into this program (from <c>models/</c>), read on first use; null when the build
    /// has none.
    /// </summary>
    public static AttributionTagger? LoadDefault()
    {
        var names = ModelResources.Names().ToHashSet(StringComparer.Ordinal);
        return names.Contains(ModelFile) && names.Contains(CueLexicon.FileName) ? new AttributionTagger(Embedded) : null;
    }

    /// <summary>A tagger over the model in <paramref name="modelsDirectory"/>, with its word clusters when it has them.</summary>
    /// <exception cref="FileNotFoundException">The folder lacks the model or the cue lexicon.</exception>
    /// <exception cref="InvalidDataException">A file is not of this kind.</exception>
    public static AttributionTagger Load(string modelsDirectory)
    {
        using var model = File.OpenRead(Path.Combine(modelsDirectory, ModelFile));
        using var cues = new StreamReader(Path.Combine(modelsDirectory, CueLexicon.FileName));
        return new AttributionTagger(LinearModel.Read(model, ModelMagic, AttributionLabels.Count), CueLexicon.Read(cues), ClustersFor(modelsDirectory));
    }

    /// <summary>The word clusters of a models folder when it has them, else the ones built into the program.</summary>
    public static WordClusters? ClustersFor(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, WordClusters.ModelName);
        if (!File.Exists(path)) return WordClusters.LoadEmbedded();
        using var stream = File.OpenRead(path);
        return WordClusters.Read(stream);
    }

    internal void WriteModel(Stream stream) => ((LinearModel)_parts.Value.Model).Write(stream, ModelMagic);

    public IReadOnlyList<Attribution> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (model, cues, clusters) = _parts.Value;
        var attributions = new List<Attribution>();
        var decoder = new AttributionDecoder();
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsWithin(text.Length)) throw new ArgumentOutOfRangeException(nameof(paragraphs));
            // Quotation state starts afresh in each paragraph: a quotation running on re-opens with a mark anyway.
            foreach (var sequence in TokenSequence.Of(text, paragraph, cues, clusters))
            {
                var labels = new byte[sequence.Tokens.Count];
                decoder.Decode(sequence, model, labels);
                AttributionAssembler.Assemble(sequence, labels, attributions);
            }
        }
        return attributions;
    }

    /// <summary>The paragraphs of plain text: its non-blank lines, trimmed.</summary>
    public static List<TextSpan> ParagraphsOf(string text)
    {
        var paragraphs = new List<TextSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) paragraphs.Add(TextSpan.FromBounds(s, e));
            start = end + 1;
        }
        return paragraphs;
    }

    /// <summary>What a tagger reads: the weights, the cue lexicon and the word clusters the features were trained with.</summary>
    private sealed record Parts(ILabelScorer Model, CueLexicon Cues, WordClusters? Clusters);
}
