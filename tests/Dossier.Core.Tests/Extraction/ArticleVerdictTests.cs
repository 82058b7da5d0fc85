using Dossier.Core.Extraction;
using static Dossier.Core.Tests.Extraction.TestPages;

namespace Dossier.Core.Tests.Extraction;

/// <summary>Pages that are not articles are recognised, and articles are not mistaken for them.</summary>
public sealed class ArticleVerdictTests
{
    [Fact]
    public void An_article_is_an_article()
    {
        var result = HtmlTextExtractor.Extract($"<body><nav><a href=\"/\">Home</a></nav><article><h1>Dock strike</h1>{Paragraphs()}</article></body>");

        Assert.Null(result.NotAnArticle);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<body></body>")]
    [InlineData("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav><footer>© Harbor Ledger</footer>")]
    public void An_empty_page_or_one_of_only_navigation_is_not_an_article(string html)
    {
        Assert.NotNull(HtmlTextExtractor.Extract(html).NotAnArticle);
    }

    [Fact]
    public void A_near_empty_page_is_not_an_article()
    {
        var result = HtmlTextExtractor.Extract("<body><h1>Page moved</h1><p>This page has moved.</p></body>");

        Assert.Contains("too little for an article", result.NotAnArticle);
    }

    [Fact]
    public void A_page_of_links_is_not_an_article()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/archive/{i}\">Archive of the week number {i} of the year</a></li>"));
        var result = HtmlTextExtractor.Extract($"<body><main><h1>Archive</h1><ul>{links}</ul></main></body>");

        Assert.NotNull(result.NotAnArticle);
    }

    [Fact]
    public void An_index_of_linked_headlines_and_summaries_is_not_an_article()
    {
        var cards = string.Concat(Enumerable.Range(1, 10).Select(i => $"""
            <div class="card"><h2><a href="/story/{i}">Headline of story number {i} on the index</a></h2>
            <p>A two-line summary of story number {i}, written to make the reader click through to the whole story.</p></div>
            """));
        var result = HtmlTextExtractor.Extract($"<body><main><h1>Latest news</h1>{cards}</main></body>");

        Assert.Contains("index page", result.NotAnArticle);
    }

    [Fact]
    public void An_article_with_related_headlines_under_it_is_still_an_article()
    {
        var related = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<h3><a href=\"/story/{i}\">Related headline number {i}</a></h3><p>Short summary {i}.</p>"));
        var result = HtmlTextExtractor.Extract($"<body><article><h1>Dock strike</h1>{Paragraphs()}{Paragraphs()}{related}</article></body>");

        Assert.Null(result.NotAnArticle);
    }
}
