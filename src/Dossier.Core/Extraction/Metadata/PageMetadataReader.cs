using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Reads what a page says about itself: title, outlet, canonical URL, publication and modification dates, authors
/// and language, each with the evidence it came from and a confidence. Each field has its own reader with its own
/// fixed order of sources; this class only runs them in the order their inputs need. It never throws on bad markup or
/// bad structured data: what cannot be read is left out, and unreadable dates become <see cref="MetadataProblem"/>s.
/// </summary>
public static class PageMetadataReader
{
    public static PageMetadata Read(HtmlDocument document, Uri? pageUrl = null)
    {
        var page = new PageContext(document, pageUrl);
        var url = UrlReader.Read(page);
        var host = Uri.TryCreate(url?.Value, UriKind.Absolute, out var canonical) ? canonical.Host : page.PageUrl?.Host;
        var declaredOutlet = OutletReader.Read(page);
        var title = TitleReader.Read(page, declaredOutlet?.Value, host);
        // Without a declared outlet, the site name cut off the title is the best name there is; it is too weak a
        // guess to strike a byline that matches it (a personal blog is named after its author).
        var outlet = declaredOutlet ?? OutletReader.FromTitleAffix(title.CutSiteName);
        var authors = AuthorReader.Read(page, declaredOutlet?.Value);
        var dates = DateReader.Read(page, url?.Value);
        return new PageMetadata
        {
            Title = title.Title,
            Outlet = outlet,
            CanonicalUrl = url,
            Published = dates.Published,
            Modified = dates.Modified,
            Authors = authors,
            Language = LanguageReader.Read(page),
            Problems = dates.Problems,
        };
    }
}
