using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>A direct quotation of an article and who the text says it is from (nobody: <see cref="SpeakerMatch.Found"/> is false).</summary>
public sealed record FoundQuote(Quotation Quotation, SpeakerMatch Speaker);

/// <summary>
/// The direct quotes of an article with their speakers. The speaker comes first from <see cref="SpeakerRules"/>, else
/// from an <see cref="IAttributionFinder"/>'s attribution that covers the quote through a speech cue and names a source,
/// else from the quote before it in the paragraph when this one is a whole sentence
/// with no cue of its own ("“A,” Trump said. “B.”"); otherwise the quote is unattributed. A quote nested in another
/// is listed only when the outer quote's words name its speaker ("“He told me ‘we will win’,” she said"); otherwise
/// it is just part of the outer quote. Quoted names ("an “Invest in America” roundtable") are nobody's words.
/// </summary>
public sealed class DirectQuoteReader(IAttributionFinder? finder)
{
    /// <summary>The blocks a dossier reads quotes from: body, headings and captions, in order.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(Article article) =>
        article.Blocks.Where(b => b.Role != BlockRole.Boilerplate).Select(b => b.Span).ToList();

    public IReadOnlyList<FoundQuote> Read(Article article) => Read(article.Text, Paragraphs(article));

    public IReadOnlyList<FoundQuote> Read(string text, IReadOnlyList<TextSpan> paragraphs) =>
        Read(text, paragraphs, finder?.Find(text, paragraphs) ?? []);

    /// <summary>The quotes, with <paramref name="attributions"/> already found in the same text (the finder is not run again).</summary>
    public static IReadOnlyList<FoundQuote> Read(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var quotations = QuoteFinder.Find(text, paragraphs);
        if (quotations.Count == 0) return [];
        var result = new List<FoundQuote>();
        var matches = new SpeakerMatch[quotations.Count];
        var previousTop = -1;
        for (var i = 0; i < quotations.Count; i++)
        {
            var quotation = quotations[i];
            if (quotation.IsNested)
            {
                var inner = Nested(text, quotations, i);
                if (!inner.Found) inner = FromFinder(text, attributions, quotation) ?? SpeakerMatch.None;
                if (inner.Found) result.Add(new FoundQuote(quotation, inner));
                continue;
            }
            var first = ParagraphOf(paragraphs, quotation.Extent.Start);
            var last = ParagraphOf(paragraphs, quotation.Extent.End - 1);
            var floor = previousTop >= 0 && quotations[previousTop].Extent.End > first.Start ? quotations[previousTop].Extent.End : first.Start;
            var next = NextTop(quotations, i);
            var ceiling = next >= 0 && quotations[next].Extent.Start < last.End ? quotations[next].Extent.Start : last.End;
            var before = SpeakerRules.SentenceBefore(text, Math.Min(floor, quotation.Extent.Start), quotation.Extent.Start);
            var after = SpeakerRules.SentenceAfter(text, quotation.Extent.End, Math.Max(ceiling, quotation.Extent.End));

            var match = SpeakerMatch.None;
            if (!IsQuotedName(text, quotation, before))
            {
                match = SpeakerRules.Find(text, quotation, before, after);
                if (!match.Found) match = FromFinder(text, attributions, quotation) ?? SpeakerMatch.None;
            }
            if (!match.Found && previousTop >= 0 && matches[previousTop].Found && StartsSentence(text, quotation, before)
                && quotations[previousTop].Extent.End > first.Start)
            {
                match = matches[previousTop] with { Rule = SpeakerRule.Continuation };
            }
            matches[i] = match;
            previousTop = i;
            result.Add(new FoundQuote(quotation, match));
        }
        return result;
    }

    /// <summary>
    /// The speaker of the innermost tagged attribution whose content covers the quote, when its cue reports speech. The
    /// tagger follows PolNeAR, where "Both sides know …" and "the administration has imposed …" are attributions too: of
    /// beliefs and acts, not of the quoted words. So for a direct quote it only fills in where the rules find no one, and
    /// only through a speech cue ("said", "according to").
    /// </summary>
    private static SpeakerMatch? FromFinder(string text, IReadOnlyList<Attribution> attributions, Quotation quotation)
    {
        Attribution? best = null;
        foreach (var attribution in attributions)
        {
            if (attribution.Source is null || attribution.Cue is not { } cue || !attribution.Content.Any(quotation.Overlaps)) continue;
            var cueText = text.AsSpan(cue.Start, cue.Length);
            int space = cueText.IndexOf(' ');
            var firstWord = (space < 0 ? cueText : cueText[..space]).ToString();
            if (!CueWords.IsStrongCue(firstWord) && !firstWord.Equals("according", StringComparison.OrdinalIgnoreCase)) continue;
            if (best is null || attribution.Extent.Length < best.Extent.Length) best = attribution;
        }
        return best is null ? null : new SpeakerMatch(best.Source, best.Cue, SpeakerRule.Finder);
    }

    /// <summary>A nested quote's speaker from the outer quote's words before it ("He told me ‘…’"); cue rules only.</summary>
    private static SpeakerMatch Nested(string text, IReadOnlyList<Quotation> quotations, int index)
    {
        var quotation = quotations[index];
        var outer = quotations[quotation.Parent];
        var piece = outer.Content.FirstOrDefault(c => c.Start <= quotation.Extent.Start && quotation.Extent.Start < c.End);
        if (piece.Length == 0) return SpeakerMatch.None;
        var floor = piece.Start;
        for (var j = index - 1; j > quotation.Parent; j--)
        {
            if (quotations[j].Parent == quotation.Parent && quotations[j].Extent.End <= quotation.Extent.Start && quotations[j].Extent.End > floor)
                floor = quotations[j].Extent.End;
        }
        var before = SpeakerRules.SentenceBefore(text, floor, quotation.Extent.Start);
        var after = SpeakerRules.SentenceAfter(text, quotation.Extent.End, Math.Max(quotation.Extent.End, piece.End));
        return SpeakerRules.Find(text, quotation, before, after);
    }

    private static int NextTop(IReadOnlyList<Quotation> quotations, int index)
    {
        for (var j = index + 1; j < quotations.Count; j++)
            if (!quotations[j].IsNested) return j;
        return -1;
    }

    private static TextSpan ParagraphOf(IReadOnlyList<TextSpan> paragraphs, int position)
    {
        foreach (var paragraph in paragraphs)
            if (paragraph.Start <= position && position < paragraph.End) return paragraph;
        return new TextSpan(position, 0);
    }

    /// <summary>Whether the quote opens its sentence with a capital: a whole quoted sentence, not a phrase inside one.</summary>
    private static bool StartsSentence(string text, Quotation quotation, TextSpan before)
    {
        var first = quotation.Content[0];
        return string.IsNullOrWhiteSpace(text.Substring(before.Start, before.Length)) && char.IsUpper(text[first.Start]);
    }

    /// <summary>
    /// "an “Invest in America” roundtable": a few title-case words after an article and before a lower-case word are a
    /// name set in quotation marks, not anyone's words.
    /// </summary>
    private static bool IsQuotedName(string text, Quotation quotation, TextSpan before)
    {
        if (quotation.Content.Count != 1) return false;
        var words = text.Substring(quotation.Content[0].Start, quotation.Content[0].Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || !char.IsUpper(words[0][0])) return false;
        if (words.Any(w => !char.IsUpper(w[0]) && w is not ("in" or "of" or "the" or "and" or "for" or "a" or "to" or "on"))) return false;
        var preceding = text.Substring(before.Start, before.Length).TrimEnd();
        var lastSpace = preceding.LastIndexOf(' ');
        var article = preceding[(lastSpace + 1)..].ToLowerInvariant();
        if (article is not ("a" or "an" or "the")) return false;
        var i = quotation.Extent.End;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsLower(text[i]);
    }
}
