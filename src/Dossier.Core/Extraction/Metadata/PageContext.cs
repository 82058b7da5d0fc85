using System.Text.RegularExpressions;
using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// What every metadata reader looks at, found in one walk of the page: the meta tags, the JSON-LD article, the links,
/// times, headings, paragraphs and byline boxes, the element that holds the article and its headline, and the page's
/// URL when the caller knows it. The readers look only here and in small subtrees (a byline, a heading), never walk
/// the whole page again: on a large page each walk costs more than all the rest of the reading.
/// </summary>
public sealed partial class PageContext
{
    // An <article> shorter than this is a teaser card, not the story.
    private const int MinArticleChars = 400;

    private readonly List<HtmlNode> _metas = [];
    private readonly List<HtmlNode> _jsonLdScripts = [];
    private readonly List<HtmlNode> _canonicalLinks = [];
    private readonly List<HtmlNode> _relAuthors = [];
    private readonly List<HtmlNode> _itemProps = [];
    private readonly List<HtmlNode> _times = [];
    private readonly List<HtmlNode> _headings = [];
    private readonly List<HtmlNode> _paragraphs = [];
    private readonly List<HtmlNode> _articles = [];
    private readonly List<HtmlNode> _bylineBoxes = [];
    private HtmlNode? _title;
    private HtmlNode? _main;

    public PageContext(HtmlDocument document, Uri? pageUrl = null)
    {
        Document = document;
        PageUrl = pageUrl is { IsAbsoluteUri: true } ? pageUrl : null;
        Collect(document.Root, document.Body);
        Meta = new MetaTags(_metas);
        JsonLd = JsonLdArticle.From(_jsonLdScripts);
        Title = TitleText(_title);
        ArticleRoot = FindArticleRoot();
        Headline = FirstNonBlank(_headings, ArticleRoot) ?? FirstNonBlank(_headings, document.Body);
    }

    public HtmlDocument Document { get; }

    public MetaTags Meta { get; }

    public JsonLdArticle JsonLd { get; }

    /// <summary>The page's own address, if the caller knows it (a crawl); relative links resolve against it.</summary>
    public Uri? PageUrl { get; }

    /// <summary>The text of the first &lt;title&gt;, white space collapsed; null when there is none or it is blank.</summary>
    public string? Title { get; }

    /// <summary>The element that holds the story: the main &lt;article&gt;, else &lt;main&gt;, else the body.</summary>
    public HtmlNode ArticleRoot { get; }

    /// <summary>The story's &lt;h1&gt;, if it has one.</summary>
    public HtmlNode? Headline { get; }

    /// <summary>The href of the first &lt;base&gt; that has one, untrimmed.</summary>
    public string? BaseHref { get; private set; }

    /// <summary>The &lt;link&gt; elements whose rel lists "canonical", in document order.</summary>
    public IReadOnlyList<HtmlNode> CanonicalLinks => _canonicalLinks;

    /// <summary>The links (&lt;a&gt; and &lt;link&gt;) in the body whose rel lists "author", in document order.</summary>
    public IReadOnlyList<HtmlNode> RelAuthors => _relAuthors;

    /// <summary>Every element with an itemprop, in document order.</summary>
    public IReadOnlyList<HtmlNode> ItemProps => _itemProps;

    /// <summary>Every &lt;time&gt;, in document order.</summary>
    public IReadOnlyList<HtmlNode> Times => _times;

    /// <summary>Every &lt;p&gt; in the body, in document order.</summary>
    public IReadOnlyList<HtmlNode> Paragraphs => _paragraphs;

    /// <summary>
    /// The elements in the body whose class or id says "byline" or "author" and nothing that marks an author's bio,
    /// photo or links (see <see cref="BylineHint"/>), in document order.
    /// </summary>
    public IReadOnlyList<HtmlNode> BylineBoxes => _bylineBoxes;

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or below it.</summary>
    public static bool IsWithin(HtmlNode node, HtmlNode ancestor)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (n == ancestor) return true;
        return false;
    }

    /// <summary>The one walk of the page: every element is looked at once, and kept when some reader asks for its kind.</summary>
    private void Collect(HtmlNode root, HtmlNode body)
    {
        // An explicit stack rather than recursion (pages nest deeply) and rather than Descendants(), whose iterator
        // costs more per node than everything done here.
        var parents = new HtmlNode[64];
        var next = new int[64];
        var depth = 0;
        var bodyDepth = -1;
        parents[0] = root;
        while (depth >= 0)
        {
            var children = parents[depth].Children;
            if (next[depth] >= children.Count)
            {
                if (depth == bodyDepth) bodyDepth = -1;
                depth--;
                continue;
            }
            var node = children[next[depth]++];
            if (!node.IsElement) continue;
            Visit(node, inBody: bodyDepth >= 0);
            if (node.Children.Count == 0) continue;
            if (++depth == parents.Length)
            {
                Array.Resize(ref parents, 2 * depth);
                Array.Resize(ref next, 2 * depth);
            }
            parents[depth] = node;
            next[depth] = 0;
            if (node == body) bodyDepth = depth;
        }
    }

    private void Visit(HtmlNode element, bool inBody)
    {
        switch (element.Name)
        {
            case "meta":
                _metas.Add(element);
                break;
            case "script":
                if (Html.JsonLd.IsJsonLd(element)) _jsonLdScripts.Add(element);
                break;
            case "title":
                _title ??= element;
                break;
            case "base":
                if (BaseHref is null && element.GetAttribute("href") is { } href && !string.IsNullOrWhiteSpace(href)) BaseHref = href;
                break;
            case "link":
                if (MetadataText.ListsToken(element.GetAttribute("rel"), "canonical")) _canonicalLinks.Add(element);
                if (inBody && MetadataText.ListsToken(element.GetAttribute("rel"), "author")) _relAuthors.Add(element);
                break;
            case "a":
                if (inBody && MetadataText.ListsToken(element.GetAttribute("rel"), "author")) _relAuthors.Add(element);
                break;
            case "time":
                _times.Add(element);
                break;
            case "h1":
                _headings.Add(element);
                break;
            case "p":
                if (inBody) _paragraphs.Add(element);
                break;
            case "article":
                if (inBody) _articles.Add(element);
                break;
        }
        if (element.HasAttribute("itemprop")) _itemProps.Add(element);
        if (!inBody) return;
        if (_main is null && (element.Name == "main" || element.GetAttribute("role") == "main")) _main = element;
        if (element.Name is not ("script" or "style" or "img" or "meta" or "link") && IsBylineBox(element)) _bylineBoxes.Add(element);
    }

    private static bool IsBylineBox(HtmlNode element) => ClassOrIdMatches(element, BylineHint()) && !ClassOrIdMatches(element, NotBylineHint());

    /// <summary>
    /// Whether the element's class or id matches the pattern: what "{class} {id}" matching says, without making that
    /// string, for patterns that cannot match across the space between the two (no white space, no wildcards).
    /// </summary>
    public static bool ClassOrIdMatches(HtmlNode element, Regex pattern) =>
        element.ClassName is { } className && pattern.IsMatch(className) || element.Id is { } id && pattern.IsMatch(id);

    /// <summary>The main &lt;article&gt; (the first long enough to be a story), else &lt;main&gt;, else the body.</summary>
    private HtmlNode FindArticleRoot()
    {
        foreach (var article in _articles)
            if (TextLength(article, MinArticleChars) >= MinArticleChars) return article;
        return _main ?? Document.Body;
    }

    /// <summary>How much text a node holds, counting no further than <paramref name="enough"/>.</summary>
    private static int TextLength(HtmlNode node, int enough)
    {
        var length = 0;
        foreach (var text in node.Descendants())
        {
            if (!text.IsText || text.Parent?.Name is "script" or "style") continue;
            length += text.Text.AsSpan().Trim().Length;
            if (length >= enough) break;
        }
        return length;
    }

    private static HtmlNode? FirstNonBlank(List<HtmlNode> headings, HtmlNode within)
    {
        foreach (var heading in headings)
            if (heading != within && IsWithin(heading, within) && !IsBlank(heading)) return heading;
        return null;
    }

    private static bool IsBlank(HtmlNode node)
    {
        foreach (var text in node.Descendants())
            if (text.IsText && !string.IsNullOrWhiteSpace(text.Text)) return false;
        return true;
    }

    private static string? TitleText(HtmlNode? title)
    {
        var text = title?.TextContent;
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"byline|by-line|author|writer|contributor|\bbyl\b|reporter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex BylineHint();

    // Author blocks that are not the byline: biographies, avatars, photos, "more from this author" lists.
    [GeneratedRegex(@"bio\b|biography|avatar|image|photo|img|picture|thumb|more|related|social|follow|share|twitter|email|desc|about", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NotBylineHint();
}
