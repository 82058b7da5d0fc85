using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>
/// A story's articles in the order they entered the stream, as the engine feeds them (published time where known,
/// then origin, then id): what "the first of a group of copies" and "what an article adds" are measured in, whatever
/// order the story lists its articles in. Each article once.
/// </summary>
internal static class StoryStreamOrder
{
    public static List<Article> Of(IEnumerable<Article> articles) =>
        articles.DistinctBy(a => a.Id, StringComparer.Ordinal)
            .OrderBy(a => a.Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Origin, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}
