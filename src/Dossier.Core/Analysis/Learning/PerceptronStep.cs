namespace Dossier.Core.Analysis.Learning;

/// <summary>The structured perceptron's step, shared by the taggers' decoders.</summary>
internal static class PerceptronStep
{
    /// <summary>
    /// Where the chosen label sequence differs from the right one, moves the weights of the token's features towards the
    /// right label and away from the chosen one, and likewise the weights of the label pair that led there. Token i's
    /// features are <paramref name="counts"/>[i] keys from position i × <paramref name="stride"/> of <paramref name="features"/>.
    /// </summary>
    public static void Learn(
        ILearner learner, ReadOnlySpan<byte> right, ReadOnlySpan<byte> chosen, ReadOnlySpan<ulong> features, int stride,
        ReadOnlySpan<int> counts, Func<int, ulong> transitionKey, int start)
    {
        Span<ulong> key = stackalloc ulong[1];
        for (int i = 0; i < right.Length; i++)
        {
            int rightBefore = i > 0 ? right[i - 1] : start;
            int chosenBefore = i > 0 ? chosen[i - 1] : start;
            if (right[i] != chosen[i])
            {
                var own = features.Slice(i * stride, counts[i]);
                learner.Update(own, right[i], 1);
                learner.Update(own, chosen[i], -1);
            }
            if (right[i] != chosen[i] || rightBefore != chosenBefore)
            {
                key[0] = transitionKey(rightBefore);
                learner.Update(key, right[i], 1);
                key[0] = transitionKey(chosenBefore);
                learner.Update(key, chosen[i], -1);
            }
        }
        learner.EndOfSentence();
    }
}
