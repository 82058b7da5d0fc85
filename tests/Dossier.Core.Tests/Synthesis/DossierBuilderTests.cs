using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Tests.Synthesis;

public sealed class DossierBuilderTests
{
    private static Story StoryOf(params Article[] articles)
    {
        var story = new Story("s-test");
        story.Articles.AddRange(articles);
        return story;
    }

    private static readonly Article Ledger = TestArticles.FromText("""
        Flood Hits Norburg
        Water covers a street in the lower town on Sunday. (Photo: Ana Velt / Norburg Ledger)
        The river Aller burst its banks in Norburg on Sunday, flooding the lower town and forcing 300 residents from their homes.
        Mayor Ilse Varn said emergency crews were pumping water from the lower town through the night.
        Read also:
        Concert Hall Reopens After Renovation
        The concert hall reopened its doors on Friday with a sold-out concert after two years of renovation work.
        """, "ledger.txt", new ArticleMetadata { Outlet = "Norburg Ledger" });

    private static readonly Article Courier = TestArticles.FromText("""
        The river Aller burst its banks in Norburg on Sunday and flooded the lower town, forcing about 300 residents from their homes.
        Engineers will inspect the embankment near the old mill on Monday before anyone is allowed back.
        """, "courier.txt", new ArticleMetadata { Outlet = "Valley Courier", Published = new DateTimeOffset(2026, 6, 8, 9, 0, 0, TimeSpan.FromHours(2)) });

    [Fact]
    public void Summary_sentences_come_from_body_blocks_only()
    {
        var dossier = new DossierBuilder(new DossierBuilderOptions()).Build(StoryOf(Ledger, Courier));
        Assert.NotEmpty(dossier.Summary);
        foreach (var sentence in dossier.Summary)
            Assert.True(sentence.Source.Blocks.Single(b => b.Span.Contains(sentence.Span)).IsBody, sentence.Text);
        Assert.DoesNotContain(dossier.Summary, s => s.Text.Contains("concert", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_statement_both_outlets_make_is_given_once_and_cites_both()
    {
        var dossier = new DossierBuilder(new DossierBuilderOptions()).Build(StoryOf(Ledger, Courier));
        var burst = Assert.Single(dossier.Summary, s => s.Text.Contains("burst its banks"));
        Assert.Equal(new[] { Ledger.Id, Courier.Id }.Order(), burst.Citations.Order());
        var onlyCourier = Assert.Single(dossier.Summary, s => s.Text.Contains("Engineers"));
        Assert.Equal([Courier.Id], onlyCourier.Citations);
    }

    [Fact]
    public void Headline_outlets_and_dates_describe_the_story()
    {
        var dossier = new DossierBuilder(new DossierBuilderOptions()).Build(StoryOf(Ledger, Courier));
        Assert.Equal("Flood Hits Norburg", dossier.Headline);
        Assert.Equal(["Norburg Ledger", "Valley Courier"], dossier.Outlets);
        Assert.Equal(Courier.Metadata.Published, dossier.FirstPublished);
        Assert.Equal(Courier.Metadata.Published, dossier.LastPublished);
    }

    [Fact]
    public void A_story_without_titles_is_headed_by_its_lead_sentence()
    {
        var dossier = new DossierBuilder(new DossierBuilderOptions()).Build(StoryOf(Courier));
        Assert.StartsWith("The river Aller burst its banks", dossier.Headline);
        Assert.True(dossier.Headline.Length <= 121);
    }
}
