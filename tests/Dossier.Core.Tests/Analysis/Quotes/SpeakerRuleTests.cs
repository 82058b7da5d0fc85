using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Analysis.Quotes;

/// <summary>Who each quote is from, by the cue rules alone (no attribution finder).</summary>
public sealed class SpeakerRuleTests
{
    /// <summary>Each quote's text with its source words ("-" when unattributed) and rule.</summary>
    private static List<(string Quote, string Source, SpeakerRule Rule)> Read(string text, IAttributionFinder? finder = null)
    {
        var found = new DirectQuoteReader(finder).Read(text, QuoteFinderTests.Paragraphs(text));
        return found.Select(f => (f.Quotation.TextIn(text), f.Speaker.Source is { } s ? text.Substring(s.Start, s.Length) : "-", f.Speaker.Rule)).ToList();
    }

    private static string SourceOf(string text) => Assert.Single(Read(text)).Source;

    [Theory]
    [InlineData("“The harbour is closed,” Mira Olsen said.", "Mira Olsen")]
    [InlineData("\"The harbour is closed,\" said Mira Olsen, the harbour master.", "Mira Olsen")]
    [InlineData("“Is the harbour closed?” asked the pilot.", "the pilot")]
    [InlineData("“The harbour is closed,” she added.", "she")]
    [InlineData("“The harbour is closed,” a source familiar with the talks said.", "a source familiar with the talks")]
    [InlineData("“The harbour is closed,” the harbour master told reporters.", "the harbour master")]
    [InlineData("“The harbour is closed,” Olsen wrote in a post on Truth Social.", "Olsen")]
    public void The_speaker_right_after_the_quote(string text, string source) => Assert.Equal(source, SourceOf(text));

    [Theory]
    [InlineData("Mira Olsen said: “The harbour is closed.”", "Mira Olsen")]
    [InlineData("Mira Olsen said that “the harbour is closed.”", "Mira Olsen")]
    [InlineData("Olsen wrote in a post on Truth Social: “The harbour is closed.”", "Olsen")]
    [InlineData("Olsen told Reuters “the harbour is closed” on Monday.", "Olsen")]
    [InlineData("The mayor later said it would be her “honour” to reopen it.", "The mayor")]
    [InlineData("As one port official put it, the closure is “a disaster for the town.”", "one port official")]
    [InlineData("Treasury Secretary Ada Brenn called the first day a “good meeting.”", "Treasury Secretary Ada Brenn")]
    [InlineData("The union recently accused the port of “dragging its feet.”", "The union")]
    [InlineData("Olsen also posted after her call with the minister: “We are open again.”", "Olsen")]
    [InlineData("The council backed the plan, saying it was “the only way forward.”", "The council")]
    public void The_speaker_before_the_quote(string text, string source) => Assert.Equal(source, SourceOf(text));

    [Fact]
    public void According_to()
    {
        var quote = Assert.Single(Read("The closure is “temporary,” according to the harbour master."));
        Assert.Equal(("temporary,", "the harbour master", SpeakerRule.AccordingTo), quote);
    }

    [Fact]
    public void A_headline_names_its_speaker_before_a_colon()
    {
        var quote = Assert.Single(Read("Olsen: ‘The harbour is closed’"));
        Assert.Equal(("The harbour is closed", "Olsen", SpeakerRule.Colon), quote);
    }

    [Fact]
    public void A_whole_quoted_sentence_after_an_attributed_one_continues_it()
    {
        var quotes = Read("“The harbour is closed,” Olsen said in a statement on Monday. “It will reopen when the storm passes.”");
        Assert.Equal([("The harbour is closed,", "Olsen", SpeakerRule.After), ("It will reopen when the storm passes.", "Olsen", SpeakerRule.Continuation)], quotes);
    }

    [Fact]
    public void A_quote_split_by_its_cue_has_one_speaker()
    {
        var quotes = Read("\"This should go smoothly,\" Olsen wrote in her post, \"Thank you all!\"");
        Assert.All(quotes, q => Assert.Equal("Olsen", q.Source));
        Assert.Equal(2, quotes.Count);
    }

    [Theory]
    [InlineData("The port has imposed a “temporary” closure.")]
    [InlineData("Their “very positive” call set the stage.")]
    [InlineData("Speaking at an “Open Harbour” breakfast, Olsen said the port would reopen.")]
    [InlineData("A plan called “Project Gull” was shelved.")]
    public void Scare_quotes_and_quoted_names_are_unattributed(string text)
    {
        var quote = Assert.Single(Read(text));
        Assert.Equal("-", quote.Source);
        Assert.Equal(SpeakerRule.None, quote.Rule);
    }

    [Fact]
    public void A_nested_quote_is_listed_with_the_speaker_the_outer_quote_names()
    {
        var quotes = Read("“The minister told me ‘we will pay for the repairs’ last week,” Olsen said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Olsen", quotes[0].Source);
        Assert.Equal(("we will pay for the repairs", "The minister"), (quotes[1].Quote, quotes[1].Source));
    }

    [Fact]
    public void A_nested_quote_naming_nobody_is_part_of_the_outer_one()
    {
        var quotes = Read("“It was a ‘temporary’ closure for a week,” Olsen said.");
        Assert.Equal("It was a ‘temporary’ closure for a week,", Assert.Single(quotes).Quote);
    }

    [Fact]
    public void The_rules_come_before_an_attribution_finder()
    {
        const string text = "“The harbour is closed,” Olsen said, quoting the harbour master.";
        var source = new TextSpan(text.IndexOf("the harbour master", StringComparison.Ordinal), "the harbour master".Length);
        var cue = new TextSpan(text.IndexOf("quoting", StringComparison.Ordinal), "quoting".Length);
        var finder = new FixedFinder(new Attribution(source, cue, [new TextSpan(1, 22)]));
        var quote = Assert.Single(Read(text, finder));
        Assert.Equal(("Olsen", SpeakerRule.After), (quote.Source, quote.Rule));
    }

    [Fact]
    public void An_attribution_finder_fills_in_through_a_speech_cue_where_the_rules_find_nobody()
    {
        const string text = "The harbour master, in a statement to the council, said “the harbour is closed” until spring.";
        int Find(string part) => text.IndexOf(part, StringComparison.Ordinal);
        var content = new TextSpan(Find("the harbour is"), "the harbour is closed".Length);
        var speech = new FixedFinder(new Attribution(new TextSpan(0, "The harbour master".Length), new TextSpan(Find("said"), 4), [content]));
        var belief = new FixedFinder(new Attribution(new TextSpan(0, "The harbour master".Length), new TextSpan(Find("statement"), 9), [content]));

        var withSpeech = Assert.Single(Read(text, speech));
        var withBelief = Assert.Single(Read(text, belief));

        Assert.Equal(("The harbour master", SpeakerRule.Finder), (withSpeech.Source, withSpeech.Rule));
        Assert.NotEqual(SpeakerRule.Finder, withBelief.Rule);
    }

    [Fact]
    public void A_finder_attribution_without_a_source_leaves_the_rules_to_decide()
    {
        const string text = "“The harbour is closed,” Olsen said.";
        var finder = new FixedFinder(new Attribution(null, null, [new TextSpan(1, 22)]));
        Assert.Equal(("Olsen", SpeakerRule.After), (Assert.Single(Read(text, finder)).Source, Assert.Single(Read(text, finder)).Rule));
    }

    private sealed class FixedFinder(params Attribution[] attributions) : IAttributionFinder
    {
        public IReadOnlyList<Attribution> Find(string text, IReadOnlyList<TextSpan> paragraphs) => attributions;
    }
}
