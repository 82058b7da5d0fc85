using Dossier.Core.Analysis.Quantities;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Quantities;

public sealed class QuantityTaggerTests
{
    private static (Quantity Quantity, string Text, string? Measured) One(string text, string expression)
    {
        var found = QuantityTagger.Tag(text);
        var q = Assert.Single(found, x => text.Substring(x.Span.Start, x.Span.Length) == expression);
        return (q, expression, q.Measured is { } m ? text.Substring(m.Start, m.Length) : null);
    }

    [Theory]
    [InlineData("Bilateral trade reached $582 billion last year.", "$582 billion", 582e9, "USD")]
    [InlineData("The firm agreed a $2.4 billion deal on Monday.", "$2.4 billion", 2.4e9, "USD")]
    [InlineData("The plant will cost 1.5 million euros to build.", "1.5 million euros", 1.5e6, "EUR")]
    [InlineData("The bonds raised HK$3bn in an hour.", "HK$3bn", 3e9, "HKD")]
    [InlineData("The stall sells apples for 50 cents each.", "50 cents", 0.5, "USD")]
    [InlineData("Exports reached 100 billion yuan in the quarter.", "100 billion yuan", 100e9, "CNY")]
    public void Money_is_resolved_with_its_scale_and_currency(string text, string expression, double value, string currency)
    {
        var (q, _, _) = One(text, expression);
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(currency, q.Unit);
    }

    [Fact]
    public void A_plus_after_the_figure_is_a_lower_bound()
    {
        var (q, _, _) = One("Meta makes a $10B+ bet on the startup.", "$10B+");
        Assert.Equal(10e9, q.Value);
        Assert.Equal(Comparator.AtLeast, q.Comparator);
    }

    [Theory]
    [InlineData("Turnout was 30 percent in the north.", "30 percent", 30)]
    [InlineData("Turnout was 145% in the south.", "145%", 145)]
    [InlineData("Rates climbed by 25 per cent over the year.", "by 25 per cent", 25)]
    public void Percentages_are_read_in_every_spelling(string text, string expression, double value)
    {
        var (q, _, _) = One(text, expression);
        Assert.Equal(QuantityKind.Percent, q.Kind);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("With Chile mining nearly 70% of the copper, prices rose.", "nearly 70%", Comparator.Approximately)]
    [InlineData("The talks ran more than six hours in all.", "more than six hours", Comparator.MoreThan)]
    [InlineData("Duties may go up to 50% under the plan.", "up to 50%", Comparator.AtMost)]
    [InlineData("The fund holds at least $3 million in bonds.", "at least $3 million", Comparator.AtLeast)]
    public void Qualifiers_are_kept_as_comparators(string text, string expression, Comparator comparator)
    {
        var (q, _, _) = One(text, expression);
        Assert.Equal(comparator, q.Comparator);
        Assert.True(q.IsApproximate);
    }

    [Theory]
    [InlineData("Margins were between 10% and 20% in the spring.", "between 10% and 20%", 10, 20, QuantityKind.Percent)]
    [InlineData("Margins were 10-20% in the spring.", "10-20%", 10, 20, QuantityKind.Percent)]
    [InlineData("The bill will be $5 to $7 billion in total.", "$5 to $7 billion", 5e9, 7e9, QuantityKind.Money)]
    public void Ranges_share_their_unit_and_scale(string text, string expression, double low, double high, QuantityKind kind)
    {
        var (q, _, _) = One(text, expression);
        Assert.Equal(kind, q.Kind);
        Assert.Equal(low, q.Value);
        Assert.Equal(high, q.High);
    }

    [Fact]
    public void From_to_is_a_change_linked_to_the_subject()
    {
        var (q, _, measured) = One("US tariffs on Chinese goods fell from 145% to 30% in May.", "from 145% to 30%");
        Assert.Equal(30, q.Value);
        Assert.Equal(145, q.Change!.From!.Value.Value);
        Assert.Equal(30, q.Change.To!.Value.Value);
        Assert.Equal(ChangeDirection.Down, q.Change.Direction);
        Assert.Equal("US tariffs on Chinese goods", measured);
    }

    [Fact]
    public void A_transitive_verb_of_change_gives_its_object()
    {
        var (q, _, measured) = One("New rules took effect, doubling levies on steel imports from 25% to 50%.", "from 25% to 50%");
        Assert.Equal(ChangeDirection.Up, q.Change!.Direction);
        Assert.Equal("levies on steel imports", measured);
    }

    [Fact]
    public void To_before_from_is_a_change_too()
    {
        var (q, _, measured) = One("The White House cut tariffs to 30% from 145% last month.", "to 30% from 145%");
        Assert.Equal(145, q.Change!.From!.Value.Value);
        Assert.Equal(30, q.Change.To!.Value.Value);
        Assert.Equal(ChangeDirection.Down, q.Change.Direction);
        Assert.Equal("tariffs", measured);
    }

    [Fact]
    public void A_change_by_an_amount_and_to_a_level_keeps_both()
    {
        var (q, _, measured) = One("Quarterly sales rose 3.2% to $4.1 billion.", "3.2% to $4.1 billion");
        Assert.Equal(QuantityKind.Money, q.Kind);
        Assert.Equal(4.1e9, q.Value);
        Assert.Equal(new Amount(3.2, QuantityKind.Percent, "%"), q.Change!.By);
        Assert.Equal(ChangeDirection.Up, q.Change.Direction);
        Assert.Equal("Quarterly sales", measured);
    }

    [Theory]
    [InlineData("Six ministers and a dozen aides flew in.", "a dozen", 12)]
    [InlineData("Some twenty-five boats were lost.", "Some twenty-five", 25)]
    [InlineData("They found six wells.", "six", 6)]
    [InlineData("One hundred and six sheep escaped.", "One hundred and six", 106)]
    [InlineData("Half a dozen shops closed.", "Half a dozen", 6)]
    public void Number_words_are_counts(string text, string expression, double value)
    {
        var (q, _, _) = One(text, expression);
        Assert.Equal(QuantityKind.Count, q.Kind);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    [InlineData("Tariffs of 145% hit the toy trade.", "145%", "Tariffs")]
    [InlineData("The firm agreed a $2.4 billion deal on Monday.", "$2.4 billion", "deal")]
    [InlineData("It followed a 90-minute call between the leaders.", "90-minute", "call")]
    [InlineData("The total bilateral trade last year reached $582 billion, but talks stalled.", "$582 billion", "The total bilateral trade")]
    [InlineData("Ruritania mines nearly 70% of the world's tin.", "nearly 70%", "the world's tin")]
    [InlineData("Meta is weighing an investment exceeding $10 billion in the lab.", "exceeding $10 billion", "an investment")]
    public void Each_figure_is_linked_to_what_it_measures(string text, string expression, string measured)
    {
        Assert.Equal(measured, One(text, expression).Measured);
    }

    [Theory]
    [InlineData("Talks resume on June 9, 2025 in London.")]
    [InlineData("Delegates meet at 10 a.m. on Tuesday.")]
    [InlineData("The S&P 500 neared a record.")]
    [InlineData("They met in 2019 and again in May.")]
    public void Dates_times_and_names_are_not_figures(string text)
    {
        Assert.Empty(QuantityTagger.Tag(text));
    }

    [Fact]
    public void Only_the_given_sentences_are_read()
    {
        const string text = "Imports rose 9% in April. Exports fell 5% in May.";
        var q = Assert.Single(QuantityTagger.Tag(text, [new TextSpan(26, text.Length - 26)]));
        Assert.Equal(5, q.Value);
        Assert.Equal("Exports", text.Substring(q.Measured!.Value.Start, q.Measured!.Value.Length));
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_every_span_is_in_bounds()
    {
        var alphabet = "0123456789 ,.-%$€£+/abcdefmoBkKtwnhrsuyilp\n".ToCharArray();
        var words = Gen.Elements("half", "a", "dozen", "twenty", "-", "five", "from", "to", "between", "and", "by", "rose",
            "cut", "of", "nearly", "more", "than", "$", "US", "%", "percent", "point", "billion", " ", "\n", "first", "one");
        var texts = Gen.Frequency(
            (2, Gen.ArrayOf(Gen.Elements(alphabet)).Select(cs => new string(cs))),
            (2, Gen.ListOf(words).Select(parts => string.Join(" ", parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(texts), text =>
        {
            foreach (var q in QuantityTagger.Tag(text))
            {
                if (!q.Span.IsWithin(text.Length) || q.Span.IsEmpty) return false;
                if (q.Measured is { } m && !m.IsWithin(text.Length)) return false;
            }
            foreach (var f in QuantityTagger.Figures(text)) if (!f.Span.IsWithin(text.Length)) return false;
            foreach (var f in QuantityTagger.Numbers(text)) if (!f.Span.IsWithin(text.Length)) return false;
            return true;
        }));
    }
}
