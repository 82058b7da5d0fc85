using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;
using Dossier.Core.Stories;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Stories;

public sealed class StoryNoveltyTests
{
    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        TermExtractor.Collect(text, terms);
        return terms;
    }

    private static StoryNovelty AfterReport()
    {
        var story = new StoryNovelty();
        Assert.Equal(1.0, story.Observe(Terms(WireTexts.Report)));
        return story;
    }

    [Fact]
    public void A_copy_adds_nothing()
    {
        Assert.Equal(0.0, AfterReport().Score(Terms(WireTexts.Report)));
        Assert.Equal(0.0, AfterReport().Score(Terms(WireTexts.Trimmed)));
    }

    [Fact]
    public void A_reprint_or_edited_copy_adds_almost_nothing()
    {
        Assert.InRange(AfterReport().Score(Terms(WireTexts.Reprint)), 0.0, 0.15);
        Assert.InRange(AfterReport().Score(Terms(WireTexts.Edited)), 0.0, 0.15);
    }

    [Fact]
    public void Another_outlets_own_report_adds_much_and_an_update_in_between()
    {
        var other = AfterReport().Score(Terms(WireTexts.OtherReport));
        var update = AfterReport().Score(Terms(WireTexts.Update));
        Assert.InRange(other, 0.6, 1.0);
        Assert.InRange(update, 0.2, 0.6);
        Assert.True(update < other);
    }

    [Fact]
    public void What_a_story_has_said_accumulates()
    {
        var story = AfterReport();
        story.Add(Terms(WireTexts.OtherReport));
        Assert.Equal(0.0, story.Score(Terms(WireTexts.OtherReport)));
        Assert.Equal(0.0, story.Score(Terms(WireTexts.Report)));
    }

    [Fact]
    public void An_article_without_content_terms_adds_nothing_and_the_first_article_adds_everything()
    {
        Assert.Equal(0.0, AfterReport().Score([]));
        Assert.Equal(1.0, new StoryNovelty().Score(Terms(WireTexts.OtherReport)));
    }

    [Fact]
    public void A_long_story_stays_within_its_capacity_and_still_scores_copies_and_new_articles()
    {
        var story = new StoryNovelty(capacity: 256);
        for (var n = 0; n < 300; n++)
        {
            story.Add(Terms(WireTexts.Unrelated(n)));
            Assert.True(story.Count <= 256);
        }
        Assert.Equal(0.0, story.Score(Terms(WireTexts.Unrelated(299, words: 60))));
        Assert.InRange(story.Score(Terms(WireTexts.OtherReport)), 0.9, 1.0);
    }

    [Fact]
    public void Body_terms_leave_the_headline_out()
    {
        var article = TestArticles.FromText(WireTexts.Report, "a.txt", new ArticleMetadata { Title = "Aground at Cape Dorn" });
        var story = new StoryNovelty();
        story.Add(StoryNovelty.BodyTerms(article));
        Assert.Equal(0.0, story.Score(Terms(WireTexts.Report)));
    }

    [Fact]
    public void Any_terms_score_in_the_unit_interval()
    {
        var story = new StoryNovelty(capacity: 16);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<string[]>(terms =>
        {
            var list = terms.Select(t => t ?? "").ToList();
            var score = story.Observe(list);
            return score is >= 0 and <= 1 && story.Count <= 16;
        }));
    }

    [Fact]
    public void A_capacity_too_small_or_too_large_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryNovelty(capacity: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryNovelty(capacity: int.MaxValue));
    }
}
