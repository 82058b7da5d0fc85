using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// Labels a document sentence by sentence, left to right: each word gets the best-scoring label that may follow the
/// one before (greedy decoding). Greedy rather than Viterbi because it lets a word's features include the labels the
/// tagger already gave in this document, which gains more than exact search over one sentence does.
/// </summary>
internal sealed class SentenceDecoder(TokenAnnotator annotator)
{
    private readonly DocumentMemory _memory = new();
    private readonly ulong[] _features = new ulong[FeatureExtractor.MaxFeatures];
    private readonly float[] _scores = new float[EntityLabels.Count];
    private TokenInfo[] _infos = [];
    private bool[] _headlines = [];
    private TextSpan[] _spans = [];

    /// <summary>Called for each word in training: the features, the right label and the one the scorer chose.</summary>
    public delegate void Learn(ReadOnlySpan<ulong> features, int gold, int predicted);

    /// <summary>
    /// Labels every token of <paramref name="document"/> into <paramref name="labels"/>. With <paramref name="gold"/>
    /// (training) the previous labels are the right ones and <paramref name="learn"/> sees every decision.
    /// </summary>
    public void Decode(TokenDocument document, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold = default, Learn? learn = null)
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

        Pass(document, scorer, labels, gold, learn, secondPass: false);
        if (TwoPasses)
        {
            // Second pass: every word also sees the labels the first pass gave its other occurrences, later ones
            // included (a headline's "CAMACHO" learns from "Hector Camacho" further down).
            _memory.StartSecondPass(_infos.AsSpan(0, count), labels);
            Pass(document, scorer, labels, gold, learn, secondPass: true);
        }
    }

    internal static bool TwoPasses = true;

    private void Pass(TokenDocument document, ILabelScorer scorer, Span<byte> labels, ReadOnlySpan<byte> gold, Learn? learn, bool secondPass)
    {
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var (start, end) = DocumentMemory.Bounds(document.Sentences[s]);
            var spans = _spans.AsSpan(start, end - start);
            var infos = _infos.AsSpan(start, end - start);
            var sentenceLabels = labels.Slice(start, end - start);
            var history = gold.IsEmpty ? sentenceLabels : gold.Slice(start, end - start);
            if (secondPass && !_memory.RepeatsAWord(infos))
            {
                // Nothing in this sentence occurs elsewhere: the second pass would decide exactly as the first did.
                _memory.Remember(infos, sentenceLabels);
                continue;
            }
            for (int i = 0; i < spans.Length; i++)
            {
                int previous = i > 0 ? history[i - 1] : EntityLabels.Outside;
                int beforePrevious = i > 1 ? history[i - 2] : EntityLabels.Outside;
                int n = FeatureExtractor.Extract(document.Text, spans, infos, i, previous, beforePrevious, _headlines[s], _memory, start + i, sentenceLabels[i], _features);
                var features = _features.AsSpan(0, n);
                scorer.Score(features, _scores);
                int best = Best(previous, last: i == spans.Length - 1);
                sentenceLabels[i] = (byte)best;
                learn?.Invoke(features, history[i], best);
            }
            _memory.Remember(infos, sentenceLabels);
        }
    }

    private int Best(int previous, bool last)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int y = 0; y < EntityLabels.Count; y++)
        {
            if (!EntityLabels.CanFollow(previous, y) || (last && !EntityLabels.CanEnd(y))) continue;
            if (_scores[y] > bestScore)
            {
                bestScore = _scores[y];
                best = y;
            }
        }
        return best;
    }
}
