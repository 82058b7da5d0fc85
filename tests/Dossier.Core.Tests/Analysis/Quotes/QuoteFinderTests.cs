using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Analysis.Quotes;

/// <summary>Quotation marks: which spans are quotes, and which marks are apostrophes or strays.</summary>
public sealed class QuoteFinderTests
{
    /// <summary>The quotes of a text whose paragraphs are separated by blank lines, as their texts.</summary>
    internal static List<string> Quotes(string text, bool nested = false)
    {
        var found = QuoteFinder.Find(text, Paragraphs(text));
        return found.Where(q => nested || !q.IsNested).Select(q => q.TextIn(text)).ToList();
    }

    internal static List<TextSpan> Paragraphs(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            if (end > start) spans.Add(TextSpan.FromBounds(start, end));
            start = end + 2;
        }
        return spans;
    }

    [Fact]
    public void Straight_and_curly_double_marks_quote()
    {
        Assert.Equal(["The harbour is closed,", "Nobody sails today."],
            Quotes("\"The harbour is closed,\" the pilot said. “Nobody sails today.”"));
    }

    [Fact]
    public void A_partial_quote_inside_a_sentence_is_a_quote()
    {
        Assert.Equal(["very productive"], Quotes("The mayor called the meeting “very productive” and left early."));
    }

    [Fact]
    public void Apostrophes_are_not_quote_marks()
    {
        Assert.Empty(Quotes("Trump’s envoy said the ’90s were different, and the students' visas and Maria's car were not mentioned."));
        Assert.Empty(Quotes("It's the mayor's 'rock 'n' roll' year, y'all."[..20]));
    }

    [Fact]
    public void Single_marks_nest_inside_double_ones()
    {
        const string text = "“He told me ‘we will win’ before the vote,” the coach said.";
        var found = QuoteFinder.Find(text, Paragraphs(text));
        Assert.Equal(2, found.Count);
        Assert.Equal("He told me ‘we will win’ before the vote,", found[0].TextIn(text));
        Assert.Equal("we will win", found[1].TextIn(text));
        Assert.Equal(0, found[1].Parent);
    }

    [Fact]
    public void A_headline_may_quote_with_single_marks()
    {
        Assert.Equal(["We will not back down"], Quotes("'We will not back down': union leader vows to stay out"));
        Assert.Equal(["Bridge is safe"], Quotes("Engineer: ‘Bridge is safe’ after the storm’s worst night"));
    }

    [Fact]
    public void A_quote_runs_across_sentences()
    {
        Assert.Equal(["We waited. Then we waited again. Nobody came."], Quotes("“We waited. Then we waited again. Nobody came.” she said."));
    }

    [Fact]
    public void A_quote_left_open_runs_into_the_next_paragraph_that_reopens_it()
    {
        const string text = "“The first paragraph of the speech.\n\n“The second paragraph, and the end,” the mayor said.\n\nA new paragraph.";
        var found = QuoteFinder.Find(text, Paragraphs(text));
        var quote = Assert.Single(found);
        Assert.Equal(2, quote.Content.Count);
        Assert.True(quote.Closed);
        Assert.Equal("The first paragraph of the speech. The second paragraph, and the end,", quote.TextIn(text));
    }

    [Fact]
    public void A_quote_left_open_ends_with_its_paragraph_when_the_next_does_not_reopen()
    {
        const string text = "The mayor said “this is unfinished.\n\nThe council met on Monday and said \"nothing\" at all.";
        var found = QuoteFinder.Find(text, Paragraphs(text));
        Assert.Equal(2, found.Count);
        Assert.False(found[0].Closed);
        Assert.Equal("this is unfinished.", found[0].TextIn(text));
        Assert.Equal("nothing", found[1].TextIn(text));
    }

    [Fact]
    public void An_opening_mark_before_the_last_closed_ends_the_last_one_unclosed()
    {
        const string text = "“First quote without end. “Second quote,” she said.";
        var found = QuoteFinder.Find(text, Paragraphs(text));
        Assert.Equal(["First quote without end.", "Second quote,"], found.Select(q => q.TextIn(text)));
        Assert.False(found[0].Closed);
        Assert.True(found[1].Closed);
    }

    [Fact]
    public void A_stray_mark_does_not_swallow_a_long_paragraph()
    {
        var text = "He said “" + string.Concat(Enumerable.Repeat("word ", 1_000)) + "end.";
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void An_inch_mark_after_a_digit_opens_nothing()
    {
        Assert.Empty(Quotes("The pipe is 12\" wide and the other 8\" wide."));
    }

    [Fact]
    public void Empty_marks_are_no_quote()
    {
        Assert.Empty(Quotes("He wrote “” and then \"\" again."));
    }
}

/// <summary>Hostile text: many marks, one huge paragraph; reading must stay bounded and in bounds.</summary>
public sealed class QuoteFinderHostileTests
{
    [Fact]
    public void Half_a_million_characters_of_marks_are_read_with_every_span_in_bounds()
    {
        var text = string.Concat(Enumerable.Repeat("“a \"b ‘c ’d ” said he, “e ", 20_000));
        var paragraphs = new List<TextSpan> { new(0, text.Length) };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = new DirectQuoteReader(null).Read(text, paragraphs);
        watch.Stop();
        Assert.InRange(found.Count, 1, QuoteFinder.MaxQuotations);
        Assert.All(found, f => Assert.All(f.Quotation.Content, c => Assert.True(c.IsWithin(text.Length))));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
