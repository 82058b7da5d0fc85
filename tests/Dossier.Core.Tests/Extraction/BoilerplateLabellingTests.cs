using Dossier.Core.Extraction;
using Dossier.Core.Model;
using static Dossier.Core.Tests.Extraction.TestPages;

namespace Dossier.Core.Tests.Extraction;

/// <summary>Roles inside the article (headings, captions, furniture by kind) and outside it; nothing is dropped.</summary>
public sealed class BoilerplateLabellingTests
{
    private static HtmlTextExtractor.Result InArticle(string inner) =>
        HtmlTextExtractor.Extract($"<body><nav><a href=\"/\">Home</a></nav><article>{Paragraphs(2)}{inner}{Paragraphs()}</article></body>");

    [Theory]
    [InlineData("class=\"comments\"", BoilerplateKind.Comments)]
    [InlineData("id=\"disqus_thread\"", BoilerplateKind.Comments)]
    [InlineData("class=\"share-bar\"", BoilerplateKind.Share)]
    [InlineData("class=\"Social-Links\"", BoilerplateKind.Share)]
    [InlineData("class=\"sharebuttons\"", BoilerplateKind.Share)]
    [InlineData("class=\"newsletter-signup\"", BoilerplateKind.Newsletter)]
    [InlineData("class=\"subscribe-box\"", BoilerplateKind.Newsletter)]
    [InlineData("id=\"cookie-notice\"", BoilerplateKind.Cookie)]
    [InlineData("class=\"consent-banner\"", BoilerplateKind.Cookie)]
    [InlineData("class=\"ad-slot\"", BoilerplateKind.Advert)]
    [InlineData("class=\"advertisement\"", BoilerplateKind.Advert)]
    [InlineData("class=\"sponsored\"", BoilerplateKind.Advert)]
    [InlineData("class=\"promo\"", BoilerplateKind.Promo)]
    [InlineData("class=\"related-links\"", BoilerplateKind.Teaser)]
    [InlineData("class=\"recommendedStories\"", BoilerplateKind.Teaser)]
    [InlineData("class=\"byline\"", BoilerplateKind.Byline)]
    [InlineData("class=\"author-name\"", BoilerplateKind.Byline)]
    [InlineData("class=\"breadcrumbs\"", BoilerplateKind.Navigation)]
    [InlineData("role=\"navigation\"", BoilerplateKind.Navigation)]
    [InlineData("class=\"tags\"", BoilerplateKind.Other)]
    public void Furniture_inside_the_article_is_labelled_by_kind(string attribute, BoilerplateKind kind)
    {
        var result = InArticle($"<div {attribute}><p>Hinted paragraph</p><span>Inline text</span></div>");

        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Hinted paragraph"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Inline text"));
        Assert.Equal(Story.Take(2).Concat(Story), BodyOf(result));
    }

    [Fact]
    public void A_cookie_prompt_is_known_by_its_words_whatever_its_markup()
    {
        const string prompt = "This website uses cookies to improve your experience. By continuing you accept our use of cookies.";
        var result = InArticle($"<div class=\"x\"><p>{prompt}</p></div>");

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Cookie), LabelOf(result, prompt));
    }

    [Theory]
    [InlineData("has-sidebar")]
    [InlineData("no-comments")]
    [InlineData("comments-open")]
    [InlineData("post tag-review category-news")]
    public void Class_words_that_describe_a_wrapper_do_not_make_the_article_furniture(string className)
    {
        var result = HtmlTextExtractor.Extract($"<body><div class=\"{className}\"><article>{Paragraphs()}</article></div><footer>Contact us</footer></body>");

        Assert.Equal(Story, BodyOf(result));
    }

    [Fact]
    public void An_embedded_post_is_part_of_the_article_not_a_share_bar()
    {
        const string tweet = "The strike is on, and we will not move until the board talks to us, a union official wrote.";
        var result = InArticle($"<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>{tweet}</p></blockquote></div>");

        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, tweet));
    }

    [Fact]
    public void A_run_of_links_in_the_article_is_teasers_and_a_single_citation_stays_body()
    {
        var result = InArticle("""
            <p>The figures come from <a href="/report">the harbour board's annual report on traffic and waiting times</a>.</p>
            <p>Freight rates on the route have risen by a third since the first ships began to queue outside the harbour.</p>
            <p><a href="/a">Strike talks collapse after four hours</a></p>
            <p><a href="/b">What the new cranes mean for the docks</a></p>
            """);

        Assert.Equal((BlockRole.Body, BoilerplateKind.None),
            LabelOf(result, "The figures come from the harbour board's annual report on traffic and waiting times."));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Strike talks collapse after four hours"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "What the new cranes mean for the docks"));
    }

    [Fact]
    public void A_bare_address_in_the_article_stays_body()
    {
        var result = InArticle("<p><a href=\"https://harbour.example/notice\">https://harbour.example/notice</a></p>");

        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "https://harbour.example/notice"));
    }

    [Fact]
    public void Link_lists_trailing_the_article_are_navigation()
    {
        var result = HtmlTextExtractor.Extract($"""
            <body><article>{Paragraphs()}<ul><li><a href="/a">Ferries</a></li><li><a href="/b">Weather</a></li></ul></article></body>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Navigation), LabelOf(result, "Ferries"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Navigation), LabelOf(result, "Weather"));
    }

    [Fact]
    public void A_ticker_of_linked_headlines_above_the_article_is_teasers()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<li><a href=\"/n/{i}\">Other story number {i}</a> A summary of the other story, which is long enough to be read as a sentence.</li>"));
        var result = HtmlTextExtractor.Extract($"""
            <head><meta property="og:title" content="Dock workers strike"></head>
            <body><main><ul class="ticker">{items}</ul><h1>Dock workers strike</h1>{Paragraphs()}</main></body>
            """);

        Assert.Equal(BoilerplateKind.Teaser, LabelOf(result, "Other story number 3 A summary of the other story, which is long enough to be read as a sentence.").Kind);
        Assert.Equal(Story, BodyOf(result));
    }

    [Fact]
    public void Teaser_cards_that_end_the_article_container_are_teasers()
    {
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"item\"><div class=\"title\"><a href=\"/d/{i}\">Other story {i}</a></div><div class=\"x\">A short summary of other story {i}, in one sentence.</div></div>"));
        var result = HtmlTextExtractor.Extract($"<body><div class=\"page\">{Paragraphs()}{Paragraphs()}<h2>Most popular</h2>{cards}</div></body>");

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Most popular"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "A short summary of other story 2, in one sentence."));
        Assert.Equal(Story.Concat(Story), BodyOf(result));
    }

    [Fact]
    public void Linked_headlines_between_the_article_paragraphs_do_not_make_it_teasers()
    {
        var injected = string.Concat(Story.Select((p, i) => $"<h3><a href=\"/n/{i}\">Elsewhere: story {i}</a></h3><p>{p}</p>"));
        var result = HtmlTextExtractor.Extract($"<body><article>{injected}</article></body>");

        Assert.Equal(Story, BodyOf(result));
    }

    [Fact]
    public void Headings_and_captions_inside_the_article_keep_their_roles()
    {
        var result = InArticle("""
            <h2>Why the talks failed</h2>
            <figure><img src="a.jpg"><figcaption>Pickets at the terminal gate.</figcaption></figure>
            <div class="image-caption">Ships at anchor in the bay.</div>
            <table><caption>Ships waiting, by day</caption><tr><td>43</td></tr></table>
            """);

        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Why the talks failed"));
        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Pickets at the terminal gate."));
        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Ships at anchor in the bay."));
        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Ships waiting, by day"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "43"));
    }

    [Fact]
    public void The_headline_above_the_article_container_is_a_heading()
    {
        var result = HtmlTextExtractor.Extract($"""
            <head><meta property="og:title" content="Dock workers strike | Harbor Ledger"></head>
            <body><header><h1>Dock workers strike</h1></header><div class="entry-content">{Paragraphs()}</div></body>
            """);

        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Dock workers strike"));
    }

    [Theory]
    [InlineData("nav", BoilerplateKind.Navigation)]
    [InlineData("menu", BoilerplateKind.Navigation)]
    [InlineData("footer", BoilerplateKind.Other)]
    [InlineData("form", BoilerplateKind.Other)]
    [InlineData("aside", BoilerplateKind.Teaser)]
    public void Page_furniture_outside_the_article_is_kept_with_its_kind(string tag, BoilerplateKind kind)
    {
        var result = HtmlTextExtractor.Extract($"""
            <body><article>{Paragraphs()}</article>
            <{tag}><h3>Furniture heading</h3><p>Furniture paragraph</p><div>Loose <a href="/">link</a> text</div></{tag}></body>
            """);

        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Furniture heading"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Furniture paragraph"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Loose link text"));
        Assert.Equal(Story, BodyOf(result));
    }

    [Fact]
    public void Text_outside_the_article_is_boilerplate_and_nothing_is_dropped()
    {
        var result = HtmlTextExtractor.Extract($"""
            <body><div class="top">Site tagline outside</div><h2>Most read</h2>
            <article>{Paragraphs()}</article><div>Trailing text outside</div></body>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Site tagline outside"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Most read"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Trailing text outside"));
        Assert.Equal(["Site tagline outside", "Most read", .. Story, "Trailing text outside"], TextsOf(result));
    }
}
