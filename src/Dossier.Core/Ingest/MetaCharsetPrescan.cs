using System.Text;

namespace Dossier.Core.Ingest;

/// <summary>
/// Finds the charset a page declares in its first 1024 bytes, before anything is decoded, following the idea of the
/// HTML standard's prescan: skip comments and other tags (with their attributes, so that a "&lt;meta" inside an
/// attribute value is not taken for a tag), and take the first &lt;meta charset&gt;, or &lt;meta http-equiv=content-type
/// content="...charset=..."&gt;, whose label names a known encoding. Works on bytes because the encoding is not known yet;
/// every label is ASCII, so bytes are read as Latin-1 characters.
/// </summary>
internal static class MetaCharsetPrescan
{
    public const int Window = 1024;

    /// <param name="Encoding">The declared encoding, null when none is declared or every declared label is unknown.</param>
    /// <param name="UnknownLabel">The first declared label that names no supported encoding, for a diagnostic.</param>
    public readonly record struct Result(Encoding? Encoding, string? UnknownLabel);

    public static Result Scan(ReadOnlySpan<byte> bytes) => new Scanner(bytes[..Math.Min(bytes.Length, Window)]).Run();

    private ref struct Scanner(ReadOnlySpan<byte> input)
    {
        private readonly ReadOnlySpan<byte> _input = input;
        private int _position;
        private string? _unknown;

        public Result Run()
        {
            while (_position < _input.Length)
            {
                if (StartsWith("<!--"))
                {
                    // The comment ends at the first "-->" after "<!", so "<!-->" is a whole (empty) comment.
                    var end = IndexOf("-->"u8, _position + 2);
                    if (end < 0) break;
                    _position = end + 2;
                }
                else if (StartsWithIgnoreCase("<meta") && IsSpaceOrSlash(At(_position + 5)))
                {
                    _position += 5;
                    var (found, complete) = ReadMeta();
                    if (!complete) break;
                    if (found is not null) return new Result(found, _unknown);
                }
                else if (At(_position) == '<' && (IsAsciiLetter(At(_position + 1)) || At(_position + 1) == '/' && IsAsciiLetter(At(_position + 2))))
                {
                    // Another start or end tag: step over its name and attributes.
                    while (_position < _input.Length && !IsSpace(_input[_position]) && _input[_position] != '>') _position++;
                    while (ReadAttribute() is not null) { }
                    if (_position >= _input.Length) break;
                }
                else if (StartsWith("<!") || StartsWith("</") || StartsWith("<?"))
                {
                    var end = _input[_position..].IndexOf((byte)'>');
                    if (end < 0) break;
                    _position += end;
                }
                _position++;
            }
            return new Result(null, _unknown);
        }

        /// <summary>
        /// Reads the attributes of a meta tag. Returns the encoding it declares, if any, and whether the tag ended
        /// within the window (a tag cut off by the window's end declares nothing).
        /// </summary>
        private (Encoding? Found, bool Complete) ReadMeta()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var gotPragma = false;
            bool? needPragma = null;
            string? label = null;
            while (ReadAttribute() is { } attribute)
            {
                // Only the first of repeated attributes counts, as in a tree builder.
                if (!seen.Add(attribute.Name)) continue;
                switch (attribute.Name)
                {
                    case "http-equiv":
                        if (attribute.Value == "content-type") gotPragma = true;
                        break;
                    case "content":
                        if (label is null && CharsetFromContent(attribute.Value) is { } fromContent)
                        {
                            label = fromContent;
                            needPragma = true;
                        }
                        break;
                    case "charset":
                        label = attribute.Value;
                        needPragma = false;
                        break;
                }
            }
            if (_position >= _input.Length) return (null, false);
            if (needPragma is null || needPragma == true && !gotPragma || label is null) return (null, true);

            var encoding = EncodingLabels.Find(label);
            if (encoding is null)
            {
                _unknown ??= label.Trim();
                return (null, true);
            }
            // A page that says it is UTF-16 was evidently read as ASCII-compatible bytes to find this very tag.
            if (EncodingLabels.IsUtf16(encoding)) encoding = EncodingLabels.Find("utf-8");
            return (encoding, true);
        }

        /// <summary>One attribute with its name and value lower-cased, or null at the tag's '&gt;' or the window's end.</summary>
        private (string Name, string Value)? ReadAttribute()
        {
            while (_position < _input.Length && (IsSpace(_input[_position]) || _input[_position] == '/')) _position++;
            if (_position >= _input.Length || _input[_position] == '>') return null;

            var name = new StringBuilder();
            var value = new StringBuilder();
            while (true)
            {
                if (_position >= _input.Length) return null;
                var b = _input[_position];
                if (b == '=' && name.Length > 0)
                {
                    _position++;
                    break;
                }
                if (IsSpace(b))
                {
                    while (_position < _input.Length && IsSpace(_input[_position])) _position++;
                    if (_position >= _input.Length) return null;
                    if (_input[_position] != '=') return (name.ToString(), "");
                    _position++;
                    break;
                }
                if (b is (byte)'/' or (byte)'>') return (name.ToString(), "");
                name.Append(Lower(b));
                _position++;
            }

            while (_position < _input.Length && IsSpace(_input[_position])) _position++;
            if (_position >= _input.Length) return null;
            var first = _input[_position];
            if (first is (byte)'"' or (byte)'\'')
            {
                _position++;
                while (_position < _input.Length && _input[_position] != first) value.Append(Lower(_input[_position++]));
                if (_position >= _input.Length) return null;
                _position++;
                return (name.ToString(), value.ToString());
            }
            if (first == '>') return (name.ToString(), "");
            while (_position < _input.Length && !IsSpace(_input[_position]) && _input[_position] != '>')
                value.Append(Lower(_input[_position++]));
            if (_position >= _input.Length) return null;
            return (name.ToString(), value.ToString());
        }

        private readonly bool StartsWith(string ascii)
        {
            if (_position + ascii.Length > _input.Length) return false;
            for (var i = 0; i < ascii.Length; i++)
                if (_input[_position + i] != ascii[i]) return false;
            return true;
        }

        private readonly bool StartsWithIgnoreCase(string lowerAscii)
        {
            if (_position + lowerAscii.Length > _input.Length) return false;
            for (var i = 0; i < lowerAscii.Length; i++)
                if (Lower(_input[_position + i]) != lowerAscii[i]) return false;
            return true;
        }

        private readonly int IndexOf(ReadOnlySpan<byte> needle, int from)
        {
            if (from > _input.Length) return -1;
            var at = _input[from..].IndexOf(needle);
            return at < 0 ? -1 : from + at;
        }

        private readonly int At(int index) => index < _input.Length ? _input[index] : -1;
    }

    /// <summary>
    /// The charset label in a content-type value such as "text/html; charset=ISO-8859-2", as the HTML standard extracts
    /// it from a meta element's content (no full MIME parsing: browsers accept looser forms).
    /// </summary>
    internal static string? CharsetFromContent(string content)
    {
        var position = 0;
        while (true)
        {
            var at = content.IndexOf("charset", position, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            position = at + "charset".Length;
            while (position < content.Length && IsSpace(content[position])) position++;
            if (position >= content.Length || content[position] != '=') continue;
            position++;
            while (position < content.Length && IsSpace(content[position])) position++;
            if (position >= content.Length) return null;

            var quote = content[position];
            if (quote is '"' or '\'')
            {
                var close = content.IndexOf(quote, position + 1);
                return close < 0 ? null : content[(position + 1)..close];
            }
            var end = position;
            while (end < content.Length && !IsSpace(content[end]) && content[end] != ';') end++;
            return content[position..end];
        }
    }

    private static bool IsSpace(int b) => b is '\t' or '\n' or '\f' or '\r' or ' ';

    private static bool IsSpaceOrSlash(int b) => IsSpace(b) || b == '/';

    private static bool IsAsciiLetter(int b) => b is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static char Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (char)(b + 32) : (char)b;
}
