using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The outlet's name: og:site_name, else the JSON-LD article's publisher, else the web app's name. When none is
/// declared, <see cref="FromTitleAffix"/> takes the site name the title reader cut off the title.
/// </summary>
public static class OutletReader
{
    private const int MaxOutletChars = 120;

    public static Sourced<string>? Read(PageContext page)
    {
        foreach (var (key, content, _) in page.Meta.Tags(["og:site_name"]))
            if (Name(content) is { } site) return new Sourced<string>(site, new Evidence(EvidenceKind.Meta, key), 0.9);
        if (page.JsonLd.Property("publisher", pageToo: true) is { } publisher && Name(JsonLdArticle.NameOf(publisher)) is { } name)
            return new Sourced<string>(name, new Evidence(EvidenceKind.JsonLd, "publisher"), 0.85);
        foreach (var (key, content, _) in page.Meta.Tags(["application-name", "apple-mobile-web-app-title"]))
            if (Name(content) is { } app) return new Sourced<string>(app, new Evidence(EvidenceKind.Meta, key), 0.6);
        return null;
    }

    /// <summary>The piece cut off the title as the site's name ("… | Harbor Ledger"): weaker evidence, so a lower confidence.</summary>
    public static Sourced<string>? FromTitleAffix(string? affix) =>
        Name(affix) is { } name ? new Sourced<string>(name, new Evidence(EvidenceKind.Title, "affix"), 0.5) : null;

    private static string? Name(string? raw)
    {
        var text = MetadataText.Clean(raw);
        return text is null || text.Length > MaxOutletChars ? null : text;
    }
}
