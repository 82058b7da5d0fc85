using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// What every metadata reader looks at, found once per page: the meta tags, the JSON-LD article, the element that
/// holds the article and its headline, and the page's URL when the caller knows it.
/// </summary>
public sealed class PageContext
{
    // An <article> shorter than this is a teaser card, not the story.
    private const int MinArticleChars = 400;

    public PageContext(HtmlDocument document, Uri? pageUrl = null)
    {
        Document = document;
        Meta = new MetaTags(document);
        JsonLd = JsonLdArticle.From(document);
        PageUrl = pageUrl is { IsAbsoluteUri: true } ? pageUrl : null;
        ArticleRoot = FindArticleRoot(document);
        Headline = ArticleRoot.Elements("h1").FirstOrDefault(h => !IsBlank(h)) ?? document.Body.Elements("h1").FirstOrDefault(h => !IsBlank(h));
    }

    public HtmlDocument Document { get; }

    public MetaTags Meta { get; }

    public JsonLdArticle JsonLd { get; }

    /// <summary>The page's own address, if the caller knows it (a crawl); relative links resolve against it.</summary>
    public Uri? PageUrl { get; }

    /// <summary>The element that holds the story: the main &lt;article&gt;, else &lt;main&gt;, else the body.</summary>
    public HtmlNode ArticleRoot { get; }

    /// <summary>The story's &lt;h1&gt;, if it has one.</summary>
    public HtmlNode? Headline { get; }

    /// <summary>Every element with an itemprop, in document order: found once, asked for by several readers.</summary>
    public IReadOnlyList<HtmlNode> ItemProps => _itemProps ??= [.. Document.Root.Descendants().Where(n => n.IsElement && n.HasAttribute("itemprop"))];

    private List<HtmlNode>? _itemProps;

    private static HtmlNode FindArticleRoot(HtmlDocument document)
    {
        HtmlNode? main = null;
        foreach (var node in document.Body.Descendants())
        {
            if (!node.IsElement) continue;
            if (node.Name == "article" && TextLength(node, MinArticleChars) >= MinArticleChars) return node;
            if (main is null && (node.Name == "main" || node.GetAttribute("role") == "main")) main = node;
        }
        return main ?? document.Body;
    }

    /// <summary>How much text a node holds, counting no further than <paramref name="enough"/>.</summary>
    private static int TextLength(HtmlNode node, int enough)
    {
        var length = 0;
        foreach (var text in node.Descendants())
        {
            if (!text.IsText || text.Parent?.Name is "script" or "style") continue;
            length += text.Text.Trim().Length;
            if (length >= enough) break;
        }
        return length;
    }

    private static bool IsBlank(HtmlNode node) => string.IsNullOrWhiteSpace(node.TextContent);
}
