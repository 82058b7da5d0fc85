using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Tokens;

/// <summary>
/// Splits text into word tokens the way the CoNLL-2003 news data is split, so a tagger trained on it sees the same
/// units in our articles: punctuation apart, "'s" and "n't" apart, but "U.S.", "Jan.", "1,000.5", "10:30",
/// "U.S.-based" and "Coca-Cola" whole. Tokens are spans into the text; nothing is copied. One forward pass.
/// </summary>
public static class Tokenizer
{
    // Words that take their full stop with them ("Mr.", "Corp."), lower-cased. Single letters ("J.") always do.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
        "st", "ste", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "messrs",
        "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "est", "no", "nos", "vs", "etc", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "ave", "blvd", "rd", "hwy", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
        "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
        "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tokens of the whole text.</summary>
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>();
        Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    /// <summary>Appends the tokens inside <paramref name="range"/> to <paramref name="tokens"/>, in text order.</summary>
    public static void Tokenize(string text, TextSpan range, List<TextSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!range.IsWithin(text.Length)) throw new ArgumentOutOfRangeException(nameof(range));
        var s = text.AsSpan(0, range.End);
        int i = range.Start;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                i++;
                continue;
            }
            int end = IsWordChar(c) ? WordEnd(s, i) : PunctuationEnd(s, i);
            tokens.Add(TextSpan.FromBounds(i, end));
            i = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || IsMark(c);

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>The end of a word that starts at <paramref name="start"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> s, int start)
    {
        int i = start;
        while (true)
        {
            while (i < s.Length && IsWordChar(s[i])) i++;
            if (i + 1 >= s.Length || !IsWordChar(s[i + 1])) break;
            char joiner = s[i];
            // Inside a word these keep it whole: "Coca-Cola", "1,000", "3.5", "10:30", "1/2", "AT&T", "U.S.A".
            bool digits = char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]);
            bool keep = joiner is '-' or '\u2010' or '\u2011' or '&'
                || (joiner is ',' or ':' or '/' && digits)
                || (joiner == '.' && (digits || IsInitialism(s, start, i)))
                || joiner == '_';
            if (!keep) break;
            i++;
        }

        // An apostrophe inside a word: "O'Brien" stays whole, "Trump's" and "don't" split before the clitic.
        if (i + 1 < s.Length && IsApostrophe(s[i]) && IsWordChar(s[i + 1]))
        {
            int clitic = i + 1;
            int after = clitic;
            while (after < s.Length && char.IsLetter(s[after])) after++;
            var rest = s[clitic..after];
            if (IsClitic(rest)) return i;
            if (s[i - 1] is 'n' or 'N' && rest is "t" or "T")
            {
                return i - 1 > start ? i - 1 : after; // "do|n't", and then "n't" whole
            }
            return WordEnd(s, clitic);
        }

        // A full stop that belongs to the word: "U.S.", "J.", "Mr.", "Corp.".
        if (i < s.Length && s[i] == '.' && (IsInitialism(s, start, i) || AbbreviationLookup.Contains(s[start..i])))
        {
            // "U.S.-based" goes on past the hyphen.
            bool compound = i + 2 < s.Length && s[i + 1] == '-' && IsWordChar(s[i + 2]);
            return compound ? WordEnd(s, i + 2) : i + 1;
        }
        return i;
    }

    private static bool IsClitic(ReadOnlySpan<char> rest) =>
        rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("d", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when s[start..dot) is single letters joined by full stops ("U", "U.S", "a.m"): an initialism.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> s, int start, int dot)
    {
        for (int k = start; k < dot; k += 2)
        {
            if (!char.IsLetter(s[k])) return false;
            if (k + 1 < dot && s[k + 1] != '.') return false;
        }
        return true;
    }

    /// <summary>The end of a punctuation token: one character, or a run of the same ("...", "--"), or a clitic "'s".</summary>
    private static int PunctuationEnd(ReadOnlySpan<char> s, int start)
    {
        char c = s[start];
        if (IsApostrophe(c) && start + 1 < s.Length && char.IsLetter(s[start + 1]))
        {
            // "'s" after a closing quote or a space ("the Smiths' car" gives "'" alone).
            int after = start + 1;
            while (after < s.Length && char.IsLetter(s[after])) after++;
            if (IsClitic(s[(start + 1)..after]) && (after == s.Length || !IsWordChar(s[after]))) return after;
        }
        int end = start + 1;
        if (c is '.' or '-' or '!' or '?' or '*' or '=' or '_')
        {
            while (end < s.Length && s[end] == c) end++;
        }
        return end;
    }
}
