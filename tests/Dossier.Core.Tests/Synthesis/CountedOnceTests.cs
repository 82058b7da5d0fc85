using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Tests.Synthesis;

/// <summary>A wire report, a paper's reprint of it and another outlet's own report: the dossier counts two sources, not three.</summary>
public sealed class CountedOnceTests
{
    private const string WireBody = """
        “We have never seen a queue like this at Velmora,” said pilot captain Ebbe Lund, who has guided ships into the port for twenty years.

        Grain freight rates on the Velmora to Kessburg route rose 18 percent in the week to Friday, the Kessburg Shipping Exchange said, as the grounding of a bulk carrier near Cape Dorn kept the northern lane closed.

        Barley prices at the Port Calder auction gained 6 percent on Thursday, traders said, as buyers worried that cargoes would arrive late.

        “Every day the lane stays shut costs the farmers money,” said Marit Volden, who chairs the regional growers' association.

        Harbour master Tomas Ruell said a second salvage attempt was planned for Saturday, once heavier equipment had arrived from Kessburg.

        About thirty ships were waiting outside the port on Friday evening, and pilots were guiding them through the narrower southern channel one at a time.
        """;

    private static readonly DateTimeOffset Friday = new(2026, 3, 6, 18, 0, 0, TimeSpan.Zero);

    private static readonly Article Wire = TestArticles.FromText(
        "Freight rates jump as Cape Dorn grounding shuts lane\n\n" + WireBody,
        "wire.txt", new ArticleMetadata { Outlet = "Ostby Wire", Published = Friday });

    private static readonly Article Reprint = TestArticles.FromText(
        "Velmora queue grows as freighter stays stuck\n\nBy Ostby Wire staff\n\n" + WireBody + "\n\nThis story was first published by Ostby Wire.",
        "paper.txt", new ArticleMetadata { Outlet = "Harbour Gazette", Published = Friday.AddHours(3) });

    private static readonly Article Courier = TestArticles.FromText("""
        Farmers count the cost of the Cape Dorn blockage

        Traders at the Port Calder auction said barley prices gained 6 percent on Thursday, with buyers nervous about late deliveries from Velmora.

        “Every day the lane stays shut costs the farmers money,” Marit Volden of the growers' association said at a meeting in Kessburg.

        Several co-operatives said they had started to store grain on farms rather than pay for warehouse space near the harbour, while they wait for the northern approach to reopen.
        """, "courier.txt", new ArticleMetadata { Outlet = "Valley Courier", Published = Friday.AddHours(5) });

    private static StoryDossier Built()
    {
        var story = new Story("s-test");
        story.Articles.AddRange([Wire, Reprint, Courier]);
        return new DossierBuilder(new DossierBuilderOptions { AttributionFinder = null }).Build(story);
    }

    [Fact]
    public void The_reprint_is_kept_among_the_articles_marked_a_copy_and_the_story_has_two_independent_sources()
    {
        var dossier = Built();
        Assert.Equal(3, dossier.Articles.Count);
        Assert.Equal(2, dossier.IndependentSources);
        var copy = Assert.Single(dossier.Copies.All);
        Assert.Equal((Reprint.Id, Wire.Id), (copy.ArticleId, copy.OriginalId));
        Assert.Equal(1.0, dossier.Novelty[Wire.Id]);
        Assert.InRange(dossier.Novelty[Reprint.Id], 0.0, 0.1);
        Assert.InRange(dossier.Novelty[Courier.Id], 0.3, 1.0);
        // The outlets that published it are still listed: the reprint's paper did publish it.
        Assert.Equal(["Harbour Gazette", "Ostby Wire", "Valley Courier"], dossier.Outlets);
    }

    [Fact]
    public void A_summary_sentence_the_wire_and_its_reprint_both_carry_comes_from_the_wire_and_counts_one_source()
    {
        var dossier = Built();
        Assert.All(dossier.Summary, s => Assert.NotSame(Reprint, s.Source));
        Assert.All(dossier.Summary, s => Assert.Equal(s.Citations.Contains(Reprint.Id), s.Copies.Contains(Reprint.Id)));
        var rates = Assert.Single(dossier.Summary, s => s.Text.Contains("18 percent"));
        Assert.Equal([Wire.Id, Reprint.Id], rates.Citations);
        Assert.Equal([Reprint.Id], rates.Copies);
        Assert.Equal(1, rates.Sources);
    }

    [Fact]
    public void A_figure_two_outlets_give_comes_before_one_the_wire_and_its_reprint_give()
    {
        var figures = Built().Figures;
        var barley = Assert.Single(figures, f => f.Text.StartsWith("6 percent", StringComparison.Ordinal));
        var rates = Assert.Single(figures, f => f.Text.StartsWith("18 percent", StringComparison.Ordinal));
        Assert.Equal([Wire.Id, Reprint.Id, Courier.Id], barley.Citations);
        Assert.Equal(2, barley.Sources);
        Assert.Equal([Wire.Id, Reprint.Id], rates.Citations);
        Assert.Equal([Reprint.Id], rates.Copies);
        Assert.Equal(1, rates.Sources);
        Assert.True(figures.ToList().IndexOf(barley) < figures.ToList().IndexOf(rates), "the wire's reprint counted as a second source");
    }

    [Fact]
    public void A_quote_two_outlets_report_comes_before_one_only_the_wire_and_its_reprint_report()
    {
        var quotes = Built().Quotes;
        var farmers = Assert.Single(quotes, q => q.Text.Contains("costs the farmers money", StringComparison.Ordinal));
        var queue = Assert.Single(quotes, q => q.Text.Contains("never seen a queue", StringComparison.Ordinal));
        Assert.Equal(2, farmers.Sources);
        Assert.Equal(3, farmers.Citations.Count);
        Assert.Equal(1, queue.Sources);
        Assert.Equal(2, queue.Citations.Count);
        Assert.True(quotes.ToList().IndexOf(farmers) < quotes.ToList().IndexOf(queue), "the wire's reprint counted as a second source");
    }
}
