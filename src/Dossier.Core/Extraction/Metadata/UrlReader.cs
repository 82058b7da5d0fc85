using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The article's canonical URL: &lt;link rel="canonical"&gt;, else og:url, else the JSON-LD article's url. Only absolute
/// http(s) URLs count; a relative one is resolved against &lt;base href&gt; or the page's own URL when either is known.
/// </summary>
public static class UrlReader
{
    private const int MaxUrlLength = 2048;

    public static Sourced<string>? Read(PageContext page)
    {
        var baseUrl = BaseUrl(page);
        foreach (var link in page.CanonicalLinks)
            if (Absolute(link.GetAttribute("href"), baseUrl) is { } canonical)
                return new Sourced<string>(canonical, new Evidence(EvidenceKind.Link, "canonical"), 0.9);
        foreach (var (key, content, _) in page.Meta.Tags(["og:url"]))
            if (Absolute(content, baseUrl) is { } og)
                return new Sourced<string>(og, new Evidence(EvidenceKind.Meta, key), 0.8);
        if (Absolute(page.JsonLd.String("url"), baseUrl) is { } fromJsonLd)
            return new Sourced<string>(fromJsonLd, new Evidence(EvidenceKind.JsonLd, "url"), 0.7);
        return null;
    }

    private static Uri? BaseUrl(PageContext page)
    {
        var href = page.BaseHref;
        if (href is not null && Uri.TryCreate(href.Trim(), UriKind.Absolute, out var declared) && IsWeb(declared)) return declared;
        if (href is not null && page.PageUrl is { } pageUrl && Uri.TryCreate(pageUrl, href.Trim(), out var relative) && IsWeb(relative)) return relative;
        return page.PageUrl;
    }

    private static string? Absolute(string? href, Uri? baseUrl)
    {
        href = href?.Trim();
        if (string.IsNullOrEmpty(href) || href.Length > MaxUrlLength) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && IsWeb(absolute)) return absolute.AbsoluteUri;
        // "//example.org/x" is absolute but for its scheme; without a base, https is the safe reading.
        if (href.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate((baseUrl?.Scheme ?? "https") + ":" + href, UriKind.Absolute, out var schemeless) && IsWeb(schemeless))
            return schemeless.AbsoluteUri;
        if (baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved) && IsWeb(resolved)) return resolved.AbsoluteUri;
        return null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
