using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Feeds;

/// <summary>RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 from a parsed document.</summary>
internal static partial class XmlFeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public readonly record struct Parsed(Feed? Feed, string? Error);

    public static Parsed Parse(XElement root, string origin)
    {
        if (root.Name == XName.Get("rss"))
        {
            var channel = root.Element("channel");
            if (channel is null) return new(null, "the RSS feed has no <channel>");
            return new(new Feed(FeedFormat.Rss, Text(channel.Element("title")),
                channel.Elements("item").Select((item, i) => RssItem(item, XNamespace.None, origin, i + 1)).ToList()), null);
        }
        if (root.Name == Rdf + "RDF")
        {
            var channel = root.Element(Rss1 + "channel");
            return new(new Feed(FeedFormat.Rdf, Text(channel?.Element(Rss1 + "title")),
                root.Elements(Rss1 + "item").Select((item, i) => RssItem(item, Rss1, origin, i + 1)).ToList()), null);
        }
        if (root.Name == Atom + "feed")
        {
            var feedAuthor = AtomAuthor(root);
            return new(new Feed(FeedFormat.Atom, AtomPlainText(root.Element(Atom + "title")),
                root.Elements(Atom + "entry").Select((entry, i) => AtomEntry(entry, feedAuthor, origin, i + 1)).ToList()), null);
        }
        return new(null, $"the root element <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}' is not an RSS 2.0, RSS 1.0 or Atom 1.0 feed");
    }

    private static FeedItem RssItem(XElement item, XNamespace ns, string origin, int number)
    {
        var diagnostics = new List<Diagnostic>();
        var link = Text(item.Element(ns + "link"));
        if (link is null && item.Element(ns + "guid") is { } guid
            && (string?)guid.Attribute("isPermaLink") != "false" && Text(guid) is { } id && IsWebUrl(id))
            link = id;
        var description = Text(item.Element(ns + "description"));
        var encoded = Text(item.Element(Content + "encoded"));
        var dateText = Text(item.Element(ns + "pubDate")) ?? Text(item.Element(DublinCore + "date"));
        return new FeedItem(
            link,
            Title(Text(item.Element(ns + "title"))),
            RssAuthor(Text(item.Element(ns + "author")) ?? Text(item.Element(DublinCore + "creator"))),
            Date(dateText, origin, number, diagnostics),
            encoded is null ? null : new FeedText(encoded, IsHtml: true),
            description is null ? null : new FeedText(description, IsHtml: true),
            diagnostics);
    }

    private static FeedItem AtomEntry(XElement entry, string? feedAuthor, string origin, int number)
    {
        var diagnostics = new List<Diagnostic>();
        var dateText = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"));
        return new FeedItem(
            AtomLink(entry),
            AtomPlainText(entry.Element(Atom + "title")),
            AtomAuthor(entry) ?? feedAuthor,
            Date(dateText, origin, number, diagnostics),
            // Content by reference (src="…") is not inline content; the link is fetched instead.
            entry.Element(Atom + "content") is { } content && content.Attribute("src") is null ? AtomText(content) : null,
            entry.Element(Atom + "summary") is { } summary ? AtomText(summary) : null,
            diagnostics);
    }

    /// <summary>The entry's web page: the alternate link, preferring an HTML one; links to feeds, comments, enclosures are not the article.</summary>
    private static string? AtomLink(XElement entry)
    {
        var alternates = entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("rel") is null or "alternate" && !string.IsNullOrWhiteSpace((string?)l.Attribute("href")))
            .ToList();
        var best = alternates.FirstOrDefault(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            ?? alternates.FirstOrDefault();
        return ((string?)best?.Attribute("href"))?.Trim();
    }

    private static string? AtomAuthor(XElement element) => Text(element.Element(Atom + "author")?.Element(Atom + "name"));

    /// <summary>An Atom text construct as it is: type text (the default) is plain, html is escaped HTML, xhtml is inline markup.</summary>
    private static FeedText? AtomText(XElement element)
    {
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "text";
        if (type == "xhtml")
        {
            // The markup is wrapped in one xhtml div that is not part of the content.
            var container = element.Elements().FirstOrDefault() ?? element;
            var markup = string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(markup) ? null : new FeedText(markup, IsHtml: true);
        }
        var value = element.Value;
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (type is "html" || type.Contains("html", StringComparison.Ordinal)) return new FeedText(value, IsHtml: true);
        if (type is "text" || type.StartsWith("text/", StringComparison.Ordinal)) return new FeedText(value, IsHtml: false);
        return null;
    }

    private static string? AtomPlainText(XElement? element) => element is null ? null : AtomText(element) switch
    {
        null => null,
        { IsHtml: true } html => Title(StripTags(html.Value)),
        var text => Title(text.Value),
    };

    /// <summary>RSS authors are often "email (Name)"; the name is what a reader wants.</summary>
    private static string? RssAuthor(string? author)
    {
        if (author is null) return null;
        var open = author.IndexOf('(');
        var close = author.LastIndexOf(')');
        return open >= 0 && close > open + 1 && author[..open].Contains('@') ? author[(open + 1)..close].Trim() : author;
    }

    private static DateTimeOffset? Date(string? text, string origin, int number, List<Diagnostic> diagnostics)
    {
        if (text is null) return null;
        if (FeedDates.TryParse(text, out var value)) return value;
        diagnostics.Add(new Diagnostic(DiagnosticCodes.UnparsableDate, "ingest", Severity.Warning,
            $"item {number}'s date is not a date: '{(text.Length <= 60 ? text : text[..60] + "…")}'", origin));
        return null;
    }

    /// <summary>Titles often arrive HTML-escaped a second time ("&amp;#8217;"); decode once, collapse white space.</summary>
    private static string? Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? null : Spaces().Replace(WebUtility.HtmlDecode(title), " ").Trim();

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    internal static string StripTags(string html) => Tags().Replace(html, " ");

    internal static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
