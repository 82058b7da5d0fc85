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
    /// Splits a list of citing articles into one article per source (the original when it is among them, else the
    /// first of its copies given) in the order the sources first appear, and the other copies, in the order given:
    /// a statement that an original and its reprint both carry is backed by one source, and the reprint is noted.
    /// </summary>
    public (IReadOnlyList<string> Sources, IReadOnlyList<string> Copies) Split(IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (_byCopy.Count == 0) return (articleIds, []);
        var chosen = new List<string>();
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in articleIds)
        {
            var source = SourceOf(id);
            if (!slotOf.TryGetValue(source, out var slot))
            {
                slotOf.Add(source, chosen.Count);
                chosen.Add(id);
            }
            else if (id == source)
            {
                // The original came after one of its copies: it stands for the group.
                chosen[slot] = id;
            }
        }
        var kept = chosen.ToHashSet(StringComparer.Ordinal);
        var copies = articleIds.Where(id => !kept.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        return (chosen, copies);
    }
}
