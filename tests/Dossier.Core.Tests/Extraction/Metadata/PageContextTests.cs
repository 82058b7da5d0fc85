using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;
using Dossier.Core.Tests.Html;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction.Metadata;

/// <summary>
/// The page context finds everything in one walk of the page, for speed; these tests hold it to the plain
/// definitions it replaces (each a LINQ query over <see cref="HtmlNode.Descendants"/>), on generated markup and on
/// the real pages.
/// </summary>
public sealed class PageContextTests
{
    private const string Zyte = "data/extraction/zyte/html";
    private const string Readability = "data/extraction/readability-pages/test/test-pages";

    // Markup in which the collected kinds of element turn up, in the places and spellings that make the definitions subtle.
    private static readonly Gen<string> Piece = Gen.Elements(
        "<meta name=\"author\" content=\"Jane Doe\">", "<meta property=\"og:title twitter:title\" content=\"T\">", "<meta content=\"x\">",
        "<link rel=\"Canonical\" href=\"https://example.org/a\">", "<link rel=\"alternate canonical\" href=\"/b\">", "<link rel=\"canonicals\">",
        "<a rel=\"author noopener\" href=\"/by/jane\">Jane</a>", "<a rel=\"AUTHOR\">", "<link rel=\"author\" href=\"/me\">", "<a rel=\"authors\">",
        "<base href=\" \">", "<base href=\"https://example.org/\">", "<title>", "</title>", "<svg><title>Icon</title></svg>", "Words ",
        "<span itemprop=\"author\">", "<span itemprop=\"name headline\">", "</span>", "<time datetime=\"2025-06-09\">", "</time>",
        "<h1>", "<h1> </h1>", "</h1>", "<p>", "</p>", "<article>", "</article>", "<main>", "</main>", "<div role=\"main\">", "</div>",
        "<div class=\"byline\">", "<div class=\"author-bio\">", "<div id=\"writer\" class=\"meta\">", "<span class=\"by-line photo\">",
        "<img class=\"author\">", "<div id=\"byl\">", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
        "<nav>", "</nav>", "<body>", "<head>", "</head>", "\n", new string('x', 450));

    private static readonly Arbitrary<string> Pages = Arb.From(Gen.ListOf(Piece).Select(parts => string.Concat(parts)));

    [Fact]
    public void Collects_what_the_plain_definitions_find_on_generated_markup()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Pages, html =>
        {
            var document = HtmlDocument.Parse(html);
            AssertMatchesDefinitions(document);
        }));
    }

    [SharedDataFact(Zyte)]
    public void Collects_what_the_plain_definitions_find_on_real_pages()
    {
        var readability = Directory.Exists(SharedData.PathOf(Readability))
            ? Directory.GetDirectories(SharedData.PathOf(Readability)).Select(d => Path.Combine(d, "source.html")).Where(File.Exists)
            : [];
        foreach (var file in Directory.GetFiles(SharedData.PathOf(Zyte), "*.html.gz").Concat(readability))
            AssertMatchesDefinitions(HtmlDocument.Parse(DifferentialTests.Read(file)));
    }

    private static void AssertMatchesDefinitions(HtmlDocument document)
    {
        var page = new PageContext(document);
        var all = document.Root.Descendants().Where(n => n.IsElement).ToList();
        var inBody = document.Body.Descendants().Where(n => n.IsElement).ToList();

        Assert.Equal(document.Title, page.Title);
        Assert.Equal(all.Where(n => n.HasAttribute("itemprop")), page.ItemProps);
        Assert.Equal(all.Where(n => n.Name == "link" && RelHas(n, "canonical")), page.CanonicalLinks);
        Assert.Equal(inBody.Where(n => n.Name is "a" or "link" && RelHas(n, "author")), page.RelAuthors);
        Assert.Equal(all.Where(n => n.Name == "time"), page.Times);
        Assert.Equal(inBody.Where(n => n.Name == "p"), page.Paragraphs);
        Assert.Equal(all.Where(n => n.Name == "base").Select(b => b.GetAttribute("href")).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h)), page.BaseHref);
        Assert.Equal(inBody.Where(IsBylineBox), page.BylineBoxes);

        // The story's element: the first <article> with 400 characters of text, else <main>, else the body.
        var articleRoot = inBody.FirstOrDefault(n => n.Name == "article" && TrimmedTextLength(n) >= 400)
            ?? inBody.FirstOrDefault(n => n.Name == "main" || n.GetAttribute("role") == "main")
            ?? document.Body;
        Assert.Same(articleRoot, page.ArticleRoot);
        var headline = articleRoot.Elements("h1").FirstOrDefault(h => !string.IsNullOrWhiteSpace(h.TextContent))
            ?? document.Body.Elements("h1").FirstOrDefault(h => !string.IsNullOrWhiteSpace(h.TextContent));
        Assert.Same(headline, page.Headline);
    }

    private static bool RelHas(HtmlNode node, string value) =>
        node.GetAttribute("rel")?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains(value, StringComparer.OrdinalIgnoreCase) ?? false;

    private static bool IsBylineBox(HtmlNode node)
    {
        if (node.Name is "script" or "style" or "img" or "meta" or "link" || (node.ClassName is null && node.Id is null)) return false;
        var hints = $"{node.ClassName} {node.Id}";
        return PageContext.BylineHint().IsMatch(hints) && !PageContext.NotBylineHint().IsMatch(hints);
    }

    private static int TrimmedTextLength(HtmlNode node) =>
        node.Descendants().Where(t => t.IsText && t.Parent?.Name is not ("script" or "style")).Sum(t => t.Text.Trim().Length);

    [Theory]
    [InlineData("noopener author", "author", true)]
    [InlineData("AUTHOR", "author", true)]
    [InlineData("  author\t", "author", true)]
    [InlineData("me\u00A0author", "author", true)]
    [InlineData("authors", "author", false)]
    [InlineData("co-author", "author", false)]
    [InlineData("", "author", false)]
    [InlineData(null, "author", false)]
    public void A_token_list_is_split_on_white_space_and_compared_ignoring_case(string? list, string token, bool expected) =>
        Assert.Equal(expected, MetadataText.ListsToken(list, token));

    [Fact]
    public void Clean_returns_clean_text_as_it_is_and_cleans_the_rest()
    {
        var pieces = Gen.Elements("a", "Q", "é", "の", " ", "  ", "\t", "\n", "\u00A0", "\u200B", "\uFEFF", "\u0001", "\u007F", "\u0085", "&", ";", "&amp;", "x");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(Gen.ListOf(pieces).Select(p => string.Concat(p))), text =>
            Assert.Equal(Reference(text), MetadataText.Clean(text))));

        // What Clean promises, written plainly: references decoded, white space (and zero-width spaces) collapsed and
        // trimmed, other control characters dropped.
        static string? Reference(string text)
        {
            if (text.Contains('&') && text.Contains(';')) text = System.Net.WebUtility.HtmlDecode(text);
            var kept = new string(text.Where(c => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' || !char.IsControl(c))
                .Select(c => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' ? ' ' : c).ToArray());
            var words = kept.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length == 0 ? null : string.Join(' ', words);
        }
    }
}
