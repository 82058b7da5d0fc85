using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// The trained attribution tagger: labels every token of a paragraph as part of a source, a cue, a content or none
/// (a linear model over the <see cref="AttributionFeatures"/>, decoded with Viterbi), then ties the pieces into
/// attributions (<see cref="AttributionAssembler"/>). Finds reported speech as well as quotes: PolNeAR, which it is
/// trained on, marks both. Not thread-safe (it reuses its buffers); make one per thread.
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

    internal ILabelScorer Model => _model;
    private readonly float[] _transitions = new float[AttributionLabels.Count * AttributionLabels.Count];
    private float[] _emissions = [];
    private byte[] _backPointers = [];
    private ulong[] _features = [];
    private int[] _featureCounts = [];
    private AttributionFeatures.CueContext[] _left = [];
    private AttributionFeatures.CueContext[] _right = [];
    private AttributionFeatures.CueContext[] _strongestLeft = [];
    private AttributionFeatures.CueContext[] _strongestRight = [];

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
        bool quoted = false;
        foreach (var paragraph in paragraphs)
        {
            if (!paragraph.IsWithin(text.Length)) throw new ArgumentOutOfRangeException(nameof(paragraphs));
            TokenSequence? last = null;
            foreach (var sequence in TokenSequence.Of(text, paragraph, Cues, Clusters, QuoteRunsOn(text, paragraph, quoted)))
            {
                var labels = new byte[sequence.Tokens.Count];
                Decode(sequence, _model, labels);
                AttributionAssembler.Assemble(sequence, labels, attributions);
                last = sequence;
            }
            quoted = last is not null && TokenSequence.EndsQuoted(last);
        }
        return attributions;
    }

    /// <summary>A quotation left open at a paragraph's end runs on only when the next paragraph opens with a quotation mark.</summary>
    private static bool QuoteRunsOn(string text, TextSpan paragraph, bool openBefore) =>
        openBefore && paragraph.Length > 0 && text[paragraph.Start] is '"' or '“';

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

    /// <summary>Labels one sequence; with <paramref name="gold"/> and a <paramref name="learner"/>, learns from the mistakes.</summary>
    internal void Decode(TokenSequence sequence, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold = default, ILearner? learner = null)
    {
        const int L = AttributionLabels.Count;
        var tokens = sequence.Tokens;
        int length = tokens.Count;
        if (_left.Length < length)
        {
            int capacity = Math.Max(length, 2 * _left.Length);
            _left = new AttributionFeatures.CueContext[capacity];
            _right = new AttributionFeatures.CueContext[capacity];
            _strongestLeft = new AttributionFeatures.CueContext[capacity];
            _strongestRight = new AttributionFeatures.CueContext[capacity];
            _emissions = new float[capacity * L];
            _backPointers = new byte[capacity * L];
            _features = new ulong[capacity * AttributionFeatures.MaxFeatures];
            _featureCounts = new int[capacity];
        }
        LoadTransitions(scorer);
        AttributionFeatures.FindCues(tokens, _left, _right, _strongestLeft, _strongestRight);
        for (int i = 0; i < length; i++)
        {
            var features = _features.AsSpan(i * AttributionFeatures.MaxFeatures, AttributionFeatures.MaxFeatures);
            int n = AttributionFeatures.Extract(tokens, i, _left[i], _right[i], _strongestLeft[i], _strongestRight[i], features);
            _featureCounts[i] = n;
            scorer.Score(features[..n], _emissions.AsSpan(i * L, L));
        }
        Viterbi.Decode(_emissions.AsSpan(0, length * L), _transitions, L, AttributionLabels.Outside, AttributionLabels.CanEnd, _backPointers, labels);
        if (learner is not null) Learn(learner, gold, labels);
    }

    private void LoadTransitions(ILabelScorer scorer)
    {
        const int L = AttributionLabels.Count;
        Span<ulong> key = stackalloc ulong[1];
        for (int previous = 0; previous < L; previous++)
        {
            key[0] = AttributionFeatures.TransitionKey(previous);
            scorer.Score(key, _transitions.AsSpan(previous * L, L));
            for (int next = 0; next < L; next++)
            {
                if (!AttributionLabels.CanFollow(previous, next)) _transitions[previous * L + next] = float.NegativeInfinity;
            }
        }
    }

    /// <summary>The structured perceptron's step: where the chosen sequence differs from the right one, move the weights.</summary>
    private void Learn(ILearner learner, ReadOnlySpan<byte> right, ReadOnlySpan<byte> chosen)
    {
        Span<ulong> key = stackalloc ulong[1];
        for (int i = 0; i < right.Length; i++)
        {
            int rightBefore = i > 0 ? right[i - 1] : AttributionLabels.Outside;
            int chosenBefore = i > 0 ? chosen[i - 1] : AttributionLabels.Outside;
            if (right[i] != chosen[i])
            {
                var features = _features.AsSpan(i * AttributionFeatures.MaxFeatures, _featureCounts[i]);
                learner.Update(features, right[i], 1);
                learner.Update(features, chosen[i], -1);
            }
            if (right[i] != chosen[i] || rightBefore != chosenBefore)
            {
                key[0] = AttributionFeatures.TransitionKey(rightBefore);
                learner.Update(key, right[i], 1);
                key[0] = AttributionFeatures.TransitionKey(chosenBefore);
                learner.Update(key, chosen[i], -1);
            }
        }
        learner.EndOfSentence();
    }
}
