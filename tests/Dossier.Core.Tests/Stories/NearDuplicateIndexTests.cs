using Dossier.Core.Model;
using Dossier.Core.Stories;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Stories;

public sealed class NearDuplicateIndexTests
{
    private static NearDuplicateIndex WithReport()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("report", WireTexts.Report));
        return index;
    }

    [Fact]
    public void An_exact_copy_is_a_copy_of_the_first()
    {
        Assert.Equal("report", WithReport().Add("copy", WireTexts.Report));
    }

    [Fact]
    public void A_reprint_with_its_own_headline_dateline_byline_and_footer_is_a_copy()
    {
        Assert.Equal("report", WithReport().Add("reprint", WireTexts.Reprint));
    }

    [Fact]
    public void A_copy_with_its_ending_trimmed_is_a_copy_and_so_is_the_full_text_after_the_trimmed_one()
    {
        Assert.Equal("report", WithReport().Add("trimmed", WireTexts.Trimmed));

        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("trimmed", WireTexts.Trimmed));
        Assert.Equal("trimmed", index.Add("report", WireTexts.Report));
    }

    [Fact]
    public void A_lightly_edited_copy_is_a_copy()
    {
        Assert.Equal("report", WithReport().Add("edited", WireTexts.Edited));
    }

    [Fact]
    public void Another_outlets_own_report_of_the_same_event_is_not_a_copy()
    {
        var index = WithReport();
        Assert.Null(index.Add("other", WireTexts.OtherReport));
        Assert.Null(index.Add("update", WireTexts.Update));
    }

    [Fact]
    public void A_copy_of_a_copy_names_the_first_original_even_after_it_is_forgotten()
    {
        var index = WithReport();
        Assert.Equal("report", index.Add("trimmed", WireTexts.Trimmed));
        Assert.True(index.Remove("report"));
        Assert.Equal("report", index.Add("edited", WireTexts.Edited));
    }

    [Fact]
    public void A_near_identical_copy_is_not_stored_but_a_changed_one_is()
    {
        var index = WithReport();
        index.Add("copy", WireTexts.Report);
        index.Add("trimmed", WireTexts.Trimmed);
        Assert.Equal(2, index.Count);
        Assert.False(index.Remove("copy"));
        Assert.True(index.Remove("trimmed"));
    }

    [Fact]
    public void Find_answers_without_remembering()
    {
        var index = WithReport();
        Assert.Equal("report", index.Find(WireTexts.Reprint));
        Assert.Null(index.Find(WireTexts.OtherReport));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Adding_an_id_again_replaces_its_text()
    {
        var index = WithReport();
        Assert.Null(index.Add("report", WireTexts.OtherReport));
        Assert.Equal(1, index.Count);
        Assert.Null(index.Find(WireTexts.Report));
    }

    [Fact]
    public void Texts_of_a_few_words_are_never_copies()
    {
        var index = new NearDuplicateIndex();
        Assert.Null(index.Add("a", "Photo: Reuters"));
        Assert.Null(index.Add("b", "Photo: Reuters"));
        Assert.Null(index.Add("c", ""));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Articles_are_compared_on_their_body_not_their_headline()
    {
        var index = new NearDuplicateIndex();
        var first = TestArticles.FromText(WireTexts.Report, "first.txt", new ArticleMetadata { Title = "Freighter aground off Cape Dorn" });
        var second = TestArticles.FromText("Velmora lane closed as grain ship sticks fast\n\n" + WireTexts.Report, "second.txt",
            new ArticleMetadata { Title = "Velmora lane closed as grain ship sticks fast" });
        Assert.NotEqual(first.Id, second.Id);
        Assert.Null(index.Add(first));
        Assert.Equal(first.Id, index.Add(second));
    }

    [Fact]
    public void The_capacity_bounds_what_is_remembered_and_the_oldest_go_first()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Capacity = 50 });
        for (var n = 0; n < 1_000; n++)
        {
            Assert.Null(index.Add($"u{n}", WireTexts.Unrelated(n)));
            Assert.True(index.Count <= 50);
        }
        Assert.Equal(50, index.Count);
        Assert.Null(index.Find(WireTexts.Unrelated(949)));
        Assert.Equal("u950", index.Find(WireTexts.Unrelated(950)));
        Assert.Equal("u999", index.Find(WireTexts.Unrelated(999)));
    }

    [Fact]
    public void Unrelated_texts_are_not_copies_of_each_other()
    {
        var index = new NearDuplicateIndex();
        for (var n = 0; n < 2_000; n++)
            Assert.Null(index.Add($"u{n}", WireTexts.Unrelated(n)));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { Capacity = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { MinContainment = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { MinShingles = 0 }));
    }

    [Fact]
    public void Any_text_is_looked_up_without_throwing_and_found_again_when_long_enough()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Capacity = 8 });
        var shingles = new WordShingles();
        var n = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<string[]>(words =>
        {
            var text = string.Join(n % 2 == 0 ? " " : "", words.Select(w => w ?? ""));
            index.Add($"r{n++}", text);
            shingles.Reset();
            shingles.Feed(text);
            var longEnough = shingles.Count >= new NearDuplicateOptions().MinShingles;
            return index.Count <= 8 && (index.Find(text) is not null) == longEnough;
        }));
    }
}
