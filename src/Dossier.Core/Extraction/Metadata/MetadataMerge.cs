using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Combines what a source said explicitly (a JSON record's fields) with what the page's markup says. The source wins
/// field by field: its producer chose those values. Each field keeps the evidence of where it came from.
/// </summary>
public static class MetadataMerge
{
    public static ArticleMetadata Merge(ArticleMetadata given, ArticleMetadata fromPage)
    {
        var sources = new List<FieldSource>();
        return new ArticleMetadata
        {
            Title = Pick(MetadataFields.Title, given.Title, fromPage.Title),
            Outlet = Pick(MetadataFields.Outlet, given.Outlet, fromPage.Outlet),
            Url = Pick(MetadataFields.Url, given.Url, fromPage.Url),
            PublishedDate = Pick(MetadataFields.Published, given.PublishedDate, fromPage.PublishedDate),
            ModifiedDate = Pick(MetadataFields.Modified, given.ModifiedDate, fromPage.ModifiedDate),
            Authors = given.Authors.Count > 0 ? Given(MetadataFields.Authors, given.Authors) : Page(MetadataFields.Authors, fromPage.Authors),
            Language = Pick(MetadataFields.Language, given.Language, fromPage.Language),
            Sources = sources,
        };

        T? Pick<T>(string field, T? mine, T? theirs) => mine is not null ? Given(field, mine) : Page(field, theirs);

        T Given<T>(string field, T value)
        {
            sources.Add(given.SourceOf(field) ?? new FieldSource(field, new Evidence(EvidenceKind.Source), 1.0));
            return value;
        }

        T Page<T>(string field, T value)
        {
            if (fromPage.SourceOf(field) is { } source) sources.Add(source);
            return value;
        }
    }
}
