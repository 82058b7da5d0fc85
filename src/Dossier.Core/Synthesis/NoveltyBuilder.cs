using Dossier.Core.Model;
using Dossier.Core.Stories;

namespace Dossier.Core.Synthesis;

/// <summary>
/// How much each article of a story adds to what the story's earlier articles said (<see cref="StoryNovelty"/>, in
/// stream order): 1 for the first, near 0 for a wire copy, in between for an update. The body alone is read, so a
/// reprint under a new headline still adds nothing.
/// </summary>
public static class NoveltyBuilder
{
    /// <summary>The score in [0, 1] of each article, by article id.</summary>
    public static IReadOnlyDictionary<string, double> Build(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var novelty = new StoryNovelty();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var article in StreamOrder.Of(articles))
            scores.Add(article.Id, novelty.Observe(StoryNovelty.BodyTerms(article)));
        return scores;
    }
}
