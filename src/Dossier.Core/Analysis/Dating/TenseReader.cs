using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>
/// Reads whether a date's sentence speaks of the past or the future, from the tense word nearest the date: "will meet
/// on June 9", "before a July 9 deadline", "talks resumed on June 10", "announced on Friday that talks will resume"
/// (past: "announced" is nearer). The nearest word decides, up to 12 words away on either side, so a sentence that
/// moves between tenses is read where the date is.
/// </summary>
public static class TenseReader
{
    private const int Window = 12;

    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "shall", "upcoming", "scheduled", "expected", "plans", "planned", "planning", "next", "tomorrow",
        "set", "due", "later", "ahead", "forthcoming", "deadline", "before", "until", "expire", "expires",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "took", "met", "held", "saw", "made", "gave", "came", "went", "began",
        "ago", "last", "yesterday", "earlier", "previously", "agreed", "announced", "spoke", "wrote", "led", "left",
        "struck", "won", "lost", "fell", "rose", "hit", "cut", "sent", "brought", "kept", "got", "became",
    };

    public static ClueTense Read(string text, TextSpan sentence, TextSpan date)
    {
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, sentence, tokens);
        int first = tokens.FindIndex(t => t.End > date.Start);
        if (first < 0) return ClueTense.Unknown;
        int last = tokens.FindLastIndex(t => t.Start < date.End);
        for (int distance = 1; distance <= Window; distance++)
        {
            // Before the date first: "will meet on June 9" reads "will", not what follows the date.
            if (first - distance >= 0 && TenseAt(text, tokens, first - distance) is var before and not ClueTense.Unknown) return before;
            if (last + distance < tokens.Count && TenseAt(text, tokens, last + distance) is var after and not ClueTense.Unknown) return after;
        }
        return ClueTense.Unknown;
    }

    private static ClueTense TenseAt(string text, List<TextSpan> tokens, int index)
    {
        var word = text.AsSpan(tokens[index].Start, tokens[index].Length);
        if (FutureWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return ClueTense.Future;
        if (!PastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !IsRegularPast(word)) return ClueTense.Unknown;
        // A participle after a modal is not the past: "will be held", "is to be signed", "would have met".
        for (int k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            var before = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (before is "will" or "'ll" or "shall" or "would" or "to" or "Will") return ClueTense.Future;
        }
        return ClueTense.Past;
    }

    /// <summary>A lower-case verb form in "-ed" ("resumed", "agreed"), not a name or a noun like "bed".</summary>
    private static bool IsRegularPast(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !word.EndsWith("eed", StringComparison.Ordinal);
}
