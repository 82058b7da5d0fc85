using Dossier.Core.Model;
using Dossier.Core.Stories;

namespace Dossier.Core.Synthesis;

/// <summary>
/// Finds the wire copies and syndicated reprints among a story's articles: the articles go through a
/// <see cref="NearDuplicateIndex"/> in stream order, so the first of each group of copies is its original, and each
/// copy is measured against its original exactly (the index only estimates, and only to decide).
/// </summary>
public static class CopyFinder
{
    /// <summary>Most articles of one story compared; later ones are taken as originals. Bounds the index's memory (about 1.3 KB an article).</summary>
    public const int MaxArticles = 20_000;

    public static CopyGroups Find(IReadOnlyList<Article> articles, NearDuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stream = StreamOrder.Of(articles).Take(MaxArticles).ToList();
        if (stream.Count < 2) return CopyGroups.None;

        // One index per story, as large as the story: every article stays remembered, so every copy finds its original.
        var index = new NearDuplicateIndex((options ?? new NearDuplicateOptions()) with { Capacity = stream.Count });
        var byId = stream.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var shingles = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal);
        var copies = new List<ArticleCopy>();
        foreach (var article in stream)
        {
            if (index.Add(article) is not { } original || original == article.Id || !byId.TryGetValue(original, out var source)) continue;
            copies.Add(new ArticleCopy(article.Id, original, Jaccard(BodyShingles(source, shingles), BodyShingles(article, shingles))));
        }
        return copies.Count == 0 ? CopyGroups.None : new CopyGroups(copies);
    }

    /// <summary>The distinct three-word shingles of the article's body blocks, as the index reads them; each article's once.</summary>
    private static HashSet<ulong> BodyShingles(Article article, Dictionary<string, HashSet<ulong>> cache)
    {
        if (cache.TryGetValue(article.Id, out var known)) return known;
        var shingles = new WordShingles();
        foreach (var block in article.Blocks)
            if (block.IsBody) shingles.Feed(article[block.Span]);
        var set = new HashSet<ulong>(shingles.Set);
        cache.Add(article.Id, set);
        return set;
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
