using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// Finds the noun phrase a figure measures, from the words of its sentence, in this order:
/// 1. the noun the figure modifies, right after it ("a $2.4 billion deal", "a 90-minute call", "six people");
/// 2. for a share, count or duration, the phrase after "of" ("70% of the world's rare earths", "six hours of talks");
/// 3. the phrase before "of", "at", "for" or a qualifier ("tariffs of 145%", "an investment exceeding $10 billion");
/// 4. the object of a verb of change right before the figure ("lower its tariffs on Chinese goods from 145% to 30%");
/// 5. the subject of the verb before the figure ("US tariffs on Chinese goods fell from 145% to 30%",
///    "bilateral trade last year reached $582 billion").
/// Without part-of-speech tags, a noun phrase is read as a run of content words, with "of", "on", "and" and "'s"
/// inside it, ended by function words, punctuation and known verbs.
/// </summary>
internal static class MeasuredLinker
{
    private const int MaxPhrasePieces = 8;

    public static TextSpan? Find(Pieces p, Quantity quantity, int first, int last)
    {
        // "tariffs of 145%": the phrase before "of" wins over whatever word follows.
        if (quantity.Change is null && p.Is(first - 1, "of") && BackwardPhrase(p, first - 2) is { } owner) return owner;
        // 1. The noun right after ("$2.4 billion deal"), not for a change ("fell to 30% last year").
        if (quantity.Change is null && ForwardPhrase(p, last + 1, allowDeterminer: false, stopAtPlural: quantity.Kind == QuantityKind.Count) is { } after) return after;
        // 2. "70% of the world's rare earths".
        if (quantity.Kind is QuantityKind.Percent or QuantityKind.Count or QuantityKind.Duration or QuantityKind.Number
            && p.Is(last + 1, "of") && ForwardPhrase(p, last + 2, allowDeterminer: true, stopAtPlural: false) is { } of) return of;

        int k = first - 1;
        while (k >= 0 && QuantityTagger.IsAdverb(p, k)) k--;
        if (k < 0) return null;
        // 3. "tariffs of 145%", "the Geneva rate at 30%", "Alphawave for $2.4 billion".
        if (p.Is(k, "of") || p.Is(k, "at") || p.Is(k, "for") || p.Is(k, "worth"))
        {
            int before = k - 1;
            if (p.Is(k, "at") && before >= 0 && IsLevelVerb(p, before)) return Subject(p, before - 1);
            return BackwardPhrase(p, before);
        }
        // 4. The object of a verb just before: "lower its tariffs on Chinese goods from 145% to 30%".
        if (IsContent(p, k)) return BackwardPhrase(p, k);
        // 5. The subject of the verb before the figure: "trade ... reached $582 billion", "tariffs fell from 145%".
        if (IsLevelVerb(p, k) || Lexicon.ChangeVerbs.Contains(p.Of(k)) || p.Is(k, "to") || p.Is(k, "by") || p.Is(k, "from"))
        {
            int verb = k;
            if (p.Is(verb, "to") || p.Is(verb, "by") || p.Is(verb, "from")) verb--;
            while (verb >= 0 && QuantityTagger.IsAdverb(p, verb)) verb--;
            if (verb < 0) return null;
            if (IsLevelVerb(p, verb) || Lexicon.ChangeVerbs.Contains(p.Of(verb))) return Subject(p, verb - 1);
            if (IsContent(p, verb)) return BackwardPhrase(p, verb);
        }
        return null;
    }

    /// <summary>The subject ending at piece k, past auxiliaries ("has", "will be") and a time phrase ("last year").</summary>
    private static TextSpan? Subject(Pieces p, int k)
    {
        while (k >= 0 && (IsAuxiliary(p, k) || QuantityTagger.IsAdverb(p, k) || IsTimeWord(p, k))) k--;
        return k >= 0 ? BackwardPhrase(p, k) : null;
    }

    public static bool IsNounAfter(Pieces p, int j) => j < p.Count && IsContent(p, j) && !p.IsDigits(j);

    /// <summary>A word that can be inside a noun phrase: a letter word that is not a function word or a known verb.</summary>
    private static bool IsContent(Pieces p, int k)
    {
        if (!p.IsWord(k)) return false;
        var w = p.Of(k);
        // "US", "IT": a word in capitals is a name, not the pronoun or function word it spells.
        if (w.Length > 1 && char.IsUpper(w[0]) && char.IsUpper(w[^1])) return true;
        if (Lexicon.Stops.Contains(w) || IsLevelVerb(p, k) || Lexicon.ChangeVerbs.Contains(w) || Lexicon.Qualifiers1.Contains(w)) return false;
        if (Lexicon.Months.Contains(w) && char.IsUpper(w[0]) && !p.Is(k, "may")) return false;
        // A lower-case word ending in "-ed" is most often a verb ("linked", "agreed"): it ends the phrase.
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !p.IsDash(k - 1)) return false;
        return !IsDealVerb(w);
    }

    private static bool IsDealVerb(ReadOnlySpan<char> w) =>
        w.Equals("acquire", StringComparison.OrdinalIgnoreCase) || w.Equals("buy", StringComparison.OrdinalIgnoreCase)
        || w.Equals("sell", StringComparison.OrdinalIgnoreCase) || w.Equals("sold", StringComparison.OrdinalIgnoreCase)
        || w.Equals("bought", StringComparison.OrdinalIgnoreCase) || w.Equals("purchase", StringComparison.OrdinalIgnoreCase)
        || w.Equals("offer", StringComparison.OrdinalIgnoreCase) || w.Equals("won", StringComparison.OrdinalIgnoreCase)
        || w.Equals("win", StringComparison.OrdinalIgnoreCase) || w.Equals("spend", StringComparison.OrdinalIgnoreCase)
        || w.Equals("spent", StringComparison.OrdinalIgnoreCase) || w.Equals("invest", StringComparison.OrdinalIgnoreCase)
        || w.Equals("raising", StringComparison.OrdinalIgnoreCase) || w.Equals("doubling", StringComparison.OrdinalIgnoreCase)
        || w.Equals("supplying", StringComparison.OrdinalIgnoreCase) || w.Equals("offering", StringComparison.OrdinalIgnoreCase)
        || w.Equals("agreed", StringComparison.OrdinalIgnoreCase) || w.Equals("follow", StringComparison.OrdinalIgnoreCase)
        || w.Equals("suspend", StringComparison.OrdinalIgnoreCase) || w.Equals("negotiating", StringComparison.OrdinalIgnoreCase);

    private static bool IsLevelVerb(Pieces p, int k) => k >= 0 && k < p.Count && Lexicon.LevelVerbs.Contains(p.Of(k));

    private static bool IsAuxiliary(Pieces p, int k) =>
        p.Is(k, "has") || p.Is(k, "have") || p.Is(k, "had") || p.Is(k, "will") || p.Is(k, "would") || p.Is(k, "could")
        || p.Is(k, "may") || p.Is(k, "might") || p.Is(k, "should") || p.Is(k, "is") || p.Is(k, "are") || p.Is(k, "was")
        || p.Is(k, "were") || p.Is(k, "be") || p.Is(k, "been") || p.Is(k, "not") || p.Is(k, "n't") || p.Is(k, "to")
        || p.Is(k, "expected") || p.Is(k, "set");

    private static bool IsTimeWord(Pieces p, int k) =>
        p.Is(k, "last") || p.Is(k, "this") || p.Is(k, "next") || p.Is(k, "year") || p.Is(k, "month") || p.Is(k, "week")
        || p.Is(k, "quarter") || p.Is(k, "ago") || p.Is(k, "earlier") || p.Is(k, "today") || p.Is(k, "yesterday")
        || (p.IsDigits(k) && p[k].Length == 4) || p.Is(k, "in") && p.IsDigits(k + 1)
        || Lexicon.Months.Contains(p.Of(k)) && p.IsCapitalised(k);

    /// <summary>Content words from piece j on ("deal", "tariff pause", "suspension of these tariffs").</summary>
    /// <remarks>A counted noun ends at its first plural ("two largest economies look" gives "largest economies").</remarks>
    private static TextSpan? ForwardPhrase(Pieces p, int j, bool allowDeterminer, bool stopAtPlural)
    {
        int start = j;
        if (allowDeterminer && j < p.Count && Lexicon.Determiners.Contains(p.Of(j))) j++;
        int last = -1, words = 0;
        for (; j < p.Count && j - start < MaxPhrasePieces; j++)
        {
            if (IsContent(p, j))
            {
                last = j;
                words++;
                if (stopAtPlural && p.Of(j).EndsWith('s') && p.Of(j).Length > 3) break;
                continue;
            }
            if (last == j - 1 && IsInnerConnector(p, j) && j + 1 < p.Count && IsContent(p, j + 1)) continue;
            if (last == j - 1 && p.Is(j, "of") && words > 0 && j + 1 < p.Count
                && (IsContent(p, j + 1) || Lexicon.Determiners.Contains(p.Of(j + 1)) && IsContent(p, j + 2))) continue;
            if (last == j - 1 - (p.Is(j - 1, "of") ? 1 : 0) && p.Is(j - 1, "of") && Lexicon.Determiners.Contains(p.Of(j))) continue;
            break;
        }
        if (last < 0) return null;
        return p.Between(start, last);
    }

    /// <summary>Content words ending at piece k, read leftwards, with a determiner at their start when there is one.</summary>
    private static TextSpan? BackwardPhrase(Pieces p, int k)
    {
        if (k < 0 || !IsContent(p, k)) return null;
        int end = k, first = k;
        for (int j = k - 1; j >= 0 && end - j < MaxPhrasePieces; j--)
        {
            if (IsContent(p, j)) { first = j; continue; }
            if (j == first - 1 && (IsInnerConnector(p, j) || p.Is(j, "of") || p.Is(j, "on") || p.Is(j, "and"))
                && j - 1 >= 0 && IsContent(p, j - 1)) continue;
            if (j == first - 1 && Lexicon.Determiners.Contains(p.Of(j)) && !p.Is(j, "that")) first = j;
            break;
        }
        return p.Between(first, end);
    }

    /// <summary>Pieces that join words inside a name or noun: "'s", hyphens and "&amp;" written without spaces.</summary>
    private static bool IsInnerConnector(Pieces p, int j) =>
        p.Is(j, "'s") || p.Is(j, "\u2019s") || (p.IsDash(j) && p.Joined(j - 1) && p.Joined(j)) || p.Is(j, "&");
}
