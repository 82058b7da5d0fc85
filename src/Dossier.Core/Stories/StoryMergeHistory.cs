using Dossier.Core.Storage;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Stories;

/// <summary>Follows the stored merge history from an id that no stored story carries any more to the story that absorbed it.</summary>
public static class StoryMergeHistory
{
    /// <summary>
    /// The absorbed id that <paramref name="idOrPrefix"/> names (whole, or a unique prefix, ignoring case) and the stored
    /// story it leads to now, through as many merges as it took; null when no single absorbed id matches or its chain
    /// ends in no stored story.
    /// </summary>
    public static (string Absorbed, StoredStory Survivor)? Find(IReadOnlyList<StoryMerge> merges, IReadOnlyList<StoredStory> stories, string idOrPrefix)
    {
        // The latest merge of an id is where it went last; earlier ones were undone by later regroups.
        var into = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in merges) into[merge.Absorbed] = merge.Survivor;

        var matches = into.Keys.Where(id => id.StartsWith(idOrPrefix, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        if (matches.Count != 1) return null;

        var live = new Dictionary<string, StoredStory>(StringComparer.Ordinal);
        foreach (var story in stories) live.TryAdd(story.Id, story);
        var current = into[matches[0]];
        // A chain visits each absorbed id at most once; a longer walk would be a cycle in a damaged history.
        for (var step = 0; step <= into.Count; step++)
        {
            if (live.TryGetValue(current, out var survivor)) return (matches[0], survivor);
            if (!into.TryGetValue(current, out var next)) return null;
            current = next;
        }
        return null;
    }
}
