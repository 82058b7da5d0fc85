using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>
/// Groups articles into stories in one pass, as a stream: each article joins the story whose centroid it is most
/// similar to, or starts a new story when none is similar enough. Term weights are inverse document frequencies
/// over the batch, smoothed so that the words all articles of one story share still count.
/// </summary>
public sealed class StoryClusterer(StoryClustererOptions options)
{
    public IReadOnlyList<Story> Cluster(IReadOnlyList<Article> articles)
    {
        var profiles = articles.Select(a => new ArticleProfile(a)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        foreach (var term in profile.Terms.Distinct())
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var n = profiles.Count;

        var stories = new List<(Story Story, List<TermVector> Members, TermVector Centroid)>();
        foreach (var profile in profiles)
        {
            var vector = TermVector.From(profile.Terms, term =>
                Math.Log(1 + (n + 1.0) / documentFrequency[term]) * (profile.ProperNouns.Contains(term) ? options.ProperNounBoost : 1.0));
            var best = -1;
            var bestScore = 0.0;
            for (var s = 0; s < stories.Count; s++)
            {
                var score = vector.Cosine(stories[s].Centroid);
                if (score > bestScore) (best, bestScore) = (s, score);
            }

            if (best >= 0 && bestScore >= options.JoinThreshold)
            {
                var (story, members, _) = stories[best];
                story.Articles.Add(profile.Article);
                members.Add(vector);
                stories[best] = (story, members, TermVector.Centroid(members));
            }
            else
            {
                var story = new Story("s" + profile.Article.Id[..12]);
                story.Articles.Add(profile.Article);
                stories.Add((story, [vector], vector));
            }
        }
        return stories.Select(s => s.Story).ToList();
    }

    /// <summary>The order in which articles enter the stream: by publication time where known, then by origin, so runs are repeatable.</summary>
    public static IReadOnlyList<Article> StreamOrder(IEnumerable<Article> articles) =>
        articles.OrderBy(a => a.Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Origin, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}

public sealed record StoryClustererOptions
{
    /// <summary>Cosine similarity to a story's centroid at or above which an article joins the story.</summary>
    public double JoinThreshold { get; init; } = 0.15;

    /// <summary>How much more a proper noun weighs than another term.</summary>
    public double ProperNounBoost { get; init; } = 2.0;
}
