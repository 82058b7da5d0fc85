using System.Buffers;
using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Dossier.Core.Html;

/// <summary>
/// Decodes character references ("&amp;amp;", "&amp;#8217;", "&amp;#x2019;", "&amp;copy" without its semicolon) as the HTML
/// standard's tokenizer does. The named table is AngleSharp's (<see cref="HtmlEntityProvider"/>), asked per name
/// once and remembered; the numeric rules (Windows-1252 for 0x80-0x9F, U+FFFD for zero, surrogates and values past U+10FFFF)
/// are written out here.
/// </summary>
internal static class CharacterReferences
{
    private static readonly IEntityProvider Named = HtmlEntityProvider.Resolver;

    /// <summary>The longest name in the table ("CounterClockwiseContourIntegral") is 31 letters.</summary>
    private const int MaxNameLength = 32;

    /// <summary>The names that may appear without a semicolon (the legacy ones: "amp", "copy", "frac34") are at most 6 long.</summary>
    private const int MaxLegacyLength = 6;

    private const int MaxCached = 16384;

    private static readonly ConcurrentDictionary<string, string?> CacheStore = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> Cache =
        CacheStore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> AmpOrNul = SearchValues.Create("&\0");

    /// <summary>Windows-1252's characters for the C1 controls 0x80-0x9F, which a numeric reference maps through; 0 where unmapped.</summary>
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>Whether the text holds anything to decode: a '&amp;' or a NUL.</summary>
    public static bool NeedsDecoding(ReadOnlySpan<char> text) => text.IndexOfAny(AmpOrNul) >= 0;

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="output"/> with its references decoded. NULs become U+FFFD, or
    /// are dropped when <paramref name="dropNul"/> (text in the body, where a browser ignores them).
    /// </summary>
    public static void Decode(ReadOnlySpan<char> text, bool inAttribute, bool dropNul, CharBuffer output)
    {
        while (text.Length > 0)
        {
            var at = text.IndexOfAny(AmpOrNul);
            if (at < 0)
            {
                output.Append(text);
                return;
            }
            output.Append(text[..at]);
            if (text[at] == '\0')
            {
                if (!dropNul) output.Append('\uFFFD');
                text = text[(at + 1)..];
                continue;
            }
            var consumed = DecodeOne(text[at..], inAttribute, output);
            if (consumed == 0)
            {
                output.Append('&');
                consumed = 1;
            }
            text = text[(at + consumed)..];
        }
    }

    /// <summary>
    /// Decodes the reference at the start of <paramref name="text"/> (which starts with '&amp;') into
    /// <paramref name="output"/>, and returns how many characters it used; 0, with nothing appended, when there is none.
    /// </summary>
    public static int DecodeOne(ReadOnlySpan<char> text, bool inAttribute, CharBuffer output)
    {
        if (text.Length < 2) return 0;
        return text[1] == '#' ? DecodeNumeric(text, output) : DecodeNamed(text, inAttribute, output);
    }

    private static int DecodeNumeric(ReadOnlySpan<char> text, CharBuffer output)
    {
        var i = 2;
        var hex = i < text.Length && (text[i] | 0x20) == 'x';
        if (hex) i++;
        var digitsStart = i;
        var value = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            int digit;
            if (c is >= '0' and <= '9') digit = c - '0';
            else if (hex && (c | 0x20) is >= 'a' and <= 'f') digit = (c | 0x20) - 'a' + 10;
            else break;
            // Past U+10FFFF the exact value no longer matters: it is an error either way, and must not overflow.
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit;
        }
        if (i == digitsStart) return 0;
        if (i < text.Length && text[i] == ';') i++;
        AppendCodePoint(value, output);
        return i;
    }

    private static void AppendCodePoint(int value, CharBuffer output)
    {
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            output.Append('\uFFFD');
            return;
        }
        if (value is >= 0x80 and <= 0x9F && Windows1252[value - 0x80] != '\0')
        {
            output.Append(Windows1252[value - 0x80]);
            return;
        }
        if (value < 0x10000)
        {
            output.Append((char)value);
            return;
        }
        value -= 0x10000;
        output.Append((char)(0xD800 + (value >> 10)));
        output.Append((char)(0xDC00 + (value & 0x3FF)));
    }

    private static int DecodeNamed(ReadOnlySpan<char> text, bool inAttribute, CharBuffer output)
    {
        var end = 1;
        while (end < text.Length && end <= MaxNameLength && char.IsAsciiLetterOrDigit(text[end])) end++;
        var nameLength = end - 1;
        if (nameLength == 0) return 0;

        // The full name with its semicolon: "&notin;".
        if (end < text.Length && text[end] == ';' && nameLength < MaxNameLength)
        {
            var symbol = Lookup(text.Slice(1, nameLength + 1));
            if (symbol is not null)
            {
                output.Append(symbol);
                return end + 1;
            }
        }

        // A legacy name without one, the longest that prefixes the run: "&notit" is "¬it". In an attribute a legacy name
        // followed by a letter, digit or '=' stays as written ("?a=1&copy=2" is a query string, not "©=2").
        for (var length = Math.Min(nameLength, MaxLegacyLength); length >= 2; length--)
        {
            var symbol = Lookup(text.Slice(1, length));
            if (symbol is null) continue;
            var next = 1 + length;
            if (inAttribute && next < text.Length && (char.IsAsciiLetterOrDigit(text[next]) || text[next] == '=')) return 0;
            output.Append(symbol);
            return next;
        }
        return 0;
    }

    private static string? Lookup(ReadOnlySpan<char> name)
    {
        // The common ones without a trip through the table.
        switch (name)
        {
            case "amp;": return "&";
            case "lt;": return "<";
            case "gt;": return ">";
            case "quot;": return "\"";
            case "nbsp;": return "\u00A0";
            case "apos;": return "'";
        }
        if (Cache.TryGetValue(name, out var cached)) return cached;
        string? symbol;
        var key = name.ToString();
        try
        {
            symbol = Named.GetSymbol(key);
        }
        catch (Exception)
        {
            symbol = null; // the resolver does not throw on any name; decoding must never fail a parse all the same
        }
        // Hits are bounded by the table; misses ("&utm", "&q" in query strings) only until the cache is full.
        if (symbol is not null || CacheStore.Count < MaxCached) CacheStore.TryAdd(key, symbol);
        return symbol;
    }
}
