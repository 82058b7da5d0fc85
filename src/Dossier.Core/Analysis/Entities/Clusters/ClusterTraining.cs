using System.Diagnostics;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>What <see cref="ClusterTraining.Build"/> read and wrote.</summary>
public sealed record ClusterTrainingSummary(
    int Documents,
    int Sentences,
    int Tokens,
    int ClusteredWords,
    int Clusters,
    int CasingWords,
    long ClustersBytes,
    long CasingBytes,
    TimeSpan Elapsed);

/// <summary>
/// Builds <c>models/word-clusters.tsv</c> and <c>models/casing.tsv</c> from unlabelled news text: the Reuters-21578
/// story bodies and, optionally, the words of the CoNLL-2003 training file. <c>dossier train entities</c> calls it.
/// </summary>
public static class ClusterTraining
{
    /// <summary>A casing entry needs this many occurrences where the case is the word's own.</summary>
    public const int CasingMinCount = 3;

    /// <summary>Reads the corpora, learns clusters and the casing lexicon, and writes both files into <paramref name="modelsDir"/>.</summary>
    /// <param name="conllTrainFile">CoNLL-2003 <c>eng.train</c>, or null. Never the development or test file: the
    /// clusters would then have seen the text the tagger is scored on.</param>
    /// <exception cref="IOException">A corpus is missing (<see cref="DirectoryNotFoundException"/>,
    /// <see cref="FileNotFoundException"/>) or a file cannot be written.</exception>
    /// <exception cref="ArgumentException">The CoNLL file is an evaluation file.</exception>
    public static ClusterTrainingSummary Build(string reutersDir, string? conllTrainFile, string modelsDir, TextWriter log, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= new ClusterOptions();
        if (conllTrainFile is not null && IsEvaluationFile(conllTrainFile))
            throw new ArgumentException($"{Path.GetFileName(conllTrainFile)} is evaluation data; clusters may only learn from training text", nameof(conllTrainFile));
        var reutersFiles = ReutersCorpus.Files(reutersDir); // fail before minutes of work, not after
        if (conllTrainFile is not null && !File.Exists(conllTrainFile))
            throw new FileNotFoundException($"CoNLL training file not found: {conllTrainFile}", conllTrainFile);
        Directory.CreateDirectory(modelsDir);

        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        var corpus = new TokenCorpus();
        corpus.AddDocuments(ReutersCorpus.ReadDirectory(reutersDir));
        int reutersDocuments = corpus.DocumentCount;
        if (conllTrainFile is not null) corpus.AddDocuments(Training.ConllReader.Read(conllTrainFile).Select(d => d.Document.Text));
        log.WriteLine($"Read {reutersFiles.Count} Reuters files ({reutersDocuments:N0} stories) and {corpus.DocumentCount - reutersDocuments:N0} CoNLL documents: "
            + $"{corpus.SentenceCount:N0} sentences, {corpus.TokenCount:N0} tokens, {corpus.Words.Count:N0} distinct words ({watch.Elapsed.TotalSeconds:F1} s)");

        if (corpus.Truncated) log.WriteLine($"Warning: the corpus reached {TokenCorpus.DefaultMaxTokens:N0} tokens; the rest was left out");

        watch.Restart();
        log.WriteLine($"Clustering into {options.Classes} classes:");
        var clusters = WordClusterer.Learn(corpus, options, log);
        long clustersBytes = WriteAtomically(Path.Combine(modelsDir, WordClusters.ModelName), clusters.Write);
        log.WriteLine($"Wrote {WordClusters.ModelName}: {clusters.WordCount:N0} words in {clusters.LeafCount:N0} clusters, {clustersBytes:N0} bytes ({watch.Elapsed.TotalSeconds:F1} s)");

        watch.Restart();
        var casing = CasingLexicon.Build(corpus, CasingMinCount);
        long casingBytes = WriteAtomically(Path.Combine(modelsDir, CasingLexicon.ModelName), casing.Write);
        log.WriteLine($"Wrote {CasingLexicon.ModelName}: {casing.Count:N0} words, {casingBytes:N0} bytes ({watch.Elapsed.TotalSeconds:F1} s)");
        log.WriteLine($"Clusters and casing done in {total.Elapsed.TotalSeconds:F1} s");

        return new ClusterTrainingSummary(corpus.DocumentCount, corpus.SentenceCount, corpus.TokenCount, clusters.WordCount,
            clusters.LeafCount, casing.Count, clustersBytes, casingBytes, total.Elapsed);
    }

    private static bool IsEvaluationFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Contains("testa", StringComparison.OrdinalIgnoreCase) || name.Contains("testb", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes to a temporary file beside the target and renames it, so a failed run leaves the old model.</summary>
    private static long WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary)) write(stream);
        File.Move(temporary, path, overwrite: true);
        return new FileInfo(path).Length;
    }
}
