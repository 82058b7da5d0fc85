using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;
using Dossier.Core.Tests.Stories;

namespace Dossier.Core.Tests.Synthesis;

public sealed class CopyGroupsTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);

    private static Article Dated(string text, string origin, int hoursLater) =>
        TestArticles.FromText(text, origin, new ArticleMetadata { Published = Morning.AddHours(hoursLater) });

    private static readonly Article Report = Dated(WireTexts.Report, "wire.txt", 0);
    private static readonly Article Reprint = Dated(WireTexts.Reprint, "paper.txt", 2);
    private static readonly Article Edited = Dated(WireTexts.Edited, "weekly.txt", 3);
    private static readonly Article Other = Dated(WireTexts.OtherReport, "other.txt", 1);
    private static readonly Article Update = Dated(WireTexts.Update, "update.txt", 20);

    [Fact]
    public void A_reprint_and_an_edited_copy_are_copies_of_the_wire_report_and_the_group_is_one_source()
    {
        var copies = CopyFinder.Find([Report, Other, Reprint, Edited, Update]);

        Assert.Equal([Reprint.Id, Edited.Id], copies.All.Select(c => c.ArticleId));
        Assert.All(copies.All, c => Assert.Equal(Report.Id, c.OriginalId));
        Assert.InRange(copies.Of(Reprint.Id)!.Similarity, 0.9, 1.0);
        Assert.InRange(copies.Of(Edited.Id)!.Similarity, 0.5, 0.95);
        Assert.Null(copies.Of(Report.Id));
        Assert.Equal(3, copies.CountSources([Report.Id, Other.Id, Reprint.Id, Edited.Id, Update.Id]));
    }

    [Fact]
    public void The_original_is_the_first_in_stream_order_whatever_order_the_story_lists_them_in()
    {
        var copies = CopyFinder.Find([Reprint, Report]);
        Assert.Equal(Report.Id, Assert.Single(copies.All, c => c.ArticleId == Reprint.Id).OriginalId);

        // Undated articles come after dated ones, then by origin.
        var undatedWire = TestArticles.FromText(WireTexts.Report, "a-wire.txt");
        var undatedPaper = TestArticles.FromText(WireTexts.Reprint, "b-paper.txt");
        Assert.Equal(undatedWire.Id, CopyFinder.Find([undatedPaper, undatedWire]).SourceOf(undatedPaper.Id));
    }

    [Fact]
    public void Another_outlets_rewrite_and_an_update_are_not_copies()
    {
        var copies = CopyFinder.Find([Report, Other, Update]);
        Assert.Empty(copies.All);
        Assert.Equal(3, copies.CountSources([Report.Id, Other.Id, Update.Id]));
    }

    [Fact]
    public void A_story_of_one_article_has_no_copies_one_source_and_everything_new()
    {
        Assert.Same(CopyGroups.None, CopyFinder.Find([Report]));
        Assert.Same(CopyGroups.None, CopyFinder.Find([]));
        Assert.Equal(1.0, NoveltyBuilder.Build([Report])[Report.Id]);
    }

    [Fact]
    public void Novelty_is_scored_in_stream_order_a_copy_adds_almost_nothing_and_a_rewrite_adds_much()
    {
        var novelty = NoveltyBuilder.Build([Reprint, Other, Report]);
        Assert.Equal(1.0, novelty[Report.Id]);
        Assert.InRange(novelty[Reprint.Id], 0.0, 0.1);
        Assert.InRange(novelty[Other.Id], 0.5, 1.0);
    }

    [Fact]
    public void Of_cited_articles_one_stands_for_each_source_and_the_others_are_repeats()
    {
        var groups = new CopyGroups([new ArticleCopy("copy1", "wire", 0.95), new ArticleCopy("copy2", "wire", 0.9)]);

        // The original stands for its group even when a copy is listed before it.
        Assert.Equal(["copy1", "copy2"], groups.RepeatsAmong(["copy1", "other", "wire", "copy2"]));
        // Without the original, the first copy given stands for it.
        Assert.Equal(["copy1"], groups.RepeatsAmong(["other", "copy2", "copy1"]));
        Assert.Empty(groups.RepeatsAmong(["other", "copy2"]));
        Assert.Empty(CopyGroups.None.RepeatsAmong(["a", "b"]));

        Assert.Equal(2, groups.CountSources(["wire", "copy1", "copy2", "other"]));
        Assert.Equal("wire", groups.SourceOf("copy2"));
        Assert.Equal("other", groups.SourceOf("other"));
    }

    [Fact]
    public void An_article_listed_as_a_copy_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CopyGroups([new ArticleCopy("a", "b", 1), new ArticleCopy("a", "c", 1)]));
    }
}
