using System.Net;
using System.Text;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>Text clean-up shared by the metadata readers: white space, leftover entities, and a folded form for comparing.</summary>
public static class MetadataText
{
    /// <summary>
    /// White space collapsed and trimmed, and character references decoded once more: CMSs often escape a title
    /// twice, so the parsed attribute still reads "Q&amp;amp;A". Null when nothing is left.
    /// </summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Contains('&') && text.Contains(';')) text = WebUtility.HtmlDecode(text);
        else if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Whether <see cref="Clean"/> would leave the text as it is: most values already are, and need no copy.</summary>
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i - 1] == ' ' : c < 0x20 || (c >= 0x7F && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A form for deciding whether two values say the same: lower case, one space, typographic quotes and dashes as
    /// ASCII. Accents are kept: "resume" and "résumé" are different words.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Letters and digits only, folded: "The Harbor-Ledger" and "harborledger" compare equal (site names vs host names).</summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>
    /// The text below a node, but no more than <paramref name="max"/> characters (then null): a byline or a date is
    /// short, and a container that merely has a telling class name may hold the whole page.
    /// </summary>
    public static string? BoundedText(Dossier.Core.Html.HtmlNode node, int max)
    {
        if (node.IsText) return node.Text.Length <= max ? node.Text : null;
        var sb = new StringBuilder();
        foreach (var text in node.Descendants())
        {
            if (!text.IsText || text.Parent?.Name is "script" or "style") continue;
            sb.Append(text.Text);
            if (sb.Length > max) return null;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether a white-space separated list ("noopener author", an itemprop "name headline") has the token, ignoring
    /// case. No strings are made: this runs on attributes of every element of a page.
    /// </summary>
    public static bool ListsToken(string? list, string token)
    {
        if (list is null) return false;
        var rest = list.AsSpan();
        while (true)
        {
            var start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start])) start++;
            if (start == rest.Length) return false;
            rest = rest[start..];
            var end = 0;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
            if (rest[..end].Equals(token, StringComparison.OrdinalIgnoreCase)) return true;
            rest = rest[end..];
        }
    }

    /// <summary>Words (runs of letters, digits and apostrophes) in a text.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '\u2019');
        }
        return count;
    }
}
