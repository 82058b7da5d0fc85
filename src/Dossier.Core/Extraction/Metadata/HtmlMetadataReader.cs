using System.Globalization;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>Reads what a page says about itself (title, outlet, canonical URL, publication time) from its head and markup.</summary>
public static class HtmlMetadataReader
{
    public static ArticleMetadata Read(HtmlDocument document)
    {
        var metas = document.Root.Elements("meta").ToList();
        string? Meta(string attribute, string name) => Blank(metas
            .FirstOrDefault(m => string.Equals(m.GetAttribute(attribute), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content"));

        var siteName = Meta("property", "og:site_name") ?? Meta("name", "application-name");
        var title = Meta("property", "og:title") ?? WithoutSiteSuffix(document.Title, siteName)
            ?? Blank(document.Body.Elements("h1").FirstOrDefault()?.TextContent);
        var published = Meta("property", "article:published_time") ?? Meta("itemprop", "datePublished")
            ?? Meta("name", "date") ?? Meta("name", "publish-date") ?? Meta("name", "pubdate")
            ?? Blank(document.Body.Elements("time").FirstOrDefault(t => t.HasAttribute("datetime"))?.GetAttribute("datetime"));
        var url = Blank(document.Root.Elements("link").FirstOrDefault(l => string.Equals(l.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))?.GetAttribute("href"))
            ?? Meta("property", "og:url");
        return new ArticleMetadata
        {
            Title = title is null ? null : Collapse(title),
            Outlet = siteName,
            Url = url,
            Published = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null,
        };
    }

    /// <summary>"Talks resume | The Harbor Ledger" has the site's name after a separator; the title is what precedes it.</summary>
    private static string? WithoutSiteSuffix(string? title, string? siteName)
    {
        if (title is null) return null;
        foreach (var separator in (string[])[" | ", " - ", " — ", " – ", " :: "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var tail = title[(at + separator.Length)..];
            if (siteName is null ? tail.Split(' ').Length <= 4 : tail.Equals(siteName, StringComparison.OrdinalIgnoreCase))
                return title[..at].Trim();
        }
        return title;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
