using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Tests.Stories;

/// <summary>
/// A story stream that does what the test says: each article id gets the assignment scripted for it, and merges (with
/// the survivors <see cref="Resolve"/> leads to) are declared up front. It records the order articles arrived in.
/// </summary>
internal sealed class ScriptedStream(
    IReadOnlyDictionary<string, StoryAssignment> assignments,
    IReadOnlyList<StoryMerge>? merges = null,
    IReadOnlyDictionary<string, StoryAssignment>? resolved = null) : IStoryStream
{
    public List<string> Arrivals { get; } = [];

    public StoryAssignment Add(Article article)
    {
        Arrivals.Add(article.Id);
        return assignments[article.Id];
    }

    public StoryAssignment Resolve(StoryAssignment assignment) =>
        resolved is not null && resolved.TryGetValue(assignment.StoryId, out var now) ? now : assignment;

    public IReadOnlyList<StoryMerge> Merges => merges ?? [];
}
