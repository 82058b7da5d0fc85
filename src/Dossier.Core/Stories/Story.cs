using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>A group of articles about one event. Its id is derived from its first article, so it is stable across runs.</summary>
public sealed class Story(string id)
{
    public string Id { get; } = id;

    /// <summary>The topic (the ongoing subject, several stories) the story belongs to, or null when none is known (a store written before topics).</summary>
    public string? TopicId { get; init; }

    public List<Article> Articles { get; } = [];

    public string Headline { get; set; } = "";
}
