using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Html;

namespace Dossier.Core.Html;

/// <summary>
/// Decodes one HTML character reference (&amp;amp;, &amp;#8217;, &amp;#x2019;) the way a browser does, including the
/// legacy names a browser accepts without the semicolon ("&amp;copy 2024").
/// </summary>
internal static class CharacterReferences
{
    /// <summary>No entity name is longer than this (CounterClockwiseContourIntegral has 31 letters).</summary>
    private const int MaxNameLength = 32;

    /// <summary>Every name a browser accepts without ';' has at most this many letters ("middot", "frac12").</summary>
    private const int MaxLegacyNameLength = 6;

    /// <summary>Bounds the cache of looked-up names: pages can hold any number of made-up "&amp;name" sequences.</summary>
    private const int MaxCachedNames = 8192;

    /// <summary>Numeric references 0x80-0x9F mean the Windows-1252 character with that byte, as pages written in it intend.</summary>
    private static readonly char[] C1Replacements = BuildC1Replacements();

    // The full named table has over two thousand entries; AngleSharp already carries it, so names are resolved there and
    // remembered here (null: not a name), keyed with the ';' when the reference had one.
    private static readonly ConcurrentDictionary<string, string?> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static char[] BuildC1Replacements()
    {
        var bytes = new byte[32];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(0x80 + i);
        // Bytes Windows-1252 leaves undefined (0x81, 0x8D, ...) come back as the same code point, which is what HTML wants.
        var chars = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetChars(bytes);
        return chars.Length == 32 ? chars : Enumerable.Range(0x80, 32).Select(c => (char)c).ToArray();
    }

    /// <summary>
    /// Decodes the reference at the start of <paramref name="input"/> (which starts with '&amp;') into
    /// <paramref name="output"/>. Returns how many characters it used, or 0 when the '&amp;' does not start a reference
    /// and stands for itself. In attribute values a name without ';' followed by '=' or a letter or digit is left as it
    /// is, so that URLs like "?a=1&amp;copy=2" survive.
    /// </summary>
    public static int Decode(ReadOnlySpan<char> input, bool inAttribute, ref CharBuffer output)
    {
        if (input.Length < 2) return 0;
        return input[1] == '#' ? DecodeNumeric(input, ref output) : DecodeNamed(input, inAttribute, ref output);
    }

    private static int DecodeNumeric(ReadOnlySpan<char> input, ref CharBuffer output)
    {
        var i = 2;
        var hex = i < input.Length && (input[i] == 'x' || input[i] == 'X');
        if (hex) i++;
        var digitsStart = i;
        var value = 0;
        for (; i < input.Length; i++)
        {
            var digit = DigitValue(input[i], hex);
            if (digit < 0) break;
            // Past the last code point the exact value no longer matters: it becomes U+FFFD.
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit;
        }
        if (i == digitsStart) return 0;
        if (i < input.Length && input[i] == ';') i++;
        AppendCodePoint(value, ref output);
        return i;
    }

    private static int DigitValue(char c, bool hex)
    {
        if (c is >= '0' and <= '9') return c - '0';
        if (!hex) return -1;
        if (c is >= 'a' and <= 'f') return c - 'a' + 10;
        if (c is >= 'A' and <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static void AppendCodePoint(int value, ref CharBuffer output)
    {
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) output.Append('\uFFFD');
        else if (value is >= 0x80 and <= 0x9F) output.Append(C1Replacements[value - 0x80]);
        else if (value < 0x10000) output.Append((char)value);
        else
        {
            value -= 0x10000;
            output.Append((char)(0xD800 + (value >> 10)));
            output.Append((char)(0xDC00 + (value & 0x3FF)));
        }
    }

    private static int DecodeNamed(ReadOnlySpan<char> input, bool inAttribute, ref CharBuffer output)
    {
        var length = 0;
        while (1 + length < input.Length && length <= MaxNameLength && char.IsAsciiLetterOrDigit(input[1 + length])) length++;
        if (length == 0) return 0;
        var end = 1 + length;
        if (end < input.Length && input[end] == ';' && Lookup(input.Slice(1, length + 1)) is { } withSemicolon)
        {
            output.Append(withSemicolon);
            return end + 1;
        }
        // Without the ';' only the legacy names count, and the longest one that prefixes the run wins ("&notit;" is "¬it;").
        for (var prefix = Math.Min(length, MaxLegacyNameLength); prefix >= 2; prefix--)
        {
            if (Lookup(input.Slice(1, prefix)) is not { } symbol) continue;
            var next = 1 + prefix < input.Length ? input[1 + prefix] : '\0';
            if (inAttribute && (next == '=' || char.IsAsciiLetterOrDigit(next))) return 0;
            output.Append(symbol);
            return 1 + prefix;
        }
        return 0;
    }

    private static string? Lookup(ReadOnlySpan<char> name)
    {
        if (NamesBySpan.TryGetValue(name, out var known)) return known;
        var key = name.ToString();
        var symbol = HtmlEntityProvider.Resolver.GetSymbol(key);
        if (Names.Count < MaxCachedNames) Names.TryAdd(key, symbol);
        return symbol;
    }
}
