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

    private static readonly Lazy<(LinearModel Model, CueLexicon Cues)?> Embedded = new(() =>
    {
        using var model = ModelResources.Open(ModelFile);
        using var cues = ModelResources.Open(CueLexicon.FileName);
        if (model is null || cues is null) return null;
        using var reader = new StreamReader(cues);
        return (LinearModel.Read(model, ModelMagic, AttributionLabels.Count), CueLexicon.Read(reader));
    });

    private readonly ILabelScorer _model;

    internal AttributionTagger(ILabelScorer model, CueLexicon cues, WordClusters? clusters)
    {
        _model = model;
        Cues = cues;
        Clusters = clusters;
    }

    internal CueLexicon Cues { get; }

    /// <summary>The word clusters the features read (the entity tagger's, learned from unlabelled news).</summary>
    internal WordClusters? Clusters { get; }

    /// <summary>A tagger over the model built into this program (from <c>models/</c>), or null when the build has none.</summary>
    public static AttributionTagger? LoadDefault() =>
        Embedded.Value is { } loaded ? new AttributionTagger(loaded.Model, loaded.Cues, WordClusters.LoadEmbedded()) : null;

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

    internal void WriteModel(Stream stream) => ((LinearModel)_model).Write(stream, ModelMagic);

    public IReadOnlyList<Attribution> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var attributions = new List<Attribution>();
        var decoder = new AttributionDecoder();
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsWithin(text.Length)) throw new ArgumentOutOfRangeException(nameof(paragraphs));
            // Quotation state starts afresh in each paragraph: a quotation running on re-opens with a mark anyway.
            foreach (var sequence in TokenSequence.Of(text, paragraph, Cues, Clusters))
            {
                var labels = new byte[sequence.Tokens.Count];
                decoder.Decode(sequence, _model, labels);
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
}
