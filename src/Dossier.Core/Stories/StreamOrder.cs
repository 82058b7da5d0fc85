using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>The order in which a batch of articles enters a story stream, so that grouping the same batch twice gives the same stories.</summary>
public static class StreamOrder
{
    /// <summary>
    /// By publication time where known (undated articles last), then by origin, then by id: a total order that needs
    /// no clock. Each article once. The dossier measures copies and novelty in this order too, so "the original" and
    /// "what an article adds" mean the same whatever order a story lists its articles in.
    /// </summary>
    public static IReadOnlyList<Article> Of(IEnumerable<Article> articles) =>
        articles.DistinctBy(a => a.Id, StringComparer.Ordinal)
            .OrderBy(a => a.Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Origin, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}
