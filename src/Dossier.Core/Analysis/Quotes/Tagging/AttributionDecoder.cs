using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// Labels token sequences under a scorer's weights (Viterbi over <see cref="AttributionLabels"/>), and in training tells
/// a learner where the labels were wrong. Holds the buffers, which grow to the longest sequence seen; one per thread.
/// </summary>
internal sealed class AttributionDecoder
{
    private readonly float[] _transitions = new float[AttributionLabels.Count * AttributionLabels.Count];
    private float[] _emissions = [];
    private byte[] _backPointers = [];
    private ulong[] _features = [];
    private int[] _featureCounts = [];
    private AttributionFeatures.CueContext[] _left = [];
    private AttributionFeatures.CueContext[] _right = [];
    private AttributionFeatures.CueContext[] _strongestLeft = [];
    private AttributionFeatures.CueContext[] _strongestRight = [];

    /// <summary>Labels one sequence; with <paramref name="gold"/> and a <paramref name="learner"/>, learns from the mistakes.</summary>
    public void Decode(TokenSequence sequence, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold = default, ILearner? learner = null)
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
        if (learner is not null)
        {
            PerceptronStep.Learn(
                learner, gold, labels, _features, AttributionFeatures.MaxFeatures, _featureCounts, AttributionFeatures.TransitionKey,
                AttributionLabels.Outside);
        }
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
}
