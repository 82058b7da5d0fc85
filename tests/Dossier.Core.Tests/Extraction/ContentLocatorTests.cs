using Dossier.Core.Extraction;
using Dossier.Core.Extraction.Content;
using Dossier.Core.Model;
using static Dossier.Core.Tests.Extraction.TestPages;

namespace Dossier.Core.Tests.Extraction;

/// <summary>The fallback sequence that finds the article: JSON-LD, declared containers, scoring, rescue.</summary>
public sealed class ContentLocatorTests
{
    /// <summary>Unrelated prose, longer than the story: what a sidebar essay or a block of comments looks like.</summary>
    private static readonly string[] OtherProse =
    [
        "Our newsroom has covered the coast for ninety years, from the first ferry line to the last lighthouse keeper's retirement.",
        "Readers can reach the editors by post, by telephone or at the front desk, which is open on weekdays from nine until five.",
        "We correct mistakes quickly and openly, and every correction is listed on a single page that anyone can read at any time.",
        "The paper is owned by a trust whose only purpose is to keep independent local journalism alive for the towns of the bay.",
        "Subscriptions pay for most of our reporting, and the rest comes from advertising that never influences what we cover.",
    ];

    private static string Prose(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));

    private static string Links(int count, string name = "Section") =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<li><a href=\"/{name}/{i}\">{name} number {i}</a></li>"));

    private static readonly string[] MoreStory = Story.Select(s => s.Replace("Saltmere", "the port")).ToArray();

    private static string JsonLd(string body) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","articleBody":"{{body}}"}</script>""";

    /// <summary>The story in an unmarked div, next to a longer unmarked div of other prose.</summary>
    private static string TwoRegions(string head) => $"""
        <html><head>{head}</head><body>
        <div class="a">{Paragraphs()}</div>
        <div class="b">{Prose(OtherProse)}</div>
        </body></html>
        """;

    private static string LongStoryBody => string.Join(" ", Story) + " " + string.Join(" ", MoreStory);

    [Fact]
    public void A_plausible_json_ld_article_body_picks_the_container_that_holds_it()
    {
        var page = $"""
            <html><head>{JsonLd(LongStoryBody)}</head><body>
            <div class="a">{Paragraphs()}{Prose(MoreStory)}</div>
            <div class="b">{Prose(OtherProse)}{Prose(OtherProse.Select(s => s.Replace("the", "our")))}</div>
            </body></html>
            """;

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(ContentMethod.JsonLd, result.Method);
        Assert.Equal(Story[0], BodyOf(result)[0]);
        Assert.DoesNotContain(OtherProse[0], BodyOf(result));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("short")]
    [InlineData("invisible")]
    [InlineData("teaser")]
    public void An_implausible_json_ld_article_body_is_ignored(string flaw)
    {
        var body = flaw switch
        {
            "truncated" => LongStoryBody[..400] + "...",
            "short" => Story[0],
            "invisible" => string.Join(" ", Enumerable.Repeat("A completely different text that the page never shows to its readers at all.", 12)),
            _ => string.Join(" ", Story) + " " + string.Join(" ", Story),
        };
        // For the teaser case the article goes on after the declared body stops.
        var article = flaw == "teaser" ? Paragraphs() + Prose(OtherProse) : Paragraphs();
        var page = $"<html><head>{JsonLd(body)}</head><body><article>{article}</article><aside>{Prose(OtherProse)}</aside></body></html>";

        var result = HtmlTextExtractor.Extract(page);

        Assert.NotEqual(ContentMethod.JsonLd, result.Method);
        Assert.Equal(Story[0], BodyOf(result)[0]);
    }

    [Theory]
    [InlineData("<article>", "</article>")]
    [InlineData("<main>", "</main>")]
    [InlineData("<div itemprop=\"articleBody\">", "</div>")]
    [InlineData("<div role=\"main\">", "</div>")]
    [InlineData("<div class=\"entry-content\">", "</div>")]
    [InlineData("<div class=\"storyBody\">", "</div>")]
    public void A_declared_container_is_the_article(string open, string close)
    {
        var page = $"<body><div>{open}{Paragraphs()}{close}<div class=\"x\">{Prose(OtherProse.Take(2))}</div></div></body>";

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(ContentMethod.Semantic, result.Method);
        Assert.Equal(Story, BodyOf(result));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Other), LabelOf(result, OtherProse[0]));
    }

    [Fact]
    public void A_declared_teaser_card_does_not_beat_the_article()
    {
        var page = $"""
            <body><div class="story">{Paragraphs()}{Prose(MoreStory)}</div>
            <article class="card"><h3><a href="/other">Another story</a></h3><p><a href="/other">{OtherProse[0]}</a></p></article></body>
            """;

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(ContentMethod.Scored, result.Method);
        Assert.Equal(Story[0], BodyOf(result)[0]);
        Assert.DoesNotContain(OtherProse[0], BodyOf(result));
    }

    [Fact]
    public void Without_declarations_the_best_scoring_container_is_the_article()
    {
        var page = $"""
            <body><div class="top"><ul>{Links(12, "Menu")}</ul></div>
            <div class="x"><div class="y">{Paragraphs()}</div><ul>{Links(30)}</ul></div>
            <div class="bottom"><ul>{Links(20, "Footer")}</ul></div></body>
            """;

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(ContentMethod.Scored, result.Method);
        Assert.Equal(Story, BodyOf(result));
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Navigation), LabelOf(result, "Section number 5"));
    }

    [Fact]
    public void The_container_under_the_headline_beats_longer_prose_elsewhere()
    {
        var page = $"""
            <head><meta property="og:title" content="Dock workers strike in Saltmere"></head>
            <body><div class="a"><h1>Dock workers strike in Saltmere</h1>{Paragraphs()}</div>
            <ul>{Links(40)}</ul>
            <div class="b">{Prose(OtherProse)}</div></body>
            """;

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(Story, BodyOf(result));
        Assert.Equal((BlockRole.Heading, BoilerplateKind.None), LabelOf(result, "Dock workers strike in Saltmere"));
    }

    [Fact]
    public void An_article_scattered_between_link_lists_is_rescued_paragraph_by_paragraph()
    {
        var page = "<body>" + string.Concat(Story.Concat(MoreStory).Select(p => $"<div><p>{p}</p></div><ul>{Links(25)}</ul>")) + "</body>";

        var result = HtmlTextExtractor.Extract(page);

        Assert.Equal(ContentMethod.Rescue, result.Method);
        Assert.Equal(Story.Concat(MoreStory), BodyOf(result));
    }

    [Fact]
    public void A_page_of_short_lines_without_furniture_is_all_body()
    {
        var result = HtmlTextExtractor.Extract("<div>First.</div><p>Second.</p>");

        Assert.Equal(ContentMethod.Rescue, result.Method);
        Assert.Equal(["First.", "Second."], BodyOf(result));
    }
}
