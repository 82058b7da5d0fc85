using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction;

public sealed class BlockClassifierTests
{
    private const string Story = """
        Will the Ferry Deal Hold? Islanders Wait for the Vote

        Subscribers only: log in to your account to continue reading this content.

        Passengers queue at the Vellan pier on Thursday morning. (Marta Ilves / Coastline Press)

        By Oskar Brandt

        Table of Contents
        ToggleWhat the Council Agreed
        ToggleWhy Fares Matter

        The island council of Vellan approved a three-year ferry contract on Thursday, ending a month of cancelled crossings that left hundreds of commuters stranded.
        The operator, Skerry Lines, said the first extra sailings would begin next week, and the council chair called the vote "a relief for every family on the island."
        What the Council Agreed
        Under the deal the council will pay 4.1 million crowns a year, up from 3.2 million, in return for two crossings an hour at peak times.
        Read also:

        Opposition councillors said the price was too high and asked for an audit of the operator's accounts before the second year.
        Why Fares Matter
        Fares will stay frozen until March, the chair said, after which they may rise by no more than 5%.
        Share this article: Facebook Twitter LinkedIn Email
        Sign up for our island briefing, delivered to your inbox every morning.
        Reporting by Oskar Brandt; Editing by Lise Marr
        Risk Warning
        Trading shares of ferry operators carries high risk and you may lose all of your investment. This is not financial advice.
        Discover More
        Glassworks Reopens After Flood Repairs
        The Vellan glassworks reopened its furnace on Monday after eight weeks of flood repairs, its owners said.
        Choir Wins Regional Title
        The harbour choir won the regional title for a second year, beating eleven other choirs at the final.
        """;

    [Theory]
    [InlineData("Will the Ferry Deal Hold? Islanders Wait for the Vote", BlockRole.Heading, BoilerplateKind.None)]
    [InlineData("Subscribers only: log in to your account to continue reading this content.", BlockRole.Boilerplate, BoilerplateKind.Paywall)]
    [InlineData("Passengers queue at the Vellan pier on Thursday morning. (Marta Ilves / Coastline Press)", BlockRole.Caption, BoilerplateKind.None)]
    [InlineData("By Oskar Brandt", BlockRole.Boilerplate, BoilerplateKind.Byline)]
    [InlineData("Table of Contents", BlockRole.Boilerplate, BoilerplateKind.Toc)]
    [InlineData("ToggleWhat the Council Agreed", BlockRole.Boilerplate, BoilerplateKind.Toc)]
    [InlineData("ToggleWhy Fares Matter", BlockRole.Boilerplate, BoilerplateKind.Toc)]
    [InlineData("What the Council Agreed", BlockRole.Heading, BoilerplateKind.None)]
    [InlineData("Read also:", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    [InlineData("Why Fares Matter", BlockRole.Heading, BoilerplateKind.None)]
    [InlineData("Share this article: Facebook Twitter LinkedIn Email", BlockRole.Boilerplate, BoilerplateKind.Share)]
    [InlineData("Sign up for our island briefing, delivered to your inbox every morning.", BlockRole.Boilerplate, BoilerplateKind.Promo)]
    [InlineData("Reporting by Oskar Brandt; Editing by Lise Marr", BlockRole.Boilerplate, BoilerplateKind.EditorNote)]
    [InlineData("Risk Warning", BlockRole.Boilerplate, BoilerplateKind.Disclaimer)]
    [InlineData("Trading shares of ferry operators carries high risk and you may lose all of your investment. This is not financial advice.", BlockRole.Boilerplate, BoilerplateKind.Disclaimer)]
    [InlineData("Discover More", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    [InlineData("Glassworks Reopens After Flood Repairs", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    [InlineData("The Vellan glassworks reopened its furnace on Monday after eight weeks of flood repairs, its owners said.", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    [InlineData("Choir Wins Regional Title", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    [InlineData("The harbour choir won the regional title for a second year, beating eleven other choirs at the final.", BlockRole.Boilerplate, BoilerplateKind.Teaser)]
    public void Labels_each_noise_line_of_a_scraped_article(string line, BlockRole role, BoilerplateKind kind)
    {
        var article = TestArticles.FromText(Story);
        Assert.Equal((role, kind), TestArticles.LabelOf(article, line));
    }

    [Fact]
    public void Keeps_every_news_paragraph_in_the_body_including_the_one_after_an_empty_read_also()
    {
        var article = TestArticles.FromText(Story);
        var body = article.Blocks.Where(b => b.IsBody).Select(b => article.TextOf(b.Span)).ToList();
        Assert.Equal(5, body.Count);
        Assert.StartsWith("The island council of Vellan", body[0]);
        Assert.StartsWith("Opposition councillors said", body[3]);
        Assert.StartsWith("Fares will stay frozen", body[4]);
    }

    [Fact]
    public void Takes_the_title_from_a_leading_heading_when_the_source_gives_none()
    {
        var article = TestArticles.FromText(Story);
        Assert.Equal("Will the Ferry Deal Hold? Islanders Wait for the Vote", article.Metadata.Title);
    }

    [Fact]
    public void A_heading_after_a_related_cue_is_a_teaser_but_the_news_paragraph_after_it_is_not()
    {
        var article = TestArticles.FromText("""
            The river Aller rose above its banks overnight and flooded the lower town, the mayor said on Sunday.
            About 300 residents left their homes before the embankment gave way near the old mill, and the town hall opened as a shelter.
            Related
            Dam Inspection Report Delayed
            Engineers will inspect the damaged embankment near the mill on Monday before residents are allowed back into their homes in the lower town.
            """);
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), TestArticles.LabelOf(article, "Dam Inspection Report Delayed"));
        Assert.Equal((BlockRole.Body, BoilerplateKind.None), TestArticles.LabelOf(article,
            "Engineers will inspect the damaged embankment near the mill on Monday before residents are allowed back into their homes in the lower town."));
    }

    [Fact]
    public void Teasers_that_run_to_the_end_are_recognised_even_when_the_summary_does_not_repeat_its_headline()
    {
        var article = TestArticles.FromText("""
            The river Aller rose above its banks overnight and flooded the lower town, the mayor said on Sunday.
            About 300 residents left their homes before the embankment gave way near the old mill.
            More stories
            Orchestra Names New Conductor
            The city's symphony appointed a 34-year-old violinist from Lisbon to lead it from the autumn season.
            """);
        Assert.Equal((BlockRole.Boilerplate, BoilerplateKind.Teaser), TestArticles.LabelOf(article,
            "The city's symphony appointed a 34-year-old violinist from Lisbon to lead it from the autumn season."));
    }

    [Theory]
    [InlineData("Officials said the strike would continue. (Photo by Dana Kors / Getty Images)")]
    [InlineData("Photo: Workers leave the plant after the night shift.")]
    [InlineData("Firefighters at the scene on Monday. (AP Photo/Lena Ruiz, File)")]
    public void Recognises_photo_captions_by_their_credit(string line)
    {
        var article = TestArticles.FromText($"{line}\nThe plant closed on Monday after a fire broke out in its paint shop, the company said in a statement.");
        Assert.Equal(BlockRole.Caption, TestArticles.LabelOf(article, line).Role);
    }

    [Theory]
    [InlineData("The minister (who spoke to reporters) said the plan would pass.")]
    [InlineData("Prices rose 4% in May, the statistics office said (up from 3.1% in April).")]
    [InlineData("Critics say you may lose your seat if you vote against the party, one member said.")]
    [InlineData("He told the newsletter's editors that he would sign up for a second term next year, and his allies cheered the news.")]
    public void Does_not_take_news_sentences_with_cue_words_for_boilerplate(string line)
    {
        var article = TestArticles.FromText($"Council approves new budget\n{line}\nThe vote was 21 to 9.");
        Assert.Equal(BlockRole.Body, TestArticles.LabelOf(article, line).Role);
    }

    [Fact]
    public void An_article_with_no_body_gets_a_diagnostic()
    {
        var article = TestArticles.FromText("Share this article: Facebook Twitter Email\nBy Jane Roe");
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.NoBodyText);
    }

    [Fact]
    public void Blocks_stay_in_bounds_and_in_order_and_nothing_throws_on_arbitrary_text()
    {
        var pieces = Gen.Elements("\n", "\n\n", " ", "Read also:", "Discover More", "Table of Contents", "Toggle", "By Ann Lee",
            "Risk Warning", "(AP Photo)", "Share", "Facebook Twitter Email", "The mayor said.", "Why?", "\r\n", "\u00A0", "log in", "subscriber", "x");
        var texts = Gen.Frequency(
            (3, Gen.ListOf(pieces).Select(parts => string.Concat(parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(texts), text =>
        {
            var article = TestArticles.FromText(text);
            Assert.DoesNotContain(article.Diagnostics, d => d.Code == DiagnosticCodes.StageFailed);
            var previousEnd = 0;
            foreach (var block in article.Blocks)
            {
                Assert.True(block.Span.IsWithin(article.Text.Length));
                Assert.True(block.Span.Start >= previousEnd);
                Assert.False(block.Span.IsEmpty);
                previousEnd = block.Span.End;
            }
            foreach (var sentence in article.Sentences)
                Assert.True(article.Blocks[sentence.BlockIndex].Span.Contains(sentence.Span));
        }));
    }
}
