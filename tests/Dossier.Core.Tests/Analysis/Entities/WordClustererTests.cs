using System.Text;
using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class WordClustererTests
{
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday"];
    private static readonly string[] Countries = ["Japan", "France", "Italy", "Brazil"];
    private static readonly string[] Nouns = ["prices", "exports", "output", "sales"];
    private static readonly string[] Verbs = ["rose", "fell", "climbed", "dropped"];

    /// <summary>Sentences from three templates where each word group fills one slot, with words drawn at random.</summary>
    private static TokenCorpus SyntheticCorpus()
    {
        var random = new Random(7);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var corpus = new TokenCorpus();
        for (int document = 0; document < 40; document++)
        {
            var text = new StringBuilder();
            for (int s = 0; s < 10; s++)
            {
                text.Append((s % 3) switch
                {
                    0 => $"Officials in {Pick(Countries)} said on {Pick(Days)} that {Pick(Nouns)} {Pick(Verbs)} . ",
                    1 => $"Ministers from {Pick(Countries)} met on {Pick(Days)} as {Pick(Nouns)} {Pick(Verbs)} again . ",
                    _ => $"Its {Pick(Nouns)} {Pick(Verbs)} sharply in {Pick(Countries)} by {Pick(Days)} . ",
                });
            }

            corpus.AddDocument(text.ToString());
        }

        return corpus;
    }

    private static readonly ClusterOptions Small = new() { Classes = 8, MaxIterations = 50, MinMovedShare = 0 };

    [Fact]
    public void WordsOfTheSameDistributionShareALeafAndOthersDoNot()
    {
        var clusters = WordClusterer.Learn(SyntheticCorpus(), Small);
        foreach (var group in new[] { Days, Countries, Nouns, Verbs })
        {
            var leaves = group.Select(w => Leaf(clusters, w)).Distinct().ToList();
            Assert.Single(leaves);
        }

        var groupLeaves = new[] { Days[0], Countries[0], Nouns[0], Verbs[0] }.Select(w => Leaf(clusters, w));
        Assert.Equal(4, groupLeaves.Distinct().Count());
    }

    [Fact]
    public void TwoRunsWriteTheSameBytes()
    {
        Assert.Equal(Written(WordClusterer.Learn(SyntheticCorpus(), Small)), Written(WordClusterer.Learn(SyntheticCorpus(), Small)));
    }

    [Fact]
    public void RareWordsGetNoCluster()
    {
        var corpus = SyntheticCorpus();
        corpus.AddDocument("Zanzibar appeared once .");
        var clusters = WordClusterer.Learn(corpus, Small);
        Assert.False(clusters.TryGet("Zanzibar", out _));
        Assert.False(clusters.TryGet("<rare>", out _));
    }

    [Fact]
    public void TheExchangeEndsInALocalOptimumOfTheObjective()
    {
        // Every word of a random text, once converged, gains nothing by moving to any other class, when the
        // objective is recomputed from scratch: this checks the incremental gain formula, self-pairs included.
        var random = new Random(11);
        const int words = 30, classes = 4;
        var tokens = new int[3000];
        for (int i = 0; i < tokens.Length; i++) tokens[i] = random.Next(3) == 0 ? tokens[Math.Max(0, i - 1)] : random.Next(words);
        int[] ends = [1000, 2000, 3000];
        var bigrams = BigramCounts.Count(tokens, ends, words);
        var result = ExchangeClustering.Run(bigrams, classes, 200, 0, null);

        var classOf = (int[])result.ClassOf.Clone();
        double best = Objective(tokens, ends, classOf, classes);
        for (int w = 0; w < words; w++)
        {
            int home = classOf[w];
            for (int c = 0; c < classes; c++)
            {
                classOf[w] = c;
                Assert.True(Objective(tokens, ends, classOf, classes) <= best + 1e-6, $"word {w} gains by moving to class {c}");
            }

            classOf[w] = home;
        }
    }

    [Fact]
    public void TheTreeMergesGreedilyLikeTheBruteForceDefinition()
    {
        var random = new Random(5);
        const int k = 7;
        var matrix = new int[k * k];
        for (int i = 0; i < matrix.Length; i++) matrix[i] = random.Next(4) == 0 ? 0 : random.Next(1, 200);
        var left = new long[k];
        var right = new long[k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                left[i] += matrix[i * k + j];
                right[j] += matrix[i * k + j];
            }

        Assert.Equal(BruteForceMerges(matrix, k), ClusterHierarchy.MergeOrder(matrix, left, right));
    }

    private static string Leaf(WordClusters clusters, string word)
    {
        Assert.True(clusters.TryGet(word, out var path), word + " has no cluster");
        return path.Bits;
    }

    private static byte[] Written(WordClusters clusters)
    {
        using var stream = new MemoryStream();
        clusters.Write(stream);
        return stream.ToArray();
    }

    private static double F(double x) => x == 0 ? 0 : x * Math.Log(x);

    /// <summary>Q = Σ F(N(c,d)) − Σ F(N(c,·)) − Σ F(N(·,d)) from the tokens, with nothing incremental.</summary>
    private static double Objective(int[] tokens, int[] ends, int[] classOf, int classes)
    {
        var n = new double[classes, classes];
        int start = 0;
        foreach (int end in ends)
        {
            for (int i = start + 1; i < end; i++) n[classOf[tokens[i - 1]], classOf[tokens[i]]]++;
            start = end;
        }

        return ObjectiveOf(n, classes);
    }

    private static double ObjectiveOf(double[,] n, int classes)
    {
        double q = 0;
        for (int c = 0; c < classes; c++)
        {
            double row = 0, column = 0;
            for (int d = 0; d < classes; d++)
            {
                q += F(n[c, d]);
                row += n[c, d];
                column += n[d, c];
            }

            q -= F(row) + F(column);
        }

        return q;
    }

    /// <summary>Greedy merging by its definition: try every pair, recompute the whole objective, keep the best.</summary>
    private static List<(int A, int B)> BruteForceMerges(int[] matrix, int k)
    {
        var groups = Enumerable.Range(0, k).Select(i => new List<int> { i }).ToArray();
        var alive = Enumerable.Range(0, k).ToList();
        var merges = new List<(int, int)>();
        while (alive.Count > 1)
        {
            double best = double.NegativeInfinity;
            (int, int) pair = default;
            for (int x = 0; x < alive.Count; x++)
                for (int y = x + 1; y < alive.Count; y++)
                {
                    var trial = alive.Select(a => a == alive[x] ? groups[a].Concat(groups[alive[y]]).ToList() : groups[a])
                        .Where((_, index) => index != y).ToList();
                    double q = GroupObjective(matrix, k, trial);
                    if (q > best + 1e-9)
                    {
                        best = q;
                        pair = (alive[x], alive[y]);
                    }
                }

            merges.Add(pair);
            groups[pair.Item1].AddRange(groups[pair.Item2]);
            alive.Remove(pair.Item2);
        }

        return merges;
    }

    private static double GroupObjective(int[] matrix, int k, List<List<int>> groups)
    {
        var n = new double[groups.Count, groups.Count];
        for (int g = 0; g < groups.Count; g++)
            for (int h = 0; h < groups.Count; h++)
                foreach (int i in groups[g])
                    foreach (int j in groups[h])
                        n[g, h] += matrix[i * k + j];
        return ObjectiveOf(n, groups.Count);
    }
}
