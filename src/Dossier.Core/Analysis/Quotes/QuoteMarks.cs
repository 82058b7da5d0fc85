namespace Dossier.Core.Analysis.Quotes;

/// <summary>
/// Which characters open and close quotations. Double marks always quote; single marks quote only where they cannot
/// be an apostrophe ("Trump’s", "’90s", "students’ visas" inside a word or after one).
/// </summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F';

    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';

    /// <summary>Marks that can only close: a closing curly mark never opens.</summary>
    public static bool OnlyCloses(char c) => c is '\u201D' or '\u2019';

    /// <summary>Marks that can only open.</summary>
    public static bool OnlyOpens(char c) => c is '\u201C' or '\u201E' or '\u201F' or '\u2018' or '\u201A' or '\u201B';

    /// <summary>Characters after which a quotation may open: the start, white space, brackets, dashes, a colon's space, the other kind of mark.</summary>
    private static bool OpensAfter(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' || IsDouble(c) || IsSingle(c);

    /// <summary>Whether the double mark at <paramref name="i"/> may open a quotation (a straight mark after a digit is inches).</summary>
    public static bool CanOpenDouble(string text, int i, int start, int end)
    {
        var c = text[i];
        if (OnlyCloses(c)) return false;
        if (i + 1 >= end || char.IsWhiteSpace(text[i + 1])) return OnlyOpens(c) && i + 1 < end;
        return OnlyOpens(c) || i == start || OpensAfter(text[i - 1]);
    }

    /// <summary>
    /// Whether the single mark at <paramref name="i"/> opens a quotation: it comes after a space (or the start) and
    /// before a letter, and is not an elision ("’90s", "'em", "'til").
    /// </summary>
    public static bool CanOpenSingle(string text, int i, int start, int end)
    {
        var c = text[i];
        if (c == '\u2019') return false;
        if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) return false;
        if (i > start && !OpensAfter(text[i - 1])) return false;
        // Years ("’90s", "'25") and the common elisions are apostrophes even after a space.
        if (char.IsDigit(text[i + 1]) && i + 2 < end && char.IsDigit(text[i + 2]) && (i + 3 >= end || !char.IsDigit(text[i + 3]))) return false;
        var word = WordAt(text, i + 1, end);
        return word is not ("em" or "til" or "cause" or "n" or "tis" or "twas" or "bout");
    }

    /// <summary>Whether the single mark at <paramref name="i"/> closes: after a non-space and not inside a word.</summary>
    public static bool CanCloseSingle(string text, int i, int start, int end)
    {
        if (OnlyOpens(text[i])) return false;
        if (i == start || char.IsWhiteSpace(text[i - 1])) return false;
        return i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]);
    }

    private static string WordAt(string text, int from, int end)
    {
        var to = from;
        while (to < end && to - from < 8 && char.IsLetter(text[to])) to++;
        return text[from..to].ToLowerInvariant();
    }
}
