using System.Diagnostics;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>Settings of <see cref="WordClusterer"/>.</summary>
public sealed record ClusterOptions
{
    /// <summary>Leaf clusters. About a thousand is what Brown-cluster features for CoNLL-2003 are usually built with.</summary>
    public int Classes { get; init; } = 1024;

    /// <summary>Words seen fewer times share one "rare word" slot: their contexts are too few to place them.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>Exchange passes at most; each costs about the same. On Reuters + CoNLL the objective gains under
    /// 0.001% a pass after about ten.</summary>
    public int MaxIterations { get; init; } = 12;

    /// <summary>Stop once a pass moves fewer than this share of the words.</summary>
    public double MinMovedShare { get; init; } = 0.002;
}

/// <summary>
/// Learns hierarchical word clusters from a <see cref="TokenCorpus"/>: flat classes by the exchange algorithm,
/// then a binary tree over those classes by Brown's greedy merging, so every word gets a bit-string path whose
/// prefixes are clusters from coarse to fine.
/// </summary>
/// <remarks>
/// Why not plain Brown clustering: it keeps a window of ~1,000 active classes and merges word by word through the
/// whole vocabulary, O(V·C²), which for tens of thousands of words is hours, not minutes. Exchange optimises the
/// same objective (class-bigram mutual information) with passes of O(C · distinct bigrams), and merging only the
/// final C classes gives the same kind of tree: identical leaves-to-root semantics and path prefixes that the
/// tagger can cut at 4, 6, 10 or 20 bits. Everything is deterministic: fixed word order (most frequent first,
/// ties by ordinal spelling), fixed initial classes, strict improvements only, and ordered tie-breaking.
/// </remarks>
public static class WordClusterer
{
    /// <summary>Stands in for every rare word, so their neighbours keep their contexts. It gets no cluster of its own.</summary>
    private const string RareWord = "<rare>";

    public static WordClusters Learn(TokenCorpus corpus, ClusterOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Classes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinCount, 1);

        var watch = Stopwatch.StartNew();
        var (vocabulary, idOf) = SelectVocabulary(corpus, options.MinCount);
        int rare = vocabulary.Length; // the last dense id
        int wordCount = vocabulary.Length + 1;
        var tokens = new int[corpus.TokenCount];
        var source = corpus.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            int id = idOf[source[i]];
            tokens[i] = id < 0 ? rare : id;
        }

        var bigrams = BigramCounts.Count(tokens, corpus.SentenceEnds, wordCount);
        log?.WriteLine($"  {vocabulary.Length:N0} words seen at least {options.MinCount} times, {bigrams.DistinctCount:N0} distinct bigrams ({watch.Elapsed.TotalSeconds:F1} s)");

        int classes = Math.Min(options.Classes, wordCount);
        var result = ExchangeClustering.Run(bigrams, classes, options.MaxIterations, options.MinMovedShare, log);

        watch.Restart();
        // A class holding only the rare-word slot would be a leaf no real word reaches; leave such classes out.
        var hasWord = new bool[classes];
        for (int w = 0; w < vocabulary.Length; w++) hasWord[result.ClassOf[w]] = true;
        var isEmpty = hasWord.Select(h => !h).ToArray();
        var paths = ClusterHierarchy.Paths(result.ClassBigrams, result.Left, result.Right, isEmpty);
        log?.WriteLine($"  tree over {hasWord.Count(h => h):N0} classes ({watch.Elapsed.TotalSeconds:F1} s)");

        var wordPaths = new string[vocabulary.Length];
        var counts = new int[vocabulary.Length];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            wordPaths[w] = paths[result.ClassOf[w]]!;
            counts[w] = corpus.Counts[vocabulary[w]];
        }

        return new WordClusters(vocabulary.Select(id => corpus.Words[id]).ToArray(), wordPaths, counts);
    }

    /// <summary>
    /// The corpus ids of words seen often enough, most frequent first (ties by ordinal spelling), and the map from
    /// corpus id to dense id (−1 for a rare word).
    /// </summary>
    private static (int[] Vocabulary, int[] IdOf) SelectVocabulary(TokenCorpus corpus, int minCount)
    {
        var vocabulary = Enumerable.Range(0, corpus.Words.Count)
            .Where(id => corpus.Counts[id] >= minCount && corpus.Words[id] != RareWord)
            .OrderByDescending(id => corpus.Counts[id])
            .ThenBy(id => corpus.Words[id], StringComparer.Ordinal)
            .ToArray();
        var idOf = Enumerable.Repeat(-1, corpus.Words.Count).ToArray();
        for (int dense = 0; dense < vocabulary.Length; dense++) idOf[vocabulary[dense]] = dense;
        return (vocabulary, idOf);
    }
}
