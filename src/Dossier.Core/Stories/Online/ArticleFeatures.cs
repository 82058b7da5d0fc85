using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;

namespace Dossier.Core.Stories.Online;

/// <summary>
/// What the online clusterer compares of an article, in three vectors weighted by how rare each key is in the stream so
/// far: content terms (our light stemmer), names (the entity mentions, else the capitalised words), and anchors (years,
/// month names and other numbers: two earthquakes of one week differ in their magnitudes, tolls and dates). Plus the
/// article's own date when it has one.
/// </summary>
internal sealed record ArticleFeatures(SparseVector Terms, SparseVector Names, SparseVector Anchors, DateTimeOffset? Published)
{
    // An article is represented by at most this many keys of each kind: the rest weigh too little to matter, and the
    // cap keeps a long article from costing more than a short one.
    public const int MaxTerms = 80;
    public const int MaxNames = 30;
    public const int MaxAnchors = 20;

    private const int LeadBlocks = 2;

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The article's features; the stream's document frequencies are updated with it.</summary>
    public static ArticleFeatures Of(Article article, DocumentFrequencies frequencies)
    {
        var terms = new List<string>();
        var properNouns = new HashSet<string>(StringComparer.Ordinal);
        if (article.Metadata.Title is { } title) TermExtractor.Collect(title, terms, properNouns);
        int lead = 0;
        foreach (var block in article.Blocks)
        {
            if (!(block.IsBody || block.Role == BlockRole.Heading)) continue;
            TermExtractor.Collect(article[block.Span], terms, properNouns);
            // The lead states the event (who, what, where, when): its words count twice.
            if (lead++ < LeadBlocks) TermExtractor.Collect(article[block.Span], terms);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (AnchorOf(term) is { } anchor) anchors[anchor] = anchors.GetValueOrDefault(anchor) + 1;
            else counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in article.Mentions)
        {
            var key = "n:" + NameKey(article[mention.Span]);
            names[key] = names.GetValueOrDefault(key) + 1;
        }
        if (article.Mentions.Count == 0)
            foreach (var noun in properNouns) names["n:" + noun] = counts.GetValueOrDefault(noun, 1);

        frequencies.Add(counts.Keys.Concat(names.Keys).Concat(anchors.Keys));
        return new ArticleFeatures(
            Weigh(counts, frequencies, MaxTerms), Weigh(names, frequencies, MaxNames), Weigh(anchors, frequencies, MaxAnchors), article.Metadata.Published);
    }

    /// <summary>Years, month names and numbers, prefixed by their kind; null for other terms.</summary>
    private static string? AnchorOf(string term)
    {
        if (Months.Contains(term)) return "m:" + term;
        if (!char.IsDigit(term[0])) return null;
        foreach (char c in term) if (!char.IsDigit(c)) return null;
        return term.Length == 4 && term[0] is '1' or '2' ? "y:" + term : "#:" + term;
    }

    /// <summary>A name as a key: lower case, single spaces, a leading "the" dropped.</summary>
    private static string NameKey(ReadOnlySpan<char> name)
    {
        var text = string.Join(' ', name.ToString().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    /// <summary>Sub-linear counts times inverse document frequency, the heaviest <paramref name="limit"/> kept, normalised.</summary>
    private static SparseVector Weigh(Dictionary<string, int> counts, DocumentFrequencies frequencies, int limit)
    {
        var weights = new Dictionary<string, float>(Math.Min(counts.Count, limit), StringComparer.Ordinal);
        foreach (var (key, weight) in counts
            .Select(e => (e.Key, Weight: (1 + Math.Log(e.Value)) * frequencies.InverseFrequency(e.Key)))
            .OrderByDescending(e => e.Weight).ThenBy(e => e.Key, StringComparer.Ordinal).Take(limit))
        {
            weights[key] = (float)weight;
        }
        return new SparseVector(weights);
    }
}

/// <summary>
/// How many articles of the stream so far hold each key, for inverse document frequency, on top of a background
/// corpus when one is given (read through, never copied: every stream shares the one table). Bounded: when it holds too
/// many keys, those seen in only one article are forgotten (most of a stream's vocabulary is names and typos seen
/// once; the background keeps only keys seen at least twice, so none of its keys is ever forgotten).
/// </summary>
internal sealed class DocumentFrequencies(int capacity, BackgroundFrequencies? background = null)
{
    private static readonly IReadOnlyDictionary<string, int> NoBackground = new Dictionary<string, int>();

    private readonly IReadOnlyDictionary<string, int> _background = background?.Counts ?? NoBackground;
    private readonly long _backgroundDocuments = background?.Documents ?? 0;

    // The stream's own counts, and how many of their keys the background lacks: the keys held are those plus the background's.
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private int _newKeys;
    private long _added;

    public long Documents => _backgroundDocuments + _added;

    /// <summary>The stream's own counts, without the background's.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Add(IEnumerable<string> keys)
    {
        _added++;
        foreach (var key in keys)
        {
            ref int count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out bool held);
            count++;
            if (!held && !_background.ContainsKey(key)) _newKeys++;
        }
        if (_background.Count + _newKeys > capacity)
        {
            var once = _counts.Where(e => e.Value <= 1 && !_background.ContainsKey(e.Key)).Select(e => e.Key).ToList();
            foreach (var key in once) _counts.Remove(key);
            _newKeys -= once.Count;
        }
    }

    /// <summary>log((N + 1) / (df + 1)) + 1: a key no article held weighs most, one every article holds weighs 1.</summary>
    public double InverseFrequency(string key) =>
        Math.Log((Documents + 1.0) / (_counts.GetValueOrDefault(key) + _background.GetValueOrDefault(key) + 1.0)) + 1;
}
