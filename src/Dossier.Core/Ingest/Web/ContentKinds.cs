namespace Dossier.Core.Ingest.Web;

/// <summary>Which kinds of response a fetch accepts, judged by the Content-Type media type before the body is read.</summary>
[Flags]
public enum ContentKinds
{
    None = 0,
    Html = 1,
    /// <summary>RSS, Atom, RSS 1.0 and generic XML, JSON Feed and generic JSON (the content then decides).</summary>
    Feed = 2,
    PlainText = 4,
    Any = Html | Feed | PlainText,
}

internal static class MediaTypes
{
    private static readonly Dictionary<string, ContentKinds> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = ContentKinds.Html,
        ["application/xhtml+xml"] = ContentKinds.Html,
        ["application/rss+xml"] = ContentKinds.Feed,
        ["application/atom+xml"] = ContentKinds.Feed,
        ["application/rdf+xml"] = ContentKinds.Feed,
        ["application/xml"] = ContentKinds.Feed,
        ["text/xml"] = ContentKinds.Feed,
        ["application/feed+json"] = ContentKinds.Feed,
        ["application/json"] = ContentKinds.Feed,
        ["text/plain"] = ContentKinds.PlainText,
    };

    public static ContentKinds KindOf(string? mediaType) =>
        mediaType is not null && Kinds.TryGetValue(mediaType.Trim(), out var kind) ? kind : ContentKinds.None;

    public static bool IsHtml(string? mediaType) => KindOf(mediaType) == ContentKinds.Html;

    /// <summary>
    /// The media type of a Content-Type value, lower-cased: what comes before the first ';'. Lenient on purpose:
    /// servers send values a strict parser refuses ("text/html; charset=utf-8;;"), and browsers read them.
    /// </summary>
    public static string? MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var semicolon = contentType.IndexOf(';');
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        return mediaType.Length == 0 ? null : mediaType;
    }

    /// <summary>The Accept header: what Dossier can use, best first, nothing else.</summary>
    public const string Accept =
        "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, " +
        "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.5";
}
