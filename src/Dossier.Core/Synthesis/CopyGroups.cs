namespace Dossier.Core.Synthesis;

/// <summary>
/// An article of a story that reprints an earlier one of the same story (a wire copy, a syndicated reprint): the
/// original is the first article of its group of copies in stream order, and <see cref="Similarity"/> is the Jaccard
/// similarity of the two bodies' three-word shingles (1 for the same body text; lower for a copy with its ending
/// trimmed, a sentence dropped or words changed).
/// </summary>
public sealed record ArticleCopy(string ArticleId, string OriginalId, double Similarity);

/// <summary>
/// A story's articles in groups of copies: an original and the articles that reprint it form one group, and each
/// group is one independent source. Every count of "how many report this" goes through here, so that a wire story
/// reprinted by five papers is one source, not six. Articles that copy nothing are groups of their own.
/// </summary>
public sealed class CopyGroups
{
    private readonly Dictionary<string, ArticleCopy> _byCopy;

    /// <summary>No article copies another: every article is its own source.</summary>
    public static CopyGroups None { get; } = new([]);

    /// <exception cref="ArgumentException">An article is listed as a copy twice.</exception>
    public CopyGroups(IReadOnlyList<ArticleCopy> copies)
    {
        ArgumentNullException.ThrowIfNull(copies);
        _byCopy = new Dictionary<string, ArticleCopy>(StringComparer.Ordinal);
        foreach (var copy in copies)
            if (!_byCopy.TryAdd(copy.ArticleId, copy)) throw new ArgumentException($"article {copy.ArticleId} is listed as a copy twice", nameof(copies));
        All = copies;
    }

    /// <summary>Every copy, in the order they were found (stream order).</summary>
    public IReadOnlyList<ArticleCopy> All { get; }

    /// <summary>What the article copies, or null when it is an original or copies nothing.</summary>
    public ArticleCopy? Of(string articleId) => _byCopy.GetValueOrDefault(articleId);

    public bool IsCopy(string articleId) => _byCopy.ContainsKey(articleId);

    /// <summary>The article's source: the original it copies, else the article itself.</summary>
    public string SourceOf(string articleId) => _byCopy.TryGetValue(articleId, out var copy) ? copy.OriginalId : articleId;

    /// <summary>How many independent sources the articles are: an original and its copies count once.</summary>
    public int CountSources(IEnumerable<string> articleIds) => articleIds.Select(SourceOf).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The citing articles that only repeat another of them, in the order given: of each source's articles among
    /// them, one stands for the source (its original when cited, else the first given) and the others are repeats.
    /// A statement that an original and its reprint both carry is backed by one source; the reprint is noted, not counted.
    /// </summary>
    public IReadOnlyList<string> RepeatsAmong(IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (_byCopy.Count == 0) return [];
        var standing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            var source = SourceOf(id);
            // The first article of a source stands for it until its original comes.
            if (!standing.ContainsKey(source) || id == source) standing[source] = id;
        }
        var standsFor = standing.Values.ToHashSet(StringComparer.Ordinal);
        return articleIds.Where(id => !standsFor.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
    }
}
