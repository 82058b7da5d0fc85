namespace Dossier.Core.Model;

/// <summary>What is known about an article besides its text. Every field may be missing in real input.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    /// <summary>The canonical URL, absolute.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date as the source gave it: its precision and whether it named a zone.</summary>
    public PageDate? PublishedDate { get; init; }

    /// <summary>The last update, kept apart from the publication: a story updated today was not published today.</summary>
    public PageDate? ModifiedDate { get; init; }

    /// <summary>The publication instant, for ordering and for callers that need no precision. Setting it records an exact instant.</summary>
    public DateTimeOffset? Published
    {
        get => PublishedDate?.Instant;
        init => PublishedDate = value is { } instant ? PageDate.Exact(instant) : null;
    }

    public DateTimeOffset? Modified
    {
        get => ModifiedDate?.Instant;
        init => ModifiedDate = value is { } instant ? PageDate.Exact(instant) : null;
    }

    /// <summary>The people who wrote the article, in byline order: names only, no "By", titles or outlets.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>A BCP 47 primary language subtag ("en", "fr"), lower case.</summary>
    public string? Language { get; init; }

    /// <summary>For each field that has a value, where it came from and how sure the reader was.</summary>
    public IReadOnlyList<FieldSource> Sources { get; init; } = [];

    /// <summary>The source of one field, or null when it is not known.</summary>
    public FieldSource? SourceOf(string field)
    {
        foreach (var source in Sources)
            if (source.Field == field) return source;
        return null;
    }

    // The lists are compared by content, so that two equal metadata compare equal after a store round trip.
    public bool Equals(ArticleMetadata? other) =>
        other is not null
        && Title == other.Title && Outlet == other.Outlet && Url == other.Url
        && PublishedDate == other.PublishedDate && ModifiedDate == other.ModifiedDate
        && Language == other.Language
        && Authors.SequenceEqual(other.Authors) && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Title, Outlet, Url, PublishedDate, ModifiedDate, Language, Authors.Count, Sources.Count);
}
