using Dossier.Core.Analysis.Time;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Time;

/// <summary>Each rule of the time tagger on sentences written for it, resolved against Tuesday 10 June 2025.</summary>
public sealed class TimeTaggerTests
{
    private static readonly DateOnly Reference = new(2025, 6, 10);

    private static (string Text, string Type, string Value) Only(string sentence)
    {
        var found = TimeTagger.Tag(sentence, Reference);
        Assert.True(found.Count == 1, $"expected one expression in '{sentence}', found {found.Count}: {string.Join(", ", found.Select(f => sentence[f.Span.Start..f.Span.End]))}");
        return (sentence[found[0].Span.Start..found[0].Span.End], found[0].TypeName, found[0].Value);
    }

    [Theory]
    [InlineData("The talks opened on June 9.", "June 9", "2025-06-09")]
    [InlineData("The talks opened on June 9, 2025 in London.", "June 9, 2025", "2025-06-09")]
    [InlineData("The talks opened on 9 June 2025 in London.", "9 June 2025", "2025-06-09")]
    [InlineData("The filing is dated 2025-06-09 in the register.", "2025-06-09", "2025-06-09")]
    [InlineData("The filing is dated 06/09/2025 in the register.", "06/09/2025", "2025-06-09")]
    [InlineData("Tariffs rose in March.", "March", "2025-03")]
    [InlineData("The plant opened in 1998.", "1998", "1998")]
    [InlineData("Prices were lower in the 1990s.", "the 1990s", "199X")]
    [InlineData("Sales grew in fiscal 1998.", "fiscal 1998", "1998")]
    public void Calendar_dates_resolve(string sentence, string text, string value)
    {
        var (found, type, resolved) = Only(sentence);
        Assert.Equal(text, found);
        Assert.Equal("DATE", type);
        Assert.Equal(value, resolved);
    }

    [Theory]
    [InlineData("The ministers met yesterday.", "yesterday", "2025-06-09")]
    [InlineData("The ministers meet today.", "today", "2025-06-10")]
    [InlineData("Exports fell last month.", "last month", "2025-05")]
    [InlineData("The ministers meet again next week.", "next week", "2025-W25")]
    [InlineData("Exports fell last year.", "last year", "2024")]
    [InlineData("Exports grew this year.", "this year", "2025")]
    [InlineData("The deal was struck two weeks ago.", "two weeks ago", "2025-W22")]
    [InlineData("The envoy said on Friday that talks went well.", "Friday", "2025-06-06")]
    [InlineData("The envoy will arrive on Friday for talks.", "Friday", "2025-06-13")]
    [InlineData("Trump stated that Bessent will lead a delegation to meet officials in London on Monday.", "Monday", "2025-06-16")]
    [InlineData("The talks are set to resume Monday in Geneva.", "Monday", "2025-06-16")]
    [InlineData("On Friday, the government planned to pay the dockers.", "Friday", "2025-06-06")]
    [InlineData("Until Thursday, the envoys had not met.", "Thursday", "2025-06-05")]
    [InlineData("Traders sold after Wednesday's ruling, which courts will review.", "Wednesday", "2025-06-04")]
    [InlineData("The new members are expected to join in February.", "February", "2026-02")]
    [InlineData("In November, the firm brought in a new chief.", "November", "2024-11")]
    [InlineData("Sales for the full year rose.", "the full year", "2025")]
    [InlineData("Net sales for this year's third quarter rose.", "this year's third quarter", "2025-Q3")]
    [InlineData("The games were bombed in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("Profits fell in the second quarter.", "the second quarter", "2025-Q2")]
    [InlineData("Profits fell in Q2.", "Q2", "2025-Q2")]
    [InlineData("Shipments resumed this summer.", "this summer", "2025-SU")]
    public void Relative_dates_resolve_against_the_reference(string sentence, string text, string value)
    {
        var (found, _, resolved) = Only(sentence);
        Assert.Equal(text, found);
        Assert.Equal(value, resolved);
    }

    [Fact]
    public void Early_and_mid_month_keep_the_month_with_a_modifier()
    {
        var early = TimeTagger.Tag("Trade should recover by early July.", Reference).Single();
        Assert.Equal(("2025-07", TimexMod.Start), (early.Value, early.Mod));
        var mid = TimeTagger.Tag("The truce held since mid-May.", Reference).Single();
        Assert.Equal(("2025-05", TimexMod.Mid), (mid.Value, mid.Mod));
    }

    [Theory]
    [InlineData("The truce lasts 90 days.", "90 days", "P90D")]
    [InlineData("The talks ran for six hours.", "six hours", "PT6H")]
    [InlineData("Negotiations took a decade.", "a decade", "P10Y")]
    [InlineData("The talks ran for more than six hours.", "more than six hours", "PT6H")]
    [InlineData("It is a two-year deal.", "two-year", "P2Y")]
    public void Durations(string sentence, string text, string value)
    {
        var (found, type, resolved) = Only(sentence);
        Assert.Equal((text, "DURATION", value), (found, type, resolved));
    }

    [Fact]
    public void The_year_ended_on_a_day_is_a_length_not_the_year()
    {
        const string text = "Profit for the year ended March 31 rose.";
        var year = TimeTagger.Tag(text, Reference).First();
        Assert.Equal(("the year", "DURATION", "P1Y"), (year.Span.Of(text).ToString(), year.TypeName, year.Value));
    }

    [Theory]
    [InlineData("Officials meet every week.", "every week", "P1W")]
    [InlineData("Prices are published daily.", "daily", "P1D")]
    [InlineData("The report is revised annually.", "annually", "P1Y")]
    public void Sets(string sentence, string text, string value)
    {
        var (found, type, resolved) = Only(sentence);
        Assert.Equal((text, "SET", value), (found, type, resolved));
    }

    [Theory]
    [InlineData("Talks are continuing now.", "now", "PRESENT_REF")]
    [InlineData("The ministers spoke recently.", "recently", "PAST_REF")]
    [InlineData("Tariffs are currently high.", "currently", "PRESENT_REF")]
    public void References(string sentence, string text, string value)
    {
        var (found, _, resolved) = Only(sentence);
        Assert.Equal((text, value), (found, resolved));
    }

    [Fact]
    // "The following week" counts from the last day named, here the Sunday before: its next week is W10.
    public void Anchored_expressions_count_from_the_last_date_mentioned()
    {
        const string text = "The delegation landed on March 3. The day before, officials had met. The following week, talks began.";
        var found = TimeTagger.Tag(text, Reference);
        Assert.Equal(["2025-03-03", "2025-03-02", "2025-W10"], found.Select(f => f.Value));
    }

    [Fact]
    public void Without_a_reference_the_year_stays_unknown()
    {
        var found = TimeTagger.Tag("The talks opened on June 9.", null).Single();
        Assert.Equal("XXXX-06-09", found.Value);
    }

    [Theory]
    [InlineData("Now, the minister said, the tariffs must go.")]
    [InlineData("The envoy was soon replaced by a deputy.")]
    [InlineData("The envoy resigned soon after the vote.")]
    [InlineData("Exports are expected to grow 4% annually.")]
    [InlineData("Average daily volume reached a record.")]
    [InlineData("Tariffs matter in today's economy.")]
    public void Words_that_do_not_date_the_sentence_are_left_out(string sentence)
    {
        Assert.Empty(TimeTagger.Tag(sentence, Reference));
    }

    [Theory]
    // Reference Tuesday 10 June 2025: Thanksgiving 2024 was 28 November, Christmas 2025 will be 25 December.
    [InlineData("The boy was found on Thanksgiving Day.", "Thanksgiving Day", "2024-11-28")]
    [InlineData("The boy arrived last Thanksgiving.", "last Thanksgiving", "2024-11-28")]
    [InlineData("The shops will close on Christmas Day.", "Christmas Day", "2025-12-25")]
    [InlineData("Campaigning goes on until Election Day.", "Election Day", "2025-11-04")]
    public void Holidays_resolve_by_tense_or_nearness(string sentence, string text, string value)
    {
        var (found, _, resolved) = Only(sentence);
        Assert.Equal((text, value), (found, resolved));
    }

    [Fact]
    public void As_soon_as_a_weekday_reads_forward()
    {
        var (_, _, value) = Only("Castro said the father could leave as soon as Friday.");
        Assert.Equal("2025-06-13", value);
    }

    [Fact]
    public void Modal_may_and_the_verb_march_are_not_months()
    {
        Assert.Empty(TimeTagger.Tag("Officials may march to the ministry.", Reference));
    }

    [Fact]
    public void Spans_stay_in_bounds_and_never_overlap_on_arbitrary_text()
    {
        var words = Gen.Elements("the", "June", "9", ",", "2025", "last", "week", "ago", "two", "days", "every", "Friday", "early", "mid-May", "-", "/", "10:30", "a.m.", "quarter", "third", "of", "year", "earlier", "now", "x");
        var texts = Gen.Frequency((1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")), (3, Gen.ListOf(words).Select(w => string.Join(" ", w))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var found = TimeTagger.Tag(text, Reference);
            int end = 0;
            foreach (var t in found)
            {
                Assert.True(t.Span.IsWithin(text.Length) && t.Span.Length > 0);
                Assert.True(t.Span.Start >= end);
                end = t.Span.End;
            }
        }));
    }
}
