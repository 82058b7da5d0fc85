using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction;

public sealed class HtmlTextExtractorTests
{
    private static (BlockRole Role, BoilerplateKind Kind) LabelOf(HtmlTextExtractor.Result result, string blockText) =>
        result.Blocks.Where(b => result.Text.Substring(b.Span.Start, b.Span.Length) == blockText).Select(b => (b.Role, b.Kind)).Single();

    private static List<string> TextsOf(HtmlTextExtractor.Result result) =>
        result.Blocks.Select(b => result.Text.Substring(b.Span.Start, b.Span.Length)).ToList();

    /// <summary>Spans in bounds, ordered, non-overlapping, non-empty; the text is the blocks joined by blank lines.</summary>
    private static void AssertWellFormed(string text, IReadOnlyList<Block> blocks)
    {
        var previousEnd = 0;
        foreach (var block in blocks)
        {
            Assert.True(block.Span.IsWithin(text.Length), $"{block.Span} is outside a text of {text.Length}");
            Assert.True(block.Span.Start >= previousEnd, $"{block.Span} overlaps or precedes the block before it");
            Assert.False(block.Span.IsEmpty);
            previousEnd = block.Span.End;
        }
    }

    // ---- Roles from markup ----

    [Theory]
    [InlineData("h1")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    public void Headings_are_heading_blocks(string tag)
    {
        var result = HtmlTextExtractor.Extract($"<{tag}>Talks resume</{tag}><p>The two sides met on Monday.</p>");

        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Talks resume"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "The two sides met on Monday."));
    }

    [Fact]
    public void Figure_and_table_captions_are_caption_blocks()
    {
        var result = HtmlTextExtractor.Extract("""
            <figure><img src="a.jpg"><figcaption>Pickets at the terminal. (Photo: G. Holm)</figcaption></figure>
            <table><caption>Ships waiting, by day</caption><tr><td>43</td></tr></table>
            """);

        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Pickets at the terminal. (Photo: G. Holm)"));
        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Ships waiting, by day"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "43"));
    }

    [Theory]
    [InlineData("nav", BoilerplateKind.Other)]
    [InlineData("header", BoilerplateKind.Other)]
    [InlineData("footer", BoilerplateKind.Other)]
    [InlineData("form", BoilerplateKind.Other)]
    [InlineData("menu", BoilerplateKind.Other)]
    [InlineData("aside", BoilerplateKind.Teaser)]
    public void Page_furniture_is_kept_as_labelled_boilerplate(string tag, BoilerplateKind kind)
    {
        var result = HtmlTextExtractor.Extract($"""
            <p>The port reopened on Friday.</p>
            <{tag}><h3>Furniture heading</h3><p>Furniture paragraph</p><div>Loose <a href="/">link</a> text</div></{tag}>
            """);

        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Furniture heading"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Furniture paragraph"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Loose link text"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "The port reopened on Friday."));
    }

    [Fact]
    public void A_header_inside_the_article_holds_its_headline_not_navigation()
    {
        var result = HtmlTextExtractor.Extract("""
            <header><a href="/">Meridian Daily</a></header>
            <article>
              <header><h1>Minister calls in conciliator</h1><p class="byline">By Oskar Veltman</p><p>Standfirst text</p></header>
              <p>The minister acted on Wednesday.</p>
            </article>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Meridian Daily"));
        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Minister calls in conciliator"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Byline), LabelOf(result, "By Oskar Veltman"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "Standfirst text"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "The minister acted on Wednesday."));
    }

    [Theory]
    [InlineData("class=\"share-bar\"", BoilerplateKind.Share)]
    [InlineData("class=\"Social-Links\"", BoilerplateKind.Share)]
    [InlineData("id=\"social\"", BoilerplateKind.Share)]
    [InlineData("class=\"newsletter-box\"", BoilerplateKind.Promo)]
    [InlineData("class=\"subscribe\"", BoilerplateKind.Promo)]
    [InlineData("class=\"sponsored\"", BoilerplateKind.Promo)]
    [InlineData("class=\"paywall\"", BoilerplateKind.Paywall)]
    [InlineData("class=\"related-links\"", BoilerplateKind.Teaser)]
    [InlineData("class=\"read-more\"", BoilerplateKind.Teaser)]
    [InlineData("class=\"byline\"", BoilerplateKind.Byline)]
    [InlineData("class=\"author-name\"", BoilerplateKind.Byline)]
    [InlineData("class=\"comments\"", BoilerplateKind.Other)]
    [InlineData("role=\"navigation\"", BoilerplateKind.Other)]
    [InlineData("class=\"cookie-banner\"", BoilerplateKind.Other)]
    public void Class_id_and_role_hints_name_the_kind_of_boilerplate(string attribute, BoilerplateKind kind)
    {
        var result = HtmlTextExtractor.Extract($"""
            <p>The port reopened on Friday.</p>
            <div {attribute}><p>Hinted paragraph</p><span>Inline text</span></div>
            <p class="article-body">Trade resumed at once.</p>
            """);

        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Hinted paragraph"));
        Assert.Equal((BlockRole.Boilerplate, kind), LabelOf(result, "Inline text"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "The port reopened on Friday."));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "Trade resumed at once."));
    }

    [Fact]
    public void The_outermost_boilerplate_hint_wins()
    {
        var result = HtmlTextExtractor.Extract("""
            <aside class="related"><div class="newsletter"><p>Get our briefing.</p></div></aside>
            <div class="share"><p class="byline">By Ann Lee</p></div>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Get our briefing."));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Share), LabelOf(result, "By Ann Lee"));
    }

    [Fact]
    public void Boilerplate_headings_and_captions_stay_boilerplate()
    {
        var result = HtmlTextExtractor.Extract("""
            <aside><h3>Related</h3><figure><figcaption>Teaser photo</figcaption></figure></aside>
            <p>Body.</p>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Related"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Teaser photo"));
    }

    // ---- The marked article ----

    [Fact]
    public void With_an_article_element_text_outside_it_is_boilerplate_and_text_inside_is_body()
    {
        var result = HtmlTextExtractor.Extract("""
            <div class="top">Site tagline outside</div>
            <p>A paragraph outside</p>
            <h2>Most read</h2>
            <figure><figcaption>A caption outside</figcaption></figure>
            <article>
              <h1>Inside heading</h1>
              <p>Inside paragraph one.</p>
              <div>Inside loose text</div>
              <figure><figcaption>Inside caption</figcaption></figure>
            </article>
            <div>Trailing text outside</div>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Site tagline outside"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "A paragraph outside"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Most read"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "A caption outside"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Trailing text outside"));
        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Inside heading"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "Inside paragraph one."));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "Inside loose text"));
        Assert.Equal((BlockRole.Caption, BoilerplateKind.None), LabelOf(result, "Inside caption"));
    }

    [Fact]
    public void Furniture_outside_the_article_keeps_its_own_kind()
    {
        var result = HtmlTextExtractor.Extract("""
            <article><p>Inside.</p></article>
            <aside><p>Side teaser</p></aside>
            <div class="social"><p>Share it</p></div>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), LabelOf(result, "Side teaser"));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Share), LabelOf(result, "Share it"));
    }

    [Fact]
    public void A_main_element_marks_the_article_when_there_is_no_article_element()
    {
        var result = HtmlTextExtractor.Extract("""
            <div>Outside main</div>
            <div role="main"><p>Inside main.</p></div>
            """);

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Outside main"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), LabelOf(result, "Inside main."));
    }

    [Fact]
    public void Without_a_marked_article_unhinted_text_is_body()
    {
        var result = HtmlTextExtractor.Extract("<div>First.</div><p>Second.</p>");

        Assert.All(result.Blocks, b => Assert.Equal(BlockRole.Body, b.Role));
        Assert.Equal(["First.", "Second."], TextsOf(result));
    }

    // ---- Text ----

    [Fact]
    public void Scripts_styles_and_other_non_text_never_reach_the_text()
    {
        var result = HtmlTextExtractor.Extract("""
            <html><head><title>T</title><style>p { color: red }</style><script>var inHead = 1;</script></head>
            <body>
              <p>Before <script>document.write("SCRIPT")</script>after.</p>
              <style>.x { content: "STYLE" }</style>
              <noscript>NOSCRIPT please enable JavaScript</noscript>
              <template><p>TEMPLATE</p></template>
              <p hidden>HIDDEN</p>
              <p>Visible <span hidden>HIDDENSPAN</span>text.</p>
              <svg><text>SVG</text></svg>
              <button>BUTTON</button>
              <!-- COMMENT -->
            </body></html>
            """);

        foreach (var word in (string[])["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HIDDEN", "SVG", "BUTTON", "COMMENT", "inHead", "color"])
            Assert.DoesNotContain(word, result.Text);
        Assert.Equal(["Before after.", "Visible text."], TextsOf(result));
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var result = HtmlTextExtractor.Extract("<p>Fish &amp; chips &#x26; peas &#38; more &lt;b&gt; caf&eacute; &mdash; &#8220;ok&#8221; 5&nbsp;km</p>");

        Assert.Equal("Fish & chips & peas & more <b> café — “ok” 5 km", result.Text);
    }

    [Fact]
    public void White_space_is_collapsed_and_trimmed_inside_a_block()
    {
        var result = HtmlTextExtractor.Extract("<p>\n   The  <b>port</b>\t\treopened<br>on\r\n<em>Friday</em>.   </p>");

        Assert.Equal("The port reopened on Friday.", result.Text);
    }

    [Fact]
    public void Blocks_are_joined_by_blank_lines_and_empty_blocks_are_dropped()
    {
        var result = HtmlTextExtractor.Extract("<p>One.</p><p>   </p><div><p>Two.</p>Loose three.</div><ul><li>Four</li><li></li></ul>");

        Assert.Equal("One.\n\nTwo.\n\nLoose three.\n\nFour", result.Text);
        Assert.Equal(["One.", "Two.", "Loose three.", "Four"], TextsOf(result));
    }

    // ---- Metadata ----

    [Fact]
    public void Og_title_is_preferred_to_the_title_element()
    {
        var result = HtmlTextExtractor.Extract("""
            <head><title>Page title | Meridian Daily</title><meta property="og:title" content=" Open  Graph title "></head>
            <body><h1>Heading title</h1></body>
            """);

        Assert.Equal("Open Graph title", result.Metadata.Title);
    }

    [Theory]
    [InlineData("Talks resume | Meridian Daily", "Meridian Daily", "Talks resume", "Meridian Daily")]
    [InlineData("Talks resume - meridian daily", "Meridian Daily", "Talks resume", "Meridian Daily")]
    [InlineData("Talks resume — Meridian Daily", "Meridian Daily", "Talks resume", "Meridian Daily")]
    [InlineData("Talks resume | Other Site", "Meridian Daily", "Talks resume | Other Site", "Meridian Daily")]
    [InlineData("Talks resume | Harbor Ledger", null, "Talks resume", "Harbor Ledger")] // without a declared outlet, the cut-off name is it
    [InlineData("Talks resume", "Meridian Daily", "Talks resume", "Meridian Daily")]
    [InlineData("Q&A: port strike, day three - what we know | Meridian Daily", "Meridian Daily", "Q&A: port strike, day three - what we know", "Meridian Daily")]
    public void The_title_element_loses_a_site_name_suffix(string title, string? siteName, string expected, string expectedOutlet)
    {
        var site = siteName is null ? "" : $"<meta property=\"og:site_name\" content=\"{siteName}\">";
        var result = HtmlTextExtractor.Extract($"<head><title>{title.Replace("&", "&amp;")}</title>{site}</head><body><p>x</p></body>");

        Assert.Equal(expected, result.Metadata.Title);
        Assert.Equal(expectedOutlet, result.Metadata.Outlet);
    }

    [Fact]
    public void The_first_h1_is_the_title_when_there_is_no_other()
    {
        var result = HtmlTextExtractor.Extract("<body><h1>  Port   strike ends </h1><p>Body.</p></body>");

        Assert.Equal("Port strike ends", result.Metadata.Title);
    }

    [Fact]
    public void Reads_outlet_published_and_url_from_meta_and_link()
    {
        var result = HtmlTextExtractor.Extract("""
            <head>
              <meta property="og:site_name" content="Meridian Daily">
              <meta property="article:published_time" content="2026-06-10T17:25:00+02:00">
              <link rel="canonical" href="https://www.meridiandaily.example/business/strike">
              <meta property="og:url" content="https://m.meridiandaily.example/strike">
            </head>
            <body><p>x</p><time datetime="2020-01-01">Old</time></body>
            """);

        Assert.Equal("Meridian Daily", result.Metadata.Outlet);
        Assert.Equal("https://www.meridiandaily.example/business/strike", result.Metadata.Url);
        var published = Assert.IsType<DateTimeOffset>(result.Metadata.Published);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 17, 25, 0, TimeSpan.FromHours(2)), published);
        Assert.Equal(TimeSpan.FromHours(2), published.Offset);
    }

    [Fact]
    public void Falls_back_to_time_datetime_og_url_and_application_name()
    {
        var result = HtmlTextExtractor.Extract("""
            <head>
              <meta name="application-name" content="Harbor Ledger">
              <meta property="og:url" content="https://harborledger.example/strike">
            </head>
            <body><p>Posted <time datetime="2026-06-09T08:00:00-05:00">yesterday</time>.</p></body>
            """);

        Assert.Equal("Harbor Ledger", result.Metadata.Outlet);
        Assert.Equal("https://harborledger.example/strike", result.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 6, 9, 8, 0, 0, TimeSpan.FromHours(-5)), result.Metadata.Published);
        Assert.Equal(TimeSpan.FromHours(-5), result.Metadata.Published!.Value.Offset);
    }

    [Fact]
    public void Missing_or_unparsable_metadata_is_null()
    {
        var result = HtmlTextExtractor.Extract("""
            <head><meta property="article:published_time" content="soon"><meta property="og:title" content="  "></head>
            <body><p>x</p></body>
            """);

        Assert.Equal(new ArticleMetadata(), result.Metadata);
    }

    [Fact]
    public void The_source_metadata_wins_over_the_page_in_the_article()
    {
        const string html = """
            <head><meta property="og:title" content="Page title"><meta property="og:site_name" content="Page Outlet">
            <link rel="canonical" href="https://page.example/a"></head>
            <body><p>The port reopened on Friday.</p></body>
            """;
        var given = new ArticleMetadata { Title = "Given title", Published = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

        var article = new ArticleExtractor(new IngestOptions())
            .Extract(new SourceDocument("feed.json#2", SourceFormat.Html, html, given, []));

        Assert.Equal("Given title", article.Metadata.Title);
        Assert.Equal("Page Outlet", article.Metadata.Outlet);
        Assert.Equal("https://page.example/a", article.Metadata.Url);
        Assert.Equal(given.Published, article.Metadata.Published);
        Assert.Equal("feed.json#2", article.Origin);
        Assert.Equal("The port reopened on Friday.", article.Text);
    }

    // ---- Through ArticleExtractor ----

    [Fact]
    public void Long_html_text_is_cut_with_a_warning_and_no_block_outlives_the_cut()
    {
        var html = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p>Paragraph number {i} of the story.</p>"));
        var extractor = new ArticleExtractor(new IngestOptions { MaxTextChars = 100 });

        var article = extractor.Extract(new SourceDocument("long.html", SourceFormat.Html, html, new ArticleMetadata(), []));

        Assert.Equal(100, article.Text.Length);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.TextTruncated && d.Source == "long.html");
        Assert.NotEmpty(article.Blocks);
        AssertWellFormed(article.Text, article.Blocks);
    }

    [Fact]
    public void Carries_the_diagnostics_of_the_source()
    {
        var warning = new Diagnostic(DiagnosticCodes.InvalidUtf8, "ingest", Severity.Warning, "read as Windows-1252", "a.html");

        var article = new ArticleExtractor(new IngestOptions())
            .Extract(new SourceDocument("a.html", SourceFormat.Html, "<p>x</p>", new ArticleMetadata(), [warning]));

        Assert.Equal([warning], article.Diagnostics);
    }

    // ---- Bad input ----

    [Theory]
    [InlineData("<p>unclosed <b>bold")]
    [InlineData("<<<>>>")]
    [InlineData("</p></div>")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<!--")]
    [InlineData("<p>a</p><!-- never closed <p>b</p>")]
    [InlineData("<article><article><p>nested</p></article>")]
    [InlineData("<table><p>misnested<td>cell</table></p>")]
    [InlineData("<html><html><body><body><p>twice</p>")]
    [InlineData("<frameset><frame src=a></frameset>")]
    [InlineData("<script>never closed")]
    [InlineData("<p title=\"unterminated>text")]
    [InlineData("&#xD800; &#0; &#99999999; &bogus; &")]
    [InlineData("<p>\u0000\u0001\uFFFE\u0085</p>")]
    [InlineData("<meta property=\"article:published_time\" content=\"9999-99-99\"><time datetime=\"\">x</time>")]
    public void Malformed_html_never_throws_and_gives_well_formed_blocks(string html)
    {
        var result = HtmlTextExtractor.Extract(html);
        AssertWellFormed(result.Text, result.Blocks);

        var article = TestArticles.FromHtml(html);
        AssertWellFormed(article.Text, article.Blocks);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCodes.StageFailed);
    }

    [Fact]
    public void Malformed_html_keeps_its_text()
    {
        Assert.Equal("unclosed bold", HtmlTextExtractor.Extract("<p>unclosed <b>bold").Text);
        Assert.Equal("<<<>>>", HtmlTextExtractor.Extract("<<<>>>").Text);
        Assert.Equal("", HtmlTextExtractor.Extract("</p></div>").Text);
        Assert.Empty(HtmlTextExtractor.Extract("").Blocks);
    }

    [Fact]
    public void Each_block_is_its_span_of_the_text_with_spans_ordered_and_apart()
    {
        var result = HtmlTextExtractor.Extract("""
            <header><nav><a>Home</a> <a>News</a></nav></header>
            <article><h1>Title</h1><p>One <b>two</b> three.</p><figure><figcaption>Cap</figcaption></figure>
            <ul><li>Item a</li><li>Item b</li></ul><blockquote>Quote</blockquote></article>
            <footer>Foot</footer>
            """);

        AssertWellFormed(result.Text, result.Blocks);
        Assert.Equal(["Home News", "Title", "One two three.", "Cap", "Item a", "Item b", "Quote", "Foot"], TextsOf(result));
        Assert.Equal(string.Join("\n\n", TextsOf(result)), result.Text);
    }

    // ---- Randomized ----

    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<h2>", "</h2>", "<article>", "</article>", "<nav>", "</nav>", "&amp;", "&#x26;", "<script>", "</script>",
        "text", " ", "\n", "<figcaption>", "</figcaption>", "<!--", "-->", "<aside class=\"related\">", "</aside>",
        "The mayor said.", "<b>", "<br>", "<main>", "<header>", "&", "<", ">", "\"", "<div class=\"share\">", "</div>",
    ];

    private static Arbitrary<string> Htmlish =>
        Arb.From(Gen.Frequency(
            (3, Gen.ListOf(Gen.Elements(HtmlPieces)).Select(parts => string.Concat(parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? ""))));

    [Fact]
    public void Never_throws_keeps_spans_in_bounds_and_never_fails_a_stage_on_any_input()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Htmlish, html =>
        {
            var article = TestArticles.FromHtml(html);
            AssertWellFormed(article.Text, article.Blocks);
            Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCodes.StageFailed);
            foreach (var sentence in article.Sentences)
                Assert.True(article.Blocks[sentence.BlockIndex].Span.Contains(sentence.Span));
            foreach (var block in article.Blocks)
            {
                var text = article.TextOf(block.Span);
                Assert.Equal(text.Trim(), text);
                Assert.DoesNotContain("  ", text);
            }
        }));
    }
}
