using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>How a quotation's speaker was found.</summary>
public enum SpeakerRule
{
    /// <summary>No rule named anyone: the quotation is unattributed.</summary>
    None,

    /// <summary>An <see cref="IAttributionFinder"/>'s attribution covering the quotation gave the source.</summary>
    Finder,

    /// <summary>"“…,” X said" or "“…,” said X": the speaker right after the quotation.</summary>
    After,

    /// <summary>"X said (that) “…”", "X wrote in a post: “…”", "as X put it, “…”": the nearest cue verb before it in the sentence.</summary>
    Before,

    /// <summary>"according to X" in the quotation's sentence.</summary>
    AccordingTo,

    /// <summary>"X: “…”", the headline convention.</summary>
    Colon,

    /// <summary>A whole-sentence quotation with no cue of its own, after one of the same paragraph that has a speaker.</summary>
    Continuation,
}

public static class SpeakerRuleNames
{
    /// <summary>The name of a rule in every output format.</summary>
    public static string Name(this SpeakerRule rule) => rule switch
    {
        SpeakerRule.None => "none",
        SpeakerRule.Finder => "finder",
        SpeakerRule.After => "after",
        SpeakerRule.Before => "before",
        SpeakerRule.AccordingTo => "accordingTo",
        SpeakerRule.Colon => "colon",
        SpeakerRule.Continuation => "continuation",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}

/// <summary>What the rules found: the words naming the speaker and the cue, as spans.</summary>
public readonly record struct SpeakerMatch(TextSpan? Source, TextSpan? Cue, SpeakerRule Rule)
{
    public static readonly SpeakerMatch None = new(null, null, SpeakerRule.None);

    public bool Found => Source is not null;
}

/// <summary>
/// Hand-written rules that find who a quotation is attributed to from the words around it in its sentence: a cue verb
/// (said, told, wrote, added, noted, posted, ... and, with a named speaker, called, described, accused, "put it"),
/// "according to", or a headline's colon. The speaker is the phrase the verb's clause gives: after the verb when it
/// comes right after the quotation ("“…,” said the president"), else before it, back to the clause's start.
/// </summary>
public static class SpeakerRules
{
    /// <summary>Longest speaker phrase, in tokens ("a senior administration official familiar with the talks").</summary>
    private const int MaxSpeakerTokens = 10;

    /// <summary>How far after a quotation its cue may come ("“…,” Hassett, the council's chair, said" is out of reach).</summary>
    private const int MaxTokensToCue = 10;

    private readonly record struct Token(TextSpan Span, string Text)
    {
        public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    }

    /// <summary>
    /// The speaker of a quotation from the text before it (<paramref name="before"/>: from the start of its sentence, or
    /// the end of the previous quotation, to its opening mark) and after it (<paramref name="after"/>: from its closing
    /// mark to the end of the sentence or the next quotation).
    /// </summary>
    public static SpeakerMatch Find(string text, Quotation quotation, TextSpan before, TextSpan after)
    {
        var beforeTokens = Tokens(text, before);
        var afterTokens = Tokens(text, after);
        if (EndsWithPause(text, quotation, afterTokens) && AfterQuote(afterTokens) is { Found: true } trailing) return trailing;
        if (AccordingTo(beforeTokens) is { Found: true } leading) return leading;
        if (AccordingTo(afterTokens) is { Found: true } following) return following;
        if (BeforeQuote(beforeTokens) is { Found: true } cued) return cued;
        return Colon(beforeTokens);
    }

    /// <summary>
    /// The region before a quotation inside its sentence: back from <paramref name="open"/> to the last sentence end,
    /// but not before <paramref name="floor"/> (the paragraph's start or the previous quotation's end).
    /// </summary>
    public static TextSpan SentenceBefore(string text, int floor, int open)
    {
        var tokens = Tokens(text, TextSpan.FromBounds(floor, open));
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (CueWords.EndsSentence(tokens[i].Text)) return TextSpan.FromBounds(tokens[i].Span.End, open);
        }
        return TextSpan.FromBounds(floor, open);
    }

    /// <summary>The region after a quotation inside its sentence: from <paramref name="close"/> to the first sentence end before <paramref name="ceiling"/>.</summary>
    public static TextSpan SentenceAfter(string text, int close, int ceiling)
    {
        var tokens = Tokens(text, TextSpan.FromBounds(close, ceiling));
        foreach (var token in tokens)
        {
            if (CueWords.EndsSentence(token.Text)) return TextSpan.FromBounds(close, token.Span.Start);
        }
        return TextSpan.FromBounds(close, ceiling);
    }

    /// <summary>A quotation that ends in a comma, question or exclamation mark (inside the marks or right after) hands over to its cue.</summary>
    private static bool EndsWithPause(string text, Quotation quotation, List<Token> after)
    {
        var last = quotation.Content[^1];
        var end = text[last.End - 1];
        if (end is ',' or '?' or '!' or '\u2014' or '-' or ':') return true;
        return after.Count > 0 && after[0].Text is "," or "\u2014";
    }

    /// <summary>"“…,” X said", "“…,” said X", "“…,” X wrote in his post".</summary>
    private static SpeakerMatch AfterQuote(List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].Text is "," or "\u2014") i++;
        if (i >= tokens.Count) return SpeakerMatch.None;
        if (IsCue(tokens, i, out var cueEnd))
        {
            // "said X": the speaker runs from after the verb to the next preposition or punctuation.
            var start = cueEnd;
            var end = start;
            while (end < tokens.Count && end - start < MaxSpeakerTokens && !CueWords.IsBoundaryPunctuation(tokens[end].Text)
                   && (!CueWords.EndsTrailingSpeaker(tokens[end].Text) || (end > start && CueWords.TakesPreposition(tokens[end - 1].Text)))) end++;
            return end > start && tokens[start..end].Any(t => char.IsLetter(t.Text[0]))
                ? new SpeakerMatch(Join(tokens, start, end), Join(tokens, i, cueEnd), SpeakerRule.After)
                : SpeakerMatch.None;
        }
        if (CueWords.IsBoundary(tokens[i].Text) || CueWords.EndsTrailingSpeaker(tokens[i].Text)) return SpeakerMatch.None;
        for (var k = i + 1; k < tokens.Count && k - i <= MaxTokensToCue; k++)
        {
            if (CueWords.IsBoundaryPunctuation(tokens[k].Text) || CueWords.IsBoundary(tokens[k].Text)) return SpeakerMatch.None;
            if (!IsCue(tokens, k, out var end)) continue;
            return Subject(tokens, i, k) is { } subject && Accepts(tokens, subject, k)
                ? new SpeakerMatch(Join(tokens, subject.Start, subject.End), Join(tokens, k, end), SpeakerRule.After)
                : SpeakerMatch.None;
        }
        return SpeakerMatch.None;
    }

    /// <summary>"X said (that) “…”": the nearest cue verb before the quotation, and the clause's subject before the verb.</summary>
    private static SpeakerMatch BeforeQuote(List<Token> tokens)
    {
        for (var k = tokens.Count - 1; k > 0; k--)
        {
            if (!IsCue(tokens, k, out var end)) continue;
            var start = k;
            while (start > 0 && !CueWords.IsBoundaryPunctuation(tokens[start - 1].Text) && !CueWords.IsBoundary(tokens[start - 1].Text)) start--;
            if (Subject(tokens, start, k) is { } subject && Accepts(tokens, subject, k))
                return new SpeakerMatch(Join(tokens, subject.Start, subject.End), Join(tokens, k, end), SpeakerRule.Before);
            // "Staal thanked both sides, saying that “…”": a participle after a comma takes the sentence's subject.
            if (start == k && k > 0 && tokens[k - 1].Text == "," && tokens[k].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && LeadingName(tokens) is { } lead)
                return new SpeakerMatch(Join(tokens, lead.Start, lead.End), Join(tokens, k, end), SpeakerRule.Before);
            return SpeakerMatch.None;
        }
        return SpeakerMatch.None;
    }

    /// <summary>The capitalised words (or a pronoun) that open the region, as the subject of its sentence.</summary>
    private static (int Start, int End)? LeadingName(List<Token> tokens)
    {
        if (tokens.Count > 0 && CueWords.Pronouns.Contains(tokens[0].Text) && tokens[0].Text is not ("it" or "It")) return (0, 1);
        // "The council", "The Port Authority": a determiner takes the word after it and any capitalised ones.
        var end = tokens.Count > 1 && CueWords.IsDeterminer(tokens[0].Text) ? 2 : 0;
        while (end < tokens.Count && end < 6 && (tokens[end].IsCapitalized || tokens[end].Text is "'s" or "\u2019s")) end++;
        return end > 0 ? (0, end) : null;
    }

    /// <summary>"according to X": X runs to the next punctuation, preposition or clause word.</summary>
    private static SpeakerMatch AccordingTo(List<Token> tokens)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) || !tokens[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var start = i + 2;
            var end = start;
            while (end < tokens.Count && end - start < MaxSpeakerTokens && !CueWords.IsBoundaryPunctuation(tokens[end].Text)
                   && !CueWords.EndsTrailingSpeaker(tokens[end].Text)) end++;
            if (end > start) return new SpeakerMatch(Join(tokens, start, end), Join(tokens, i, i + 2), SpeakerRule.AccordingTo);
        }
        return SpeakerMatch.None;
    }

    /// <summary>"Trump: “…”" — a short capitalised phrase, a colon, then the quotation.</summary>
    private static SpeakerMatch Colon(List<Token> tokens)
    {
        if (tokens.Count < 2 || tokens[^1].Text != ":" || tokens.Count - 1 > 6) return SpeakerMatch.None;
        if (!tokens[0].IsCapitalized || tokens[..^1].Any(t => CueWords.IsBoundaryPunctuation(t.Text))) return SpeakerMatch.None;
        return new SpeakerMatch(Join(tokens, 0, tokens.Count - 1), null, SpeakerRule.Colon);
    }

    /// <summary>Whether tokens[k] starts a cue ("put" only in "put it"); <paramref name="end"/> is past the cue's last token.</summary>
    private static bool IsCue(List<Token> tokens, int k, out int end)
    {
        end = k + 1;
        var word = tokens[k].Text;
        // After a determiner the word is a noun: "in his post", "after his call".
        if (k > 0 && CueWords.IsDeterminer(tokens[k - 1].Text)) return false;
        if (CueWords.IsStrongCue(word)) return true;
        if (!CueWords.IsWeakCue(word)) return false;
        if (word.StartsWith("put", StringComparison.OrdinalIgnoreCase))
        {
            if (k + 1 >= tokens.Count || !tokens[k + 1].Text.Equals("it", StringComparison.OrdinalIgnoreCase)) return false;
            end = k + 2;
        }
        return true;
    }

    /// <summary>The subject phrase in tokens[start..verb): fillers at its end ("later", "recently") stripped; null when nothing is left or it is too long.</summary>
    private static (int Start, int End)? Subject(List<Token> tokens, int start, int verb)
    {
        var end = verb;
        while (end > start && CueWords.IsFiller(tokens[end - 1].Text)) end--;
        if (end <= start || end - start > MaxSpeakerTokens) return null;
        if (!tokens[start..end].Any(t => char.IsLetter(t.Text[0]))) return null;
        return (start, end);
    }

    /// <summary>A weak cue ("called", "described") needs a named speaker or a pronoun: "a plan called “X”" names no one.</summary>
    private static bool Accepts(List<Token> tokens, (int Start, int End) subject, int verb)
    {
        if (!CueWords.NeedsNamedSpeaker(tokens[verb].Text)) return true;
        var words = tokens[subject.Start..subject.End];
        return words.Any(t => t.IsCapitalized && !CueWords.IsDeterminer(t.Text)) || (words.Count == 1 && CueWords.Pronouns.Contains(words[0].Text));
    }

    private static TextSpan Join(List<Token> tokens, int start, int end) => TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);

    private static List<Token> Tokens(string text, TextSpan region)
    {
        var spans = new List<TextSpan>();
        if (region.Length > 0) Tokenizer.Tokenize(text, region, spans);
        return spans.Select(s => new Token(s, text.Substring(s.Start, s.Length))).ToList();
    }
}
