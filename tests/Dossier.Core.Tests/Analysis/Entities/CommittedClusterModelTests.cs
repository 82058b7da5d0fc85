using System.Diagnostics;
using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>The word clusters and casing lexicon committed in <c>models/</c> load and say sensible things.</summary>
public sealed class CommittedClusterModelTests
{
    [ModelFact(WordClusters.ModelName)]
    public void ClustersLoadQuicklyAndGroupLikeWords()
    {
        WordClusters.LoadEmbedded(); // first use pays for JIT and the resource stream
        var watch = Stopwatch.StartNew();
        var clusters = WordClusters.LoadEmbedded()!;
        // About 20 ms here; the bound is loose because test machines are shared and noisy.
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 1);
        Assert.InRange(clusters.WordCount, 10_000, 100_000);

        Assert.Equal(Path(clusters, "Monday").Bits, Path(clusters, "Tuesday").Bits);
        Assert.Equal(Path(clusters, "London").Bits, Path(clusters, "Tokyo").Bits);
        // Countries fill a few neighbouring leaves: Japan and France share a long prefix, longer than with other words.
        int countries = SharedPrefix(clusters, "Japan", "France");
        Assert.InRange(countries, 8, ClusterPath.MaxIdLength);
        Assert.True(countries > SharedPrefix(clusters, "Japan", "Monday"));
        Assert.True(countries > SharedPrefix(clusters, "Japan", "said"));
        Assert.True(clusters.TryGet("2025", out _)); // by its digit shape
        Assert.False(clusters.TryGet("Xqzzyplk", out _));
    }

    [ModelFact(CasingLexicon.ModelName)]
    public void CasingLexiconLoadsAndKnowsNamesFromWords()
    {
        var casing = CasingLexicon.LoadEmbedded()!;
        Assert.InRange(casing.Count, 10_000, 200_000);
        Assert.Equal(CasingClass.Lower, casing.UsualCase("The"));
        Assert.Equal(CasingClass.Lower, casing.UsualCase("SAID"));
        Assert.Equal(CasingClass.Capitalized, casing.UsualCase("london"));
        Assert.Equal(CasingClass.Capitalized, casing.UsualCase("Monday"));
        Assert.Equal(CasingClass.AllCaps, casing.UsualCase("Nato"));
        Assert.Equal(CasingClass.Mixed, casing.UsualCase("may"));
    }

    private static int SharedPrefix(WordClusters clusters, string a, string b) =>
        Path(clusters, a).Bits.AsSpan().CommonPrefixLength(Path(clusters, b).Bits);

    private static ClusterPath Path(WordClusters clusters, string word)
    {
        Assert.True(clusters.TryGet(word, out var path), word + " has no cluster");
        return path;
    }
}
