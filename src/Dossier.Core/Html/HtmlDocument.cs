namespace Dossier.Core.Html;

/// <summary>A parsed page: the tree below <see cref="Root"/>, with the head and body elements always present.</summary>
public sealed class HtmlDocument
{
    internal HtmlDocument(HtmlNode root, HtmlNode html, HtmlNode head, HtmlNode body)
    {
        Root = root;
        Html = html;
        Head = head;
        Body = body;
    }

    public HtmlNode Root { get; }

    public HtmlNode Html { get; }

    public HtmlNode Head { get; }

    public HtmlNode Body { get; }

    /// <summary>The text of the first &lt;title&gt;, white space collapsed; null when there is none or it is blank.</summary>
    public string? Title
    {
        get
        {
            var title = Root.Elements("title").FirstOrDefault()?.TextContent;
            if (string.IsNullOrWhiteSpace(title)) return null;
            return string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>Parses any string as HTML. Never throws: malformed and truncated markup gives the tree a browser would roughly build.</summary>
    public static HtmlDocument Parse(string html) => HtmlTreeBuilder.Build(html ?? "");
}
