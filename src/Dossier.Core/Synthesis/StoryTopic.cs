namespace Dossier.Core.Synthesis;

/// <summary>
/// The topic a story belongs to (the ongoing subject: a strike and its talks, a mission and its launch) and the other
/// stories of that topic known to the run, in report order: what the dossier's "related stories" lists.
/// </summary>
public sealed record StoryTopic(string Id, IReadOnlyList<RelatedStory> Stories);

/// <summary>A sibling story of the same topic, by id and headline.</summary>
public sealed record RelatedStory(string Id, string Headline);

/// <summary>A story known to the run by its id, topic and headline alone (a stored story, say), for finding siblings.</summary>
public sealed record StoryHeadline(string Id, string? TopicId, string Headline);

/// <summary>
/// Gives each dossier its topic and sibling stories. Done over the whole report rather than in <see cref="DossierBuilder"/>,
/// since siblings are the other stories of the run, which one story's dossier cannot see.
/// </summary>
public static class StoryTopics
{
    /// <summary>
    /// The dossiers with <see cref="StoryDossier.Topic"/> set from <paramref name="topics"/> (story id to topic id; a
    /// story absent from it has no topic). Siblings are the other reported stories of the topic, then the
    /// <paramref name="others"/> of the topic that the report does not hold, each once, in the order given.
    /// </summary>
    public static IReadOnlyList<StoryDossier> Attach(
        IReadOnlyList<StoryDossier> dossiers, IReadOnlyDictionary<string, string> topics, IEnumerable<StoryHeadline>? others = null)
    {
        var known = dossiers.Select(d => new StoryHeadline(d.Id, topics.GetValueOrDefault(d.Id), d.Headline)).ToList();
        var seen = known.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var other in others ?? [])
            if (seen.Add(other.Id)) known.Add(other);
        // Each topic's stories in the order known, found by topic rather than by a scan per story.
        var byTopic = known.Where(k => k.TopicId is not null).ToLookup(k => k.TopicId!, StringComparer.Ordinal);
        return dossiers.Select(dossier =>
        {
            if (!topics.TryGetValue(dossier.Id, out var topic)) return dossier;
            var siblings = byTopic[topic].Where(k => k.Id != dossier.Id).Select(k => new RelatedStory(k.Id, k.Headline)).ToList();
            return dossier with { Topic = new StoryTopic(topic, siblings) };
        }).ToList();
    }
}
