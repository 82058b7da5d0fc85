namespace Dossier.Core.Model;

/// <summary>What is known about an article besides its text. Every field may be missing in real input.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
}
