using Dossier.Core.Storage;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Stories;

/// <summary>
/// Keeps story and topic ids stable across regroups. A regroup replays every stored article through a fresh stream, so a
/// story's id, taken from its first article, would change whenever an earlier article joins it or the grouping shifts.
/// Here each previous id goes to the new group that holds most of its articles (the earlier group on a tie), and a group
/// given several previous ids keeps the one stored first, as the stream keeps the older id on a merge; the other ids
/// become merges into it, so a user holding one is led to the story that absorbed it.
/// </summary>
public static class StableStoryIds
{
    /// <summary>The grouping renamed after <paramref name="previous"/>, the stored stories of the last regroup in stored order.</summary>
    public static StoryGrouping Carry(StoryGrouping grouping, IReadOnlyList<StoredStory> previous)
    {
        var stories = grouping.Stories;
        var storyIds = Assign(
            stories.Select(s => (s.Id, (IReadOnlyList<string>)s.Articles.Select(a => a.Id).ToList())).ToList(),
            previous.Select(p => (p.Id, p.ArticleIds)).ToList(),
            out var absorbed);

        // Topics: a topic's articles are those of its stories, before and now (groups in the order topics first appear).
        var newTopics = stories.Where(s => s.TopicId is not null).GroupBy(s => s.TopicId!, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(s => s.Articles).Select(a => a.Id).ToList())).ToList();
        var oldTopics = previous.Where(p => p.TopicId is not null).GroupBy(p => p.TopicId!, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(p => p.ArticleIds).ToList())).ToList();
        var topicIds = Assign(newTopics, oldTopics, out _);
        var topicOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < newTopics.Count; i++) topicOf[newTopics[i].Key] = topicIds[i];

        var renamed = new List<Story>(stories.Count);
        var finalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            var story = new Story(storyIds[i]) { TopicId = stories[i].TopicId is { } t ? topicOf[t] : null, Headline = stories[i].Headline };
            story.Articles.AddRange(stories[i].Articles);
            renamed.Add(story);
            finalOf[stories[i].Id] = storyIds[i];
        }

        // The stream's own merges name its survivors by the stream's ids; they now go by the final ones. An id that a
        // live story carries again is no longer absorbed, and an id absorbed into itself says nothing.
        var live = storyIds.ToHashSet(StringComparer.Ordinal);
        var merges = grouping.Merges
            .Select(m => m with { Survivor = finalOf.GetValueOrDefault(m.Survivor, m.Survivor) })
            .Concat(absorbed)
            .Where(m => !live.Contains(m.Absorbed) && live.Contains(m.Survivor))
            .Distinct()
            .ToList();
        return new StoryGrouping(renamed, merges);
    }

    /// <summary>
    /// The final id of each new group, in order; <paramref name="absorbed"/> gets the previous ids that went to a group
    /// that kept another, each with the first of its articles that the group holds.
    /// </summary>
    private static string[] Assign(
        IReadOnlyList<(string Id, IReadOnlyList<string> Articles)> groups,
        IReadOnlyList<(string Id, IReadOnlyList<string> Articles)> previous,
        out List<StoryMerge> absorbed)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
            foreach (var article in groups[g].Articles) groupOf.TryAdd(article, g);

        // Each previous id (in stored order) goes to the group holding most of its articles. Counted per previous
        // group over its own articles, so the cost is the number of articles, however many groups there are.
        var awarded = new List<(int Previous, int Group)>();
        var counts = new Dictionary<int, int>();
        for (var p = 0; p < previous.Count; p++)
        {
            counts.Clear();
            foreach (var article in previous[p].Articles)
                if (groupOf.TryGetValue(article, out var g)) counts[g] = counts.GetValueOrDefault(g) + 1;
            var best = -1;
            foreach (var (g, count) in counts)
                if (best < 0 || count > counts[best] || (count == counts[best] && g < best)) best = g;
            if (best >= 0) awarded.Add((p, best));
        }

        var ids = new string?[groups.Count];
        absorbed = [];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (p, g) in awarded)
        {
            if (ids[g] is null && taken.Add(previous[p].Id))
            {
                ids[g] = previous[p].Id;
                continue;
            }
            // Taken all the same: the id now leads to this group, so no other group may start going by it.
            taken.Add(previous[p].Id);
            var shown = previous[p].Articles.First(a => groupOf.GetValueOrDefault(a, -1) == g);
            absorbed.Add(new StoryMerge(previous[p].Id, ids[g] ?? previous[p].Id, shown));
        }

        // Groups no previous id went to keep their own id unless a carried id took it; then their first article's full id.
        for (var g = 0; g < groups.Count; g++)
        {
            if (ids[g] is not null) continue;
            var own = groups[g].Id;
            var candidates = new[] { own, own[..1] + groups[g].Articles.FirstOrDefault() };
            ids[g] = candidates.FirstOrDefault(taken.Add) ?? Unique(own, taken);
        }
        return ids!;
    }

    private static string Unique(string id, HashSet<string> taken)
    {
        for (var n = 2; ; n++)
            if (taken.Add($"{id}-{n}")) return $"{id}-{n}";
    }
}
