using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;
using static Dossier.Core.Tests.Extraction.TestPages;

namespace Dossier.Core.Tests.Extraction;

/// <summary>The page's text and blocks, its metadata, the path through ArticleExtractor, and robustness.</summary>
public sealed class HtmlTextExtractorTests
{
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
              <p>Visible <span hidden>HIDDENSPAN</span><span class="sr-only">SRONLY</span>text.</p>
              <svg><text>SVG</text></svg>
              <button>BUTTON</button>
              <!-- COMMENT -->
            </body></html>
            """);

        foreach (var word in (string[])["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HIDDENSPAN", "SRONLY", "SVG", "BUTTON", "COMMENT", "inHead", "color"])
            Assert.DoesNotContain(word, result.Text);
        Assert.Equal(["Before after.", "Visible text."], TextsOf(result));
    }

    [Theory]
    [InlineData("<div hidden>Collapsed panel text</div>")]
    [InlineData("<div style=\"display: none\">Collapsed panel text</div>")]
    [InlineData("<div style=\"color:red;visibility:hidden\">Collapsed panel text</div>")]
    [InlineData("<div class=\"promo visually-hidden\">Collapsed panel text</div>")]
    public void Hidden_blocks_are_kept_as_boilerplate_never_body(string hidden)
    {
        var result = HtmlTextExtractor.Extract($"<article>{Paragraphs(2)}{hidden}{Paragraphs()}</article>");

        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, "Collapsed panel text"));
    }

    [Fact]
    public void Utility_classes_that_only_look_hidden_keep_their_text()
    {
        var result = HtmlTextExtractor.Extract($"<article><div class=\"overflow-hidden hidden-xs\">{Paragraphs()}</div></article>");

        Assert.Equal(Story, BodyOf(result));
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var result = HtmlTextExtractor.Extract("<p>Fish &amp; chips &#x26; peas &#38; more &lt;b&gt; caf&eacute; &mdash; &#8220;ok&#8221; 5&nbsp;km</p>");

        Assert.Equal("Fish & chips & peas & more <b> café — “ok” 5 km", result.Text);
    }

    [Fact]
    public void White_space_is_collapsed_and_a_line_break_is_kept_as_one()
    {
        var result = HtmlTextExtractor.Extract("<p>\n   The  <b>port</b>\t\treopened<br>on\r\n<em>Friday</em>.   </p>");

        Assert.Equal("The port reopened\non Friday.", result.Text);
    }

    [Fact]
    public void Two_line_breaks_in_a_row_end_a_paragraph()
    {
        var result = HtmlTextExtractor.Extract("<div>The port reopened on Friday.<br><br>\n<br>Ships moved again.</div>");

        Assert.Equal(["The port reopened on Friday.", "Ships moved again."], TextsOf(result));
    }

    [Fact]
    public void Blocks_are_joined_by_blank_lines_and_empty_blocks_are_dropped()
    {
        var result = HtmlTextExtractor.Extract("<p>One.</p><p>   </p><div><p>Two.</p>Loose three.</div><ul><li>Four</li><li></li></ul>");

        Assert.Equal("One.\n\nTwo.\n\nLoose three.\n\nFour", result.Text);
        Assert.Equal(["One.", "Two.", "Loose three.", "Four"], TextsOf(result));
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
        var html = $"""
            <head><meta property="og:title" content="Page title"><meta property="og:site_name" content="Page Outlet">
            <link rel="canonical" href="https://page.example/a"></head>
            <body>{TestPages.Paragraphs()}</body>
            """;
        var given = new ArticleMetadata { Title = "Given title", Published = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

        var article = new ArticleExtractor(new IngestOptions())
            .Extract(new SourceDocument("feed.json#2", SourceFormat.Html, html, given, [])).Article!;

        Assert.Equal("Given title", article.Metadata.Title);
        Assert.Equal("Page Outlet", article.Metadata.Outlet);
        Assert.Equal("https://page.example/a", article.Metadata.Url);
        Assert.Equal(given.Published, article.Metadata.Published);
        Assert.Equal("feed.json#2", article.Origin);
        Assert.Equal(string.Join("\n\n", TestPages.Story), article.Text);
    }

    // ---- Through ArticleExtractor ----

    [Fact]
    public void Long_html_text_is_cut_with_a_warning_and_no_block_outlives_the_cut()
    {
        var html = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p>Paragraph number {i} of the story, which goes on.</p>"));
        var extractor = new ArticleExtractor(new IngestOptions { MaxTextChars = 100 });

        var article = extractor.Extract(new SourceDocument("long.html", SourceFormat.Html, html, new ArticleMetadata(), [])).Article!;

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
            .Extract(new SourceDocument("a.html", SourceFormat.Html, Paragraphs(), new ArticleMetadata(), [warning])).Article!;

        Assert.Equal([warning], article.Diagnostics);
    }

    [Fact]
    public void A_page_that_is_not_an_article_gives_a_diagnostic_and_no_article()
    {
        var result = new ArticleExtractor(new IngestOptions())
            .Extract(new SourceDocument("menu.html", SourceFormat.Html, "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>", new ArticleMetadata(), []));

        Assert.Null(result.Article);
        var problem = Assert.IsType<Diagnostic>(result.Problem);
        Assert.Equal((DiagnosticCodes.NotAnArticle, "extract", Severity.Warning, "menu.html"), (problem.Code, problem.Stage, problem.Severity, problem.Source));
        Assert.StartsWith("not an article: ", problem.Message);
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
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>broken</p>\"</script><p>x</p>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":42}</script><p>x</p>")]
    public void Malformed_html_never_throws_and_gives_well_formed_blocks(string html)
    {
        var result = HtmlTextExtractor.Extract(html);
        AssertWellFormed(result.Text, result.Blocks);

        var extracted = new ArticleExtractor(new IngestOptions()).Extract(new SourceDocument("bad.html", SourceFormat.Html, html, new ArticleMetadata(), []));
        Assert.True(extracted.Article is not null ^ extracted.Problem is not null);
        if (extracted.Article is { } article) AssertWellFormed(article.Text, article.Blocks);
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
    public void Deeply_nested_markup_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + Paragraphs() + string.Concat(Enumerable.Repeat("</span></div>", 20_000));

        var result = HtmlTextExtractor.Extract(html);

        Assert.Contains(Story[0], result.Text);
    }

    // ---- Randomized ----

    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<h2>", "</h2>", "<article>", "</article>", "<nav>", "</nav>", "&amp;", "&#x26;", "<script>", "</script>",
        "text", " ", "\n", "<figcaption>", "</figcaption>", "<!--", "-->", "<aside class=\"related\">", "</aside>",
        "The mayor said.", "<b>", "<br>", "<main>", "<header>", "&", "<", ">", "\"", "<div class=\"share\">", "</div>",
        "<a href=\"/x\">", "</a>", "<li>", "</li>", "<ul>", "</ul>", "<h1>", "</h1>", "<div hidden>", "<span class=\"sr-only\">",
        "</span>", "<div class=\"comments\">", "<div itemprop=\"articleBody\">", Story[0], Story[1], Story[2], Story[3],
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + string.Join(" ", Story) + "\"}",
    ];

    private static Arbitrary<string> Htmlish =>
        Arb.From(Gen.Frequency(
            (3, Gen.ListOf(Gen.Elements(HtmlPieces)).Select(parts => string.Concat(parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? ""))));

    [Fact]
    public void Never_throws_keeps_spans_in_bounds_and_ordered_on_any_input()
    {
        var extractor = new ArticleExtractor(new IngestOptions());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Htmlish, html =>
        {
            var result = HtmlTextExtractor.Extract(html);
            AssertWellFormed(result.Text, result.Blocks);
            Assert.Equal(string.Join("\n\n", TextsOf(result)), result.Text);
            foreach (var block in result.Blocks)
            {
                var text = TextOf(result, block);
                Assert.Equal(text.Trim(), text);
                Assert.DoesNotContain("  ", text);
                Assert.Equal(block.Role == BlockRole.Boilerplate, block.Kind != BoilerplateKind.None);
            }
            var extracted = extractor.Extract(new SourceDocument("any.html", SourceFormat.Html, html, new ArticleMetadata(), []));
            Assert.True(extracted.Article is not null ^ extracted.Problem is not null);
        }));
    }

    [Fact]
    public void Never_fails_a_stage_on_any_input()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Htmlish, html =>
        {
            var source = new SourceDocument("any.html", SourceFormat.Html, html, new ArticleMetadata(), []);
            if (new ArticleExtractor(new IngestOptions()).Extract(source).Article is not { } article) return;
            new Dossier.Core.Pipeline.ArticlePipeline([new BlockClassifier(), new Dossier.Core.Analysis.Sentences.SentenceStage(new Dossier.Core.Analysis.Sentences.SentenceSplitter())]).Process(article);
            AssertWellFormed(article.Text, article.Blocks);
            Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCodes.StageFailed);
            foreach (var sentence in article.Sentences)
                Assert.True(article.Blocks[sentence.BlockIndex].Span.Contains(sentence.Span));
        }));
    }
}
