namespace Dossier.Core.Analysis.Learning;

/// <summary>The best-scoring label sequence under per-token label scores and label-pair scores (first-order Viterbi).</summary>
internal static class Viterbi
{
    /// <summary>
    /// Fills <paramref name="labels"/> (one per token) with the best sequence. <paramref name="emissions"/> holds
    /// <paramref name="labelCount"/> scores per token; <paramref name="transitions"/> the score of each (previous, next)
    /// pair, −∞ for a pair never allowed; the sequence starts after <paramref name="start"/> and may end only on a label
    /// <paramref name="canEnd"/> allows. <paramref name="backPointers"/> needs one byte per token and label.
    /// </summary>
    public static void Decode(
        ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labelCount, int start, Func<int, bool> canEnd,
        Span<byte> backPointers, Span<byte> labels)
    {
        int L = labelCount;
        int length = labels.Length;
        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];
        for (int y = 0; y < L; y++) current[y] = transitions[start * L + y] + emissions[y];
        for (int i = 1; i < length; i++)
        {
            var scores = emissions.Slice(i * L, L);
            var back = backPointers.Slice(i * L, L);
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < L; p++)
                {
                    float score = current[p] + transitions[p * L + y];
                    if (score > best)
                    {
                        best = score;
                        from = p;
                    }
                }
                next[y] = best + scores[y];
                back[y] = (byte)from;
            }
            next.CopyTo(current);
        }
        int last = 0;
        float bestEnd = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
        {
            if (canEnd(y) && current[y] > bestEnd)
            {
                bestEnd = current[y];
                last = y;
            }
        }
        labels[length - 1] = (byte)last;
        for (int i = length - 1; i > 0; i--) labels[i - 1] = backPointers[i * L + labels[i]];
    }
}
