using Dossier.Core.Model;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Stories;

/// <summary>
/// Where an article of a stream went: its story (one event) and its topic (the ongoing subject the story belongs to).
/// The article's id is kept so that <see cref="IStoryStream.Resolve"/> can follow it when its story splits.
/// </summary>
public sealed record StoryAssignment(string StoryId, string TopicId, string? ArticleId = null);

/// <summary>
/// Assigns each article of a never-ending stream to a story and a topic as it arrives, in constant time per article:
/// the online clustering of issue 7. Articles must have been through the article pipeline (blocks, sentences, mentions).
/// </summary>
public interface IStoryStream
{
    StoryAssignment Add(Article article);

    /// <summary>
    /// Where an earlier assignment stands now: stories may merge as evidence accumulates, and the ids an article was
    /// given then lead to the surviving story and topic.
    /// </summary>
    StoryAssignment Resolve(StoryAssignment assignment) => assignment;

    /// <summary>
    /// The story merges the stream has made so far, oldest first: which story was absorbed into which, and the article
    /// that showed they were one. A stream that never merges has none. The engine stores them, so that an id a user saw
    /// before a merge still leads to its story.
    /// </summary>
    IReadOnlyList<StoryMerge> Merges => [];
}
