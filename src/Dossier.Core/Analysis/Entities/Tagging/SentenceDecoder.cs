using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// Labels a document sentence by sentence: the best label sequence of each sentence under the word features and the
/// label-pair weights (Viterbi). Features may look at the labels given to earlier sentences of the document, and in a
/// second pass at the first pass's labels of the same word anywhere in it.
/// </summary>
internal sealed class SentenceDecoder(TokenAnnotator annotator)
{
    private readonly DocumentMemory _memory = new();
    private readonly float[] _transitions = new float[EntityLabels.Count * EntityLabels.Count];
    private float[] _emissions = [];
    private ulong[] _sentenceFeatures = [];
    private int[] _featureCounts = [];
    private byte[] _backPointers = [];
    private TokenInfo[] _infos = [];
    private bool[] _headlines = [];
    private TextSpan[] _spans = [];

    /// <summary>
    /// Labels every token of <paramref name="document"/> into <paramref name="labels"/>. With <paramref name="gold"/>
    /// (training) <paramref name="learner"/> is told, sentence by sentence, how the chosen labels differ from the right ones.
    /// </summary>
    public void Decode(TokenDocument document, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold = default, ILearner? learner = null)
    {
        int count = document.Tokens.Count;
        if (_infos.Length < count)
        {
            _infos = new TokenInfo[count];
            _spans = new TextSpan[count];
        }
        if (_headlines.Length < document.Sentences.Count) _headlines = new bool[document.Sentences.Count];
        for (int i = 0; i < count; i++) _spans[i] = document.Tokens[i];
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var (start, end) = DocumentMemory.Bounds(document.Sentences[s]);
            annotator.Annotate(document.Text, _spans.AsSpan(start, end - start), _infos.AsSpan(start, end - start));
            _headlines[s] = TokenAnnotator.IsHeadline(_infos.AsSpan(start, end - start));
        }
        _memory.Prepare(document, _infos.AsSpan(0, count), _headlines);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var (start, end) = DocumentMemory.Bounds(document.Sentences[s]);
            for (int i = start; i < end; i++)
            {
                // An all-caps headline word, or a sentence's first word, is read as the document writes it elsewhere.
                if (_headlines[s] || i == start) annotator.UseUsualForm(document.Text, _spans[i], ref _infos[i], _memory);
            }
        }

        Pass(document, scorer, labels, gold, learner, secondPass: false);

        // Second pass: every word also sees the labels the first pass gave its other occurrences, later ones included
        // (a headline's "CAMACHO" learns from "Hector Camacho" further down). Worth about 0.2 F1 on CoNLL's dev set.
        _memory.StartSecondPass(_infos.AsSpan(0, count), labels);
        Pass(document, scorer, labels, gold, learner, secondPass: true);
    }

    private void Pass(TokenDocument document, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold, ILearner? learner, bool secondPass)
    {
        LoadTransitions(scorer);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var (start, end) = DocumentMemory.Bounds(document.Sentences[s]);
            int length = end - start;
            var spans = _spans.AsSpan(start, length);
            var infos = _infos.AsSpan(start, length);
            var sentenceLabels = labels.Slice(start, length);
            if (secondPass && !_memory.RepeatsAWord(infos))
            {
                // Nothing in this sentence occurs elsewhere: the second pass would see what the first saw.
                _memory.Remember(infos, sentenceLabels);
                continue;
            }

            if (_emissions.Length < length * EntityLabels.Count)
            {
                _emissions = new float[2 * length * EntityLabels.Count];
                _sentenceFeatures = new ulong[2 * length * FeatureExtractor.MaxFeatures];
                _featureCounts = new int[2 * length];
                _backPointers = new byte[2 * length * EntityLabels.Count];
            }
            for (int i = 0; i < length; i++)
            {
                var features = _sentenceFeatures.AsSpan(i * FeatureExtractor.MaxFeatures, FeatureExtractor.MaxFeatures);
                int n = FeatureExtractor.Extract(document.Text, spans, infos, i, _headlines[s], _memory, start + i, sentenceLabels[i], features);
                _featureCounts[i] = n;
                scorer.Score(features[..n], _emissions.AsSpan(i * EntityLabels.Count, EntityLabels.Count));
            }
            Viterbi.Decode(
                _emissions.AsSpan(0, length * EntityLabels.Count), _transitions, EntityLabels.Count, EntityLabels.Outside,
                EntityLabels.CanEnd, _backPointers, sentenceLabels);
            if (learner is not null)
            {
                PerceptronStep.Learn(
                    learner, gold.Slice(start, length), sentenceLabels, _sentenceFeatures, FeatureExtractor.MaxFeatures, _featureCounts,
                    FeatureExtractor.TransitionKey, EntityLabels.Outside);
            }
            _memory.Remember(infos, sentenceLabels);
        }
    }

    /// <summary>The weights of each label pair (previous, next), read once per pass: they do not depend on the words.</summary>
    private void LoadTransitions(ILabelScorer scorer)
    {
        Span<ulong> key = stackalloc ulong[1];
        for (int previous = 0; previous < EntityLabels.Count; previous++)
        {
            key[0] = FeatureExtractor.TransitionKey(previous);
            scorer.Score(key, _transitions.AsSpan(previous * EntityLabels.Count, EntityLabels.Count));
            for (int next = 0; next < EntityLabels.Count; next++)
            {
                // A label sequence that breaks a name in two is never chosen.
                if (!EntityLabels.CanFollow(previous, next)) _transitions[previous * EntityLabels.Count + next] = float.NegativeInfinity;
            }
        }
    }
}
