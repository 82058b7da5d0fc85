using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// The features of one token, as 64-bit keys: the word and its neighbours, shapes, affixes, capitalisation patterns,
/// word clusters, gazetteer lists and what the document said
/// elsewhere. Templates are numbered; a key hashes the template number with its values.
/// </summary>
internal static class FeatureExtractor
{
    public const int MaxFeatures = 128;

    // Stand-ins for the words before the sentence start and after its end.
    private static readonly ulong Before = FeatureHash.Of("<s>");
    private static readonly ulong After = FeatureHash.Of("</s>");

    public static int Extract(
        string text, ReadOnlySpan<TextSpan> spans, ReadOnlySpan<TokenInfo> tokens, int i,
        bool headline, DocumentMemory memory, int documentIndex, int firstPassLabel, Span<ulong> features)
    {
        int n = 0;
        ref readonly var t = ref tokens[i];
        ulong lowerMinus1 = i > 0 ? tokens[i - 1].Lower : Before;
        ulong lowerMinus2 = i > 1 ? tokens[i - 2].Lower : Before;
        ulong lowerPlus1 = i + 1 < tokens.Length ? tokens[i + 1].Lower : After;
        ulong lowerPlus2 = i + 2 < tokens.Length ? tokens[i + 2].Lower : After;
        ulong shapeMinus1 = i > 0 ? tokens[i - 1].Shape : Before;
        ulong shapePlus1 = i + 1 < tokens.Length ? tokens[i + 1].Shape : After;
        ulong capMinus1 = i > 0 ? (ulong)tokens[i - 1].Capitalisation : 99;
        ulong capPlus1 = i + 1 < tokens.Length ? (ulong)tokens[i + 1].Capitalisation : 99;
        ulong cap = (ulong)t.Capitalisation;
        ulong first = i == 0 ? 1UL : 0UL;
        ulong head = headline ? 1UL : 0UL;

        features[n++] = FeatureHash.Key(0, 0);
        features[n++] = FeatureHash.Key(1, t.Word);
        features[n++] = FeatureHash.Key(2, t.Lower);
        features[n++] = FeatureHash.Key(3, lowerMinus1);
        features[n++] = FeatureHash.Key(4, lowerPlus1);
        features[n++] = FeatureHash.Key(5, lowerMinus2);
        features[n++] = FeatureHash.Key(6, lowerPlus2);
        features[n++] = FeatureHash.Key(7, lowerMinus1, t.Lower);
        features[n++] = FeatureHash.Key(8, t.Lower, lowerPlus1);
        features[n++] = FeatureHash.Key(9, t.Shape);
        features[n++] = FeatureHash.Key(10, shapeMinus1);
        features[n++] = FeatureHash.Key(11, shapePlus1);
        features[n++] = FeatureHash.Key(12, shapeMinus1, t.Shape);
        features[n++] = FeatureHash.Key(13, t.Shape, shapePlus1);
        features[n++] = FeatureHash.Key(14, shapeMinus1, t.Shape, shapePlus1);
        features[n++] = FeatureHash.Key(15, capMinus1, cap, capPlus1);
        features[n++] = FeatureHash.Key(16, first, t.Shape, head);
        features[n++] = FeatureHash.Key(17, head, t.Lower);
        features[n++] = FeatureHash.Key(18, lowerMinus1, t.Shape);
        features[n++] = FeatureHash.Key(19, t.Shape, lowerPlus1);

        // Affixes of the word as written: "-ese", "-ian", "-berg", "Mc-".
        var word = spans[i].Of(text);
        for (int k = 1; k <= 4 && k < word.Length; k++)
        {
            features[n++] = FeatureHash.Key(20 + k, FeatureHash.Of(word[..k]));
            features[n++] = FeatureHash.Key(25 + k, FeatureHash.OfLower(word[^k..]));
        }

        // Word clusters learned from unlabelled news: the word, and its neighbours, at each granularity.
        AddClusters(ref n, features, 40, t);
        if (i > 0) AddClusters(ref n, features, 44, tokens[i - 1]);
        if (i + 1 < tokens.Length) AddClusters(ref n, features, 48, tokens[i + 1]);

        // Gazetteer lists covering this word and its neighbours.
        AddGazetteer(ref n, features, 52, t.Gazetteer);
        if (i > 0) AddGazetteer(ref n, features, 53, tokens[i - 1].Gazetteer);
        if (i + 1 < tokens.Length) AddGazetteer(ref n, features, 54, tokens[i + 1].Gazetteer);

        if (t.UsualCase != 0) features[n++] = FeatureHash.Key(56, t.UsualCase, cap, first | (head << 1));

        // The rest of the document.
        if (t.Capitalisation is Capitalisation.Initial or Capitalisation.AllCaps or Capitalisation.Mixed)
        {
            if (memory.SeenLower(t.Lower)) features[n++] = FeatureHash.Key(60, first | (head << 1));
            if ((first == 1 || headline) && memory.SeenCapitalised(t.Lower)) features[n++] = FeatureHash.Key(61, head);
            if (memory.TryGetHistory(t.Lower, out var counts))
            {
                int majority = counts.Majority;
                features[n++] = FeatureHash.Key(62, (ulong)(majority + 1));
                features[n++] = FeatureHash.Key(63, (ulong)(majority + 1), cap);
                if (counts.Outside > 0) features[n++] = FeatureHash.Key(64, counts.Total > 0 ? 1UL : 0UL);
            }

            if (memory.TryGetFirstPass(t.Lower, firstPassLabel, out var firstPass))
            {
                features[n++] = FeatureHash.Key(67, (ulong)(firstPass.Majority + 1));
                features[n++] = FeatureHash.Key(68, (ulong)(firstPass.Majority + 1), cap);
            }

            // The words around the same word elsewhere in the document ("Mr. Camacho" there, "Camacho" here).
            if (memory.Contexts(t.Lower) is { } places)
            {
                foreach (var (token, before, after) in places)
                {
                    if (token == documentIndex) continue;
                    if (before != 0) features[n++] = FeatureHash.Key(65, before);
                    if (after != 0) features[n++] = FeatureHash.Key(66, after);
                }
            }
        }
        return n;
    }

    /// <summary>The key whose weights score each label after <paramref name="previous"/>.</summary>
    public static ulong TransitionKey(int previous) => FeatureHash.Key(30, (ulong)previous);

    private static void AddClusters(ref int n, Span<ulong> features, int template, in TokenInfo t)
    {
        if (t.Cluster0 == 0) return;
        features[n++] = FeatureHash.Key(template, t.Cluster0);
        features[n++] = FeatureHash.Key(template + 1, t.Cluster1);
        features[n++] = FeatureHash.Key(template + 2, t.Cluster2);
        features[n++] = FeatureHash.Key(template + 3, t.Cluster3);
    }

    private static void AddGazetteer(ref int n, Span<ulong> features, int template, uint hits)
    {
        // Each hit bit is its own feature; there are few per word, and most words have none.
        while (hits != 0 && n < MaxFeatures - 8)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(hits);
            features[n++] = FeatureHash.Key(template, (ulong)bit);
            hits &= hits - 1;
        }
    }
}
