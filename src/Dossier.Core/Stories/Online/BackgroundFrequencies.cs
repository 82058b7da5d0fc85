using System.Globalization;
using System.Text;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;

namespace Dossier.Core.Stories.Online;

/// <summary>
/// The document frequencies of the online clusterer's keys (stemmed terms, names, anchors) over a general news corpus,
/// which every stream starts from (see <see cref="OnlineStoryClusterer"/>). Built by `dossier train stories
/// --background` from Reuters-21578 into <c>models/story-frequencies.tsv</c>: a first line <c>documents N</c>, then
/// one <c>key TAB count</c> line per key held by at least <see cref="MinCount"/> articles, keys in ordinal order.
/// </summary>
public sealed class BackgroundFrequencies
{
    public const string ModelFile = "story-frequencies.tsv";

    /// <summary>Keys held by fewer articles are left out: they weigh as unseen ones do, and the file stays small.</summary>
    public const int MinCount = 2;

    private static readonly Lazy<BackgroundFrequencies?> Embedded = new(() =>
    {
        using var stream = ModelResources.Open(ModelFile);
        return stream is null ? null : Read(new StreamReader(stream, Encoding.UTF8));
    });

    private BackgroundFrequencies(long documents, Dictionary<string, int> counts)
    {
        Documents = documents;
        Counts = counts;
    }

    public long Documents { get; }

    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>The table built into the program, read once per process; null when the build has none.</summary>
    public static BackgroundFrequencies? LoadDefault() => Embedded.Value;

    /// <summary>The frequencies of the keys of <paramref name="articles"/> (processed by the article pipeline).</summary>
    public static BackgroundFrequencies Build(IEnumerable<Article> articles)
    {
        var frequencies = new DocumentFrequencies(int.MaxValue);
        foreach (var article in articles) ArticleFeatures.Of(article, frequencies);
        var kept = frequencies.Counts.Where(e => e.Value >= MinCount).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new BackgroundFrequencies(frequencies.Documents, kept);
    }

    /// <exception cref="FormatException">The text is not a frequency table.</exception>
    public static BackgroundFrequencies Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("documents ", StringComparison.Ordinal)
            || !long.TryParse(header.AsSpan(10), NumberStyles.None, CultureInfo.InvariantCulture, out long documents))
            throw new FormatException("a story frequency table starts with 'documents N'");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            int tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                throw new FormatException($"line {lineNumber}: expected 'key TAB count'");
            counts[line[..tab]] = count;
        }
        return new BackgroundFrequencies(documents, counts);
    }

    public void Write(TextWriter writer)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"documents {Documents}\n"));
        foreach (var (key, count) in Counts.OrderBy(e => e.Key, StringComparer.Ordinal))
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{key}\t{count}\n"));
    }
}
