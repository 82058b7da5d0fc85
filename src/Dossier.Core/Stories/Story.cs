using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>A group of articles about one event. Its id is derived from its first article, so it is stable across runs.</summary>
public sealed class Story(string id)
{
    public string Id { get; } = id;

    public List<Article> Articles { get; } = [];

    public string Headline { get; set; } = "";
}
