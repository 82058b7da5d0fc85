using Dossier.Core.Analysis.Dating;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Dating;

public class DatingTests
{
    private static List<DateClue> Clues(string text) => DateClueReader.Read(text, [new TextSpan(0, text.Length)]);

    private static string Describe(string text, DateClue c) =>
        $"{text.Substring(c.Evidence.Start, c.Evidence.Length)}|{c.Year}-{c.Month}-{c.Day}|{c.Weekday}|{c.Week}|{c.Tense}";

    [Theory]
    [InlineData("The ferry line will reopen on March 3, 2031.", "March 3, 2031|2031-3-3||None|Future")]
    [InlineData("Talks resumed in Saltmere on 4 April.", "4 April|-4-4||None|Past")]
    [InlineData("The minister announced on Friday that the port will reopen next week.", "Friday|--|Friday|None|Past", "next week|--||Next|Future")]
    [InlineData("Workers agreed last Thursday to end the strike.", "last Thursday|--|Thursday|Last|Past")]
    [InlineData("They aim to settle before a May 30 deadline.", "May 30|-5-30||None|Future")]
    [InlineData("Prices may rise in May.", new string[0])]
    [InlineData("Officials met on Monday, June 9, 2031.", "Monday, June 9, 2031|2031-6-9||None|Past")]
    [InlineData("It was signed on February 30.", new string[0])]
    public void ReadsDatesWithTheTenseOfTheirClause(string text, params string[] expected) =>
        Assert.Equal(expected, Clues(text).Select(c => Describe(text, c)));

    [Fact]
    public void AnArticleIsDatedBetweenWhatItToldAsPastAndWhatIsToCome()
    {
        const string text = "The harbour board met on May 12, 2031. Dockers walked out on May 14. A vote will be held on May 20.";
        var dates = StoryDating.Infer([(null, Clues(text))]);
        Assert.Equal(new DateOnly(2031, 5, 14), dates[0]!.Date);
        Assert.True(dates[0]!.Confidence > 0.8);
    }

    [Fact]
    public void AnArticleThatNamesNoDayTakesItsPlaceFromTheStory()
    {
        // The story's main event (the vote on May 20, 2031, a Tuesday) and a dated article; the third says only "next week".
        const string first = "Dockers walked out on May 14, 2031. A vote will be held on May 20.";
        const string second = "The union said on May 15 that the vote on May 20 would go ahead.";
        const string third = "The union said the vote would take place next week.";
        var dates = StoryDating.Infer([(null, Clues(first)), (null, Clues(second)), (null, Clues(third))]);
        Assert.Equal(new DateOnly(2031, 5, 14), dates[0]!.Date);
        Assert.Equal(new DateOnly(2031, 5, 15), dates[1]!.Date);
        // "next week" of Tuesday May 20: written in the week of May 12–18, no earlier than the first dated article.
        Assert.Equal(new DateOnly(2031, 5, 14), dates[2]!.Date);
        Assert.Contains("next week", dates[2]!.Method);
    }

    [Fact]
    public void AStoryWithoutAYearIsNotDatedAndPageDatesAreKept()
    {
        Assert.Null(StoryDating.Infer([(null, Clues("Dockers walked out on May 14."))])[0]);
        var known = new DateOnly(2031, 5, 16);
        var dates = StoryDating.Infer([(known, Clues("Dockers walked out on May 14, 2031.")), (null, Clues("The strike began on May 14."))]);
        Assert.Null(dates[0]);
        Assert.Equal(new DateOnly(2031, 5, 14), dates[1]!.Date);
    }

    [Fact]
    public void ArbitraryTextNeverThrowsAndEvidenceStaysInBounds()
    {
        var words = Gen.Elements("on", "June", "9", ",", "2031", "May", "next", "week", "Friday", "will", "said", "31st", "Feb.", "\n", ".", "x");
        var texts = Gen.ArrayOf(words).Select(w => string.Join(' ', w));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(Gen.OneOf(texts, ArbMap.Default.GeneratorFor<string>())), text =>
        {
            text ??= "";
            var clues = Clues(text);
            Assert.All(clues, c => Assert.True(c.Evidence.Length > 0 && c.Evidence.End <= text.Length));
            StoryDating.Infer([(null, clues), (null, clues)]);
        }));
    }
}
