using System.Globalization;
using System.Text;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// Word clusters learned from unlabelled news text (<see cref="WordClusterer"/>), for the entity tagger's features:
/// each known word has a <see cref="ClusterPath"/>. Words are case-sensitive with digits folded (<see cref="WordForm"/>);
/// the lookup folds them too, without allocating.
/// </summary>
/// <remarks>
/// The file is UTF-8 text: comment lines start with '#', then one line per word, <c>word TAB bits TAB count</c>,
/// sorted by path and then by word (ordinal), so one cluster's words sit together and equal models give equal files.
/// </remarks>
public sealed class WordClusters
{
    /// <summary>The file's name in <c>models/</c>.</summary>
    public const string ModelName = "word-clusters.tsv";

    /// <summary>Cluster trees are deep where the text is rich, but not this deep; longer paths mean a bad file.</summary>
    public const int MaxPathLength = 512;

    private const string Header = "# Dossier word clusters: word<TAB>bit-string path<TAB>count. Written by `dossier train entities`.";

    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly string[] words;
    private readonly int[] leafOf;
    private readonly int[] counts;
    private readonly string[] leafPaths;

    /// <summary>Clusters from parallel lists; a word may appear once. Paths are strings of '0' and '1'.</summary>
    /// <exception cref="ArgumentException">Lists of different lengths, a repeated word, or a malformed path.</exception>
    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<string> paths, IReadOnlyList<int> counts)
    {
        if (words.Count != paths.Count || words.Count != counts.Count)
            throw new ArgumentException("words, paths and counts must have the same length");
        var order = Enumerable.Range(0, words.Count)
            .OrderBy(i => paths[i], StringComparer.Ordinal)
            .ThenBy(i => words[i], StringComparer.Ordinal)
            .ToArray();
        this.words = new string[order.Length];
        leafOf = new int[order.Length];
        this.counts = new int[order.Length];
        var leaves = new List<string>();
        index = new Dictionary<string, int>(order.Length, StringComparer.Ordinal);
        for (int k = 0; k < order.Length; k++)
        {
            int i = order[k];
            var path = paths[i];
            if (!IsPath(path)) throw new ArgumentException($"path of \"{words[i]}\" is not a bit string: \"{path}\"");
            if (words[i].Length is 0 or > WordForm.MaxLength || words[i].AsSpan().ContainsAny('\t', '\n', '\r'))
                throw new ArgumentException($"not a storable word: \"{words[i]}\"");
            if (!index.TryAdd(words[i], k)) throw new ArgumentException($"word listed twice: \"{words[i]}\"");
            if (leaves.Count == 0 || !string.Equals(leaves[^1], path, StringComparison.Ordinal)) leaves.Add(path);
            this.words[k] = words[i];
            leafOf[k] = leaves.Count - 1;
            this.counts[k] = counts[i];
        }

        leafPaths = [.. leaves];
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words have a cluster.</summary>
    public int WordCount => words.Length;

    /// <summary>How many distinct leaf clusters (paths) there are.</summary>
    public int LeafCount => leafPaths.Length;

    /// <summary>The leaf paths in order; leaf n of <see cref="ClusterPath.Leaf"/> is the n-th.</summary>
    public IReadOnlyList<string> Leaves => leafPaths;

    /// <summary>The cluster of a word as it appears in text (case kept). Digits are folded first; no allocation.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out ClusterPath path)
    {
        if (TryFind(word, out int k))
        {
            path = new ClusterPath(leafPaths[leafOf[k]], leafOf[k]);
            return true;
        }

        path = default;
        return false;
    }

    /// <summary>How often the word occurred in the training text, 0 when it has no cluster.</summary>
    public int CountOf(ReadOnlySpan<char> word) => TryFind(word, out int k) ? counts[k] : 0;

    /// <summary>The words of one leaf cluster, most frequent first (for inspection and reports).</summary>
    public IEnumerable<string> WordsOf(int leaf) =>
        Enumerable.Range(0, words.Length).Where(k => leafOf[k] == leaf)
            .OrderByDescending(k => counts[k]).ThenBy(k => words[k], StringComparer.Ordinal).Select(k => words[k]);

    private bool TryFind(ReadOnlySpan<char> word, out int k)
    {
        k = -1;
        if (word.IsEmpty || word.Length > WordForm.MaxLength) return false;
        Span<char> buffer = stackalloc char[WordForm.MaxLength];
        return lookup.TryGetValue(WordForm.FoldDigits(word, buffer), out k);
    }

    /// <summary>The clusters embedded from <c>models/</c>, or null when this build has none.</summary>
    public static WordClusters? LoadEmbedded() => Embedded.Value;

    // Read once per process: the entity and attribution taggers share it, and it never changes.
    private static readonly Lazy<WordClusters?> Embedded = new(() =>
    {
        using var stream = ModelResources.Open(ModelName);
        return stream is null ? null : Read(stream);
    });

    /// <exception cref="InvalidDataException">A line is not <c>word TAB bits TAB count</c>, or a word repeats.</exception>
    public static WordClusters Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var words = new List<string>();
        var paths = new List<string>();
        var counts = new List<int>();
        var pathsSeen = new Dictionary<string, string>(StringComparer.Ordinal); // one string per distinct path
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var span = line.AsSpan();
            int tab1 = span.IndexOf('\t');
            int tab2 = tab1 < 0 ? -1 : span[(tab1 + 1)..].IndexOf('\t');
            if (tab2 < 0) throw Bad(lineNumber, "expected word<TAB>path<TAB>count");
            tab2 += tab1 + 1;
            var path = span[(tab1 + 1)..tab2];
            if (!IsPath(path)) throw Bad(lineNumber, "the path is not a string of 0 and 1");
            if (!int.TryParse(span[(tab2 + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                throw Bad(lineNumber, "the count is not a whole number");
            var pathText = path.ToString();
            if (!pathsSeen.TryGetValue(pathText, out var shared)) pathsSeen.Add(pathText, shared = pathText);
            words.Add(line[..tab1]);
            paths.Add(shared);
            counts.Add(count);
        }

        try
        {
            return new WordClusters(words, paths, counts);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("word clusters: " + ex.Message, ex);
        }
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine($"# {words.Length} words in {leafPaths.Length} clusters");
        for (int k = 0; k < words.Length; k++)
        {
            writer.Write(words[k]);
            writer.Write('\t');
            writer.Write(leafPaths[leafOf[k]]);
            writer.Write('\t');
            writer.WriteLine(counts[k].ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool IsPath(ReadOnlySpan<char> path) =>
        path.Length is > 0 and <= MaxPathLength && !path.ContainsAnyExcept('0', '1');

    private static InvalidDataException Bad(int line, string what) => new($"word clusters, line {line}: {what}");
}
