using Dossier.Core.Model;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Stories;

/// <summary>A batch grouped into stories: the stories in the order they started, and the merges the stream made on the way.</summary>
public sealed record StoryGrouping(IReadOnlyList<Story> Stories, IReadOnlyList<StoryMerge> Merges);

/// <summary>
/// Groups a batch of articles by feeding them, in <see cref="StreamOrder"/>, to a fresh story stream, as a newsroom feed
/// would have. An article's assignment is read again through <see cref="IStoryStream.Resolve"/> once the whole batch is
/// in, since a story it joined early may have merged into another later.
/// </summary>
public sealed class StoryGrouper(Func<IStoryStream> newStream)
{
    public StoryGrouping Group(IEnumerable<Article> articles)
    {
        var ordered = StreamOrder.Of(articles);
        var stream = newStream();
        var assignments = new List<StoryAssignment>(ordered.Count);
        foreach (var article in ordered) assignments.Add(stream.Add(article));

        // Stories in the order their first article entered the stream; each article after those that came before it.
        var stories = new List<Story>();
        var byId = new Dictionary<string, Story>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (storyId, topicId, _) = stream.Resolve(assignments[i]);
            if (!byId.TryGetValue(storyId, out var story))
            {
                byId[storyId] = story = new Story(storyId) { TopicId = topicId };
                stories.Add(story);
            }
            story.Articles.Add(ordered[i]);
        }
        // A survivor may itself have merged later: each merge names the story its absorbed id leads to now.
        var merges = stream.Merges.Select(m => m with { Survivor = stream.Resolve(new StoryAssignment(m.Survivor, "")).StoryId }).ToList();
        return new StoryGrouping(stories, merges);
    }
}
