using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>A value read from a page, where it was read, and how sure the reader is of it (0 to 1).</summary>
public sealed record Sourced<T>(T Value, Evidence Evidence, double Confidence);

/// <summary>A problem met while reading a page's metadata; it becomes a diagnostic on the article.</summary>
public sealed record MetadataProblem(string Code, Severity Severity, string Message);

/// <summary>Everything <see cref="PageMetadataReader"/> found in one page, each value with its evidence.</summary>
public sealed record PageMetadata
{
    public Sourced<string>? Title { get; init; }
    public Sourced<string>? Outlet { get; init; }
    public Sourced<string>? CanonicalUrl { get; init; }
    public Sourced<PageDate>? Published { get; init; }
    public Sourced<PageDate>? Modified { get; init; }
    public Sourced<IReadOnlyList<string>>? Authors { get; init; }
    public Sourced<string>? Language { get; init; }
    public IReadOnlyList<MetadataProblem> Problems { get; init; } = [];

    /// <summary>The article's metadata: the values, plus for each the evidence and confidence in <see cref="ArticleMetadata.Sources"/>.</summary>
    public ArticleMetadata ToArticleMetadata()
    {
        var sources = new List<FieldSource>();
        Note(MetadataFields.Title, Title);
        Note(MetadataFields.Outlet, Outlet);
        Note(MetadataFields.Url, CanonicalUrl);
        Note(MetadataFields.Published, Published);
        Note(MetadataFields.Modified, Modified);
        Note(MetadataFields.Authors, Authors);
        Note(MetadataFields.Language, Language);
        return new ArticleMetadata
        {
            Title = Title?.Value,
            Outlet = Outlet?.Value,
            Url = CanonicalUrl?.Value,
            PublishedDate = Published?.Value,
            ModifiedDate = Modified?.Value,
            Authors = Authors?.Value ?? [],
            Language = Language?.Value,
            Sources = sources,
        };

        void Note<T>(string field, Sourced<T>? value)
        {
            if (value is not null) sources.Add(new FieldSource(field, value.Evidence, Math.Round(value.Confidence, 2)));
        }
    }
}
