using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>
/// Reads whether a date's sentence speaks of the past or the future, from the tense word nearest the date: "will meet
/// on June 9", "talks resumed on June 10", "announced on Friday that talks will resume" (past: "announced" is nearer).
/// Verbs and modals decide first, up to 12 words away on either side, so a sentence that moves between tenses is read
/// where the date is; words that only lean forward ("before a July 9 deadline", "until Friday") give way to a verb
/// at least as near, since "until Thursday, they had not" is a past.
/// </summary>
public static class TenseReader
{
    private const int Window = 12;

    /// <summary>How near a word must be to count as right by the date.</summary>
    private const int NearWindow = 4;

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "shall", "would", "upcoming", "next", "tomorrow", "forthcoming",
    };

    /// <summary>
    /// Verbs of planning: they point forward only at a date after them ("planned to leave on Thursday"); a date before
    /// them is when the planning was done ("On Friday, the government planned to pay").
    /// </summary>
    private static readonly HashSet<string> PlanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "scheduled", "expected", "plans", "planned", "planning", "set",
    };

    /// <summary>Words that lean forward without a verb's say: they decide only when no verb or modal is near.</summary>
    private static readonly HashSet<string> WeakFutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "due", "later", "ahead", "deadline", "before", "until", "expire", "expires",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "took", "met", "held", "saw", "made", "gave", "came", "went", "began",
        "ago", "last", "yesterday", "earlier", "previously", "agreed", "announced", "spoke", "wrote", "led", "left",
        "struck", "won", "lost", "fell", "rose", "hit", "cut", "sent", "brought", "kept", "got", "became",
    };

    /// <summary>Words between a modal and its participle: "will be held", "would have met", "is to be signed".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "have", "not", "also", "then", "now",
    };

    public static ClueTense Read(string text, TextSpan sentence, TextSpan date)
    {
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, sentence, tokens);
        int first = tokens.FindIndex(t => t.End > date.Start);
        if (first < 0) return ClueTense.Unknown;
        int last = tokens.FindLastIndex(t => t.Start < date.End);
        return Read(text, tokens, first, last);
    }

    /// <summary>
    /// The tense around tokens <paramref name="first"/>..<paramref name="last"/> (a date) of an already tokenized
    /// sentence, for callers that hold the tokens (the time tagger reads every bare weekday and month this way).
    /// </summary>
    public static ClueTense Read(string text, IReadOnlyList<TextSpan> tokens, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        if (first < 0 || last < first || last >= tokens.Count) return ClueTense.Unknown;
        // A verb right by the date decides first ("until Thursday, they had not met"), then a leaning word right by it
        // ("before a July 9 deadline"), then the nearest verb of the clause, then any leaning word.
        foreach (var (weak, window) in (ReadOnlySpan<(bool, int)>)[(false, NearWindow), (true, 2), (false, Window), (true, Window)])
        {
            // A sentence's end closes that side: callers may pass a whole text as one run of tokens.
            bool beforeOpen = true, afterOpen = true;
            for (int distance = 1; distance <= window && (beforeOpen || afterOpen); distance++)
            {
                // Before the date first: "will meet on June 9" reads "will", not what follows the date.
                int b = first - distance, a = last + distance;
                beforeOpen = beforeOpen && b >= 0 && !EndsSentence(text, tokens[b]);
                if (beforeOpen && TenseAt(text, tokens, b, weak, beforeDate: true) is var before and not ClueTense.Unknown) return before;
                afterOpen = afterOpen && a < tokens.Count && !EndsSentence(text, tokens[a]);
                if (afterOpen && TenseAt(text, tokens, a, weak, beforeDate: false) is var after and not ClueTense.Unknown) return after;
            }
        }
        return ClueTense.Unknown;
    }

    private static ClueTense TenseAt(string text, IReadOnlyList<TextSpan> tokens, int index, bool weak, bool beforeDate)
    {
        var word = text.AsSpan(tokens[index].Start, tokens[index].Length);
        // "due to restart", "due to expire": a plan, as strong as "set to".
        if (!weak && word.Equals("due", StringComparison.OrdinalIgnoreCase) && NextIs(text, tokens, index, "to")) return beforeDate ? ClueTense.Future : ClueTense.Unknown;
        // "as soon as Tuesday", "as early as next week": the earliest a thing may happen, so it has not yet.
        if (!weak && beforeDate && word is "as" && index > 1 && WordAt(text, tokens, index - 1) is "soon" or "early"
            && WordAt(text, tokens, index - 2).Equals("as", StringComparison.OrdinalIgnoreCase)) return ClueTense.Future;
        if (weak) return WeakFutureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? ClueTense.Future : ClueTense.Unknown;
        if (FutureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            // "next to the embassy" is a place.
            return word.Equals("next", StringComparison.OrdinalIgnoreCase) && NextIs(text, tokens, index, "to") ? ClueTense.Unknown : ClueTense.Future;
        }
        // "is to resume", "are to meet": the arranged future.
        if (word is "to" && index > 0 && text.AsSpan(tokens[index - 1].Start, tokens[index - 1].Length) is "is" or "are") return ClueTense.Future;
        if (PlanWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            // "set to resume", "set for Monday": "set" alone is as often a past ("set Friday as the deadline").
            bool isSet = word.Equals("set", StringComparison.OrdinalIgnoreCase);
            if (isSet && !NextIs(text, tokens, index, "to") && !NextIs(text, tokens, index, "for")) return ClueTense.Unknown;
            // "had been scheduled to expire Friday": a plan of the past.
            if (index > 0 && WordAt(text, tokens, index - 1) is "had" || index > 1 && WordAt(text, tokens, index - 2) is "had") return ClueTense.Past;
            if (beforeDate) return ClueTense.Future;
            return isSet ? ClueTense.Unknown : ClueTense.Past;
        }
        bool listed = PastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        if (!listed && !IsRegularPast(word)) return ClueTense.Unknown;
        // An "-ed" form opening a clause after a comma modifies, it does not tell: "until March 31, backdated to May".
        if (!listed && index > 0 && WordAt(text, tokens, index - 1) is ",") return ClueTense.Unknown;
        // A participle after a modal is not the past: "will be held", "is to be signed", "would have met". Only the
        // auxiliaries may stand between, so "the ambassador to Venezuela said" stays a past.
        for (int k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            var before = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (before is "will" or "'ll" or "shall" or "would" or "to" or "Will") return ClueTense.Future;
            if (!Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)) break;
        }
        return ClueTense.Past;
    }

    private static ReadOnlySpan<char> WordAt(string text, IReadOnlyList<TextSpan> tokens, int index) => text.AsSpan(tokens[index].Start, tokens[index].Length);

    private static bool NextIs(string text, IReadOnlyList<TextSpan> tokens, int index, string word) =>
        index + 1 < tokens.Count && WordAt(text, tokens, index + 1).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool EndsSentence(string text, TextSpan token) => token.Length == 1 && text[token.Start] is '.' or '!' or '?';

    /// <summary>A lower-case verb form in "-ed" ("resumed", "agreed"), not a name or a noun like "bed".</summary>
    private static bool IsRegularPast(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !word.EndsWith("eed", StringComparison.Ordinal);
}
