using System.Buffers;
using System.Runtime.CompilerServices;

namespace Dossier.Core.Html;

internal enum HtmlTokenKind : byte
{
    EndOfFile,
    Text,
    StartTag,
    EndTag,
}

/// <summary>
/// Splits HTML source into text, start tags and end tags, one token per <see cref="Next"/>. Comments, doctypes and
/// processing instructions are skipped; CDATA sections come out as text. It jumps over plain text and raw text with
/// vectorised searches and copies nothing it does not have to: a text token without references, CR or NUL is a slice
/// of the source. The tree builder tells it when an element's content is raw text (<see cref="EnterRawText"/>).
/// </summary>
internal sealed class HtmlTokenizer
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&\r\0");
    private static readonly SearchValues<char> RawSpecials = SearchValues.Create("\r\0");

    /// <summary>Attributes past this many on one tag are dropped.</summary>
    public const int MaxAttributes = 256;

    private readonly string _source;
    private readonly NameTable _names = new();
    private int _position;
    private CharBuffer _buffer = new(256);
    private HtmlAttribute[] _attributes = new HtmlAttribute[8];
    private int _attributeCount;

    // Set by the tree builder after a start tag whose content is not markup.
    private string? _rawTextEnd;
    private bool _rawTextDecodes;
    private bool _plaintext;

    // Set once the first tag or non-blank text has been read: a doctype after it does not count.
    private bool _sawContent;

    public HtmlTokenizer(string source) => _source = source;

    /// <summary>
    /// Whether a doctype came before any content. Without one a browser uses quirks mode, in which (among things that
    /// only matter to rendering) a &lt;table&gt; does not close an open &lt;p&gt;.
    /// </summary>
    public bool HasDoctype { get; private set; }

    /// <summary>The text of a text token: a slice of the source, or of a decoded string.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    /// <summary>The known tag of a start or end tag, <see cref="HtmlTag.Unknown"/> for any other name.</summary>
    public HtmlTag Tag { get; private set; }

    /// <summary>The interned lower-case tag name.</summary>
    public string TagName { get; private set; } = "";

    public bool SelfClosing { get; private set; }

    /// <summary>The start tag's attributes, duplicates dropped (the first one wins, as in a browser).</summary>
    public ReadOnlySpan<HtmlAttribute> Attributes => _attributes.AsSpan(0, _attributeCount);

    /// <summary>The attributes as an array the element can keep.</summary>
    public HtmlAttribute[] TakeAttributes() => _attributeCount == 0 ? [] : _attributes.AsSpan(0, _attributeCount).ToArray();

    /// <summary>Lets the tree builder read the current tag as another (a browser reads HTML &lt;image&gt; as &lt;img&gt;).</summary>
    public void RenameTag(HtmlTag tag)
    {
        Tag = tag;
        TagName = HtmlTags.NameOf(tag);
    }

    public string? GetAttribute(string name)
    {
        foreach (var attribute in Attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    /// <summary>The content that follows is text up to &lt;/name&gt;, with references decoded when <paramref name="decode"/>.</summary>
    public void EnterRawText(string name, bool decode)
    {
        _rawTextEnd = name;
        _rawTextDecodes = decode;
    }

    /// <summary>Everything that follows is text (after &lt;plaintext&gt;).</summary>
    public void EnterPlaintext() => _plaintext = true;

    public HtmlTokenKind Next()
    {
        var source = _source;
        while (_position < source.Length)
        {
            if (_plaintext)
            {
                if (EmitText(_position, source.Length, TextMode.Raw)) return HtmlTokenKind.Text;
                continue;
            }
            if (_rawTextEnd is not null)
            {
                if (RawText()) return HtmlTokenKind.Text;
                continue;
            }

            var start = _position;
            if (source[start] != '<' || !StartsMarkup(start))
            {
                var end = EndOfText(start + 1);
                if (!_sawContent) _sawContent = !source.AsSpan(start, end - start).IsWhiteSpace();
                if (EmitText(start, end, TextMode.Data)) return HtmlTokenKind.Text;
                continue;
            }

            var next = source[start + 1];
            if (char.IsAsciiLetter(next))
            {
                _sawContent = true;
                return ReadTag(start + 1, HtmlTokenKind.StartTag);
            }
            if (next == '/')
            {
                var after = source[start + 2];
                if (char.IsAsciiLetter(after)) return ReadTag(start + 2, HtmlTokenKind.EndTag);
                // "</>" is dropped; "</3" and the like are bogus comments.
                _position = after == '>' ? start + 3 : SkipPast('>', start + 2);
                continue;
            }
            if (next == '!')
            {
                if (At(start + 2, "--")) { _position = SkipComment(start + 4); continue; }
                if (At(start + 2, "[CDATA["))
                {
                    var close = source.AsSpan(start + 9).IndexOf("]]>");
                    var end = close < 0 ? source.Length : start + 9 + close;
                    _position = close < 0 ? source.Length : end + 3;
                    if (end > start + 9 && EmitText(start + 9, end, TextMode.Raw, advance: false)) return HtmlTokenKind.Text;
                    continue;
                }
            }
            // <!DOCTYPE ...>, <!anything>, <?xml ...?>: nothing the tree keeps, but a leading doctype decides the mode.
            if (!_sawContent && next == '!' && _source.AsSpan(start + 2).StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
                HasDoctype = true;
            _position = SkipPast('>', start + 2);
        }
        return HtmlTokenKind.EndOfFile;
    }

    /// <summary>Whether the '&lt;' at <paramref name="at"/> opens a tag, comment or declaration rather than standing for itself.</summary>
    private bool StartsMarkup(int at)
    {
        var source = _source;
        if (at + 1 >= source.Length) return false;
        var next = source[at + 1];
        return char.IsAsciiLetter(next) || next == '!' || next == '?' || (next == '/' && at + 2 < source.Length);
    }

    private int EndOfText(int from)
    {
        var source = _source;
        while (true)
        {
            var lt = source.AsSpan(from).IndexOf('<');
            if (lt < 0) return source.Length;
            lt += from;
            if (StartsMarkup(lt)) return lt;
            from = lt + 1;
        }
    }

    private bool At(int at, string literal) => _source.AsSpan(at).StartsWith(literal, StringComparison.Ordinal);

    private int SkipPast(char c, int from)
    {
        var found = _source.AsSpan(from).IndexOf(c);
        return found < 0 ? _source.Length : from + found + 1;
    }

    /// <summary>Where a comment whose text starts at <paramref name="from"/> ends: after "--&gt;" or "--!&gt;"; "&lt;!--&gt;" and "&lt;!---&gt;" are empty comments.</summary>
    private int SkipComment(int from)
    {
        var source = _source;
        if (At(from, ">")) return from + 1;
        if (At(from, "->")) return from + 2;
        while (true)
        {
            var dashes = source.AsSpan(from).IndexOf("--");
            if (dashes < 0) return source.Length;
            var at = from + dashes + 2;
            if (At(at, ">")) return at + 1;
            if (At(at, "!>")) return at + 2;
            from = from + dashes + 1;
        }
    }

    /// <summary>Reads raw text up to the end tag the tree builder asked for; false when it is empty.</summary>
    private bool RawText()
    {
        var name = _rawTextEnd!;
        var start = _position;
        var end = FindEndTag(name, start);
        // "<!-- <script>...</script> -->" inside a script does not end it (the HTML script escape states). Rare, so
        // the exact scan runs only when a "<!--" precedes the first candidate end.
        if (ReferenceEquals(name, HtmlTags.NameOf(HtmlTag.Script)) && _source.AsSpan(start, end - start).Contains("<!--", StringComparison.Ordinal))
            end = FindEscapedScriptEnd(start);
        var mode = _rawTextDecodes ? TextMode.RcData : TextMode.Raw;
        _rawTextEnd = null;
        return end > start && EmitText(start, end, mode);
    }

    /// <summary>The first "&lt;/name" followed by white space, '/' or '&gt;' at or after <paramref name="from"/>; the end of the input if none.</summary>
    private int FindEndTag(string name, int from)
    {
        var source = _source;
        while (true)
        {
            var found = source.AsSpan(from).IndexOf("</");
            if (found < 0) return source.Length;
            var at = from + found;
            if (IsTagNamed(at + 2, name)) return at;
            from = at + 2;
        }
    }

    /// <summary>Whether <paramref name="name"/> (any case) starts at <paramref name="at"/> and a tag name ends after it; "&lt;/scripts" and "&lt;/script" at the very end do not count.</summary>
    private bool IsTagNamed(int at, string name)
    {
        var source = _source;
        var after = at + name.Length;
        return after < source.Length && source.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && source[after] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';
    }

    /// <summary>
    /// The end of a script that contains "&lt;!--": inside such a comment a "&lt;script&gt;" starts a nested part in
    /// which "&lt;/script&gt;" does not end the script, and "--&gt;" ends the comment.
    /// </summary>
    private int FindEscapedScriptEnd(int from)
    {
        const string script = "script";
        var source = _source;
        var escaped = false;
        var doubleEscaped = false;
        var i = from;
        while (i < source.Length)
        {
            var next = escaped ? source.AsSpan(i).IndexOfAny('<', '-') : source.AsSpan(i).IndexOf('<');
            if (next < 0) break;
            i += next;
            if (source[i] == '-')
            {
                if (At(i, "-->"))
                {
                    escaped = doubleEscaped = false;
                    i += 3;
                }
                else i++;
                continue;
            }
            if (!escaped && At(i, "<!--"))
            {
                // "<!-->" is an empty comment: the script goes on unescaped.
                escaped = !At(i + 4, ">") && !At(i + 4, "->");
                i += 4;
                continue;
            }
            if (At(i, "</") && IsTagNamed(i + 2, script))
            {
                if (!doubleEscaped) return i;
                doubleEscaped = false;
                i += 2 + script.Length;
                continue;
            }
            if (escaped && !doubleEscaped && IsTagNamed(i + 1, script))
            {
                doubleEscaped = true;
                i += 1 + script.Length;
                continue;
            }
            i++;
        }
        return source.Length;
    }

    private enum TextMode : byte
    {
        /// <summary>Ordinary text: references decoded, NUL dropped.</summary>
        Data,
        /// <summary>Title and textarea: references decoded, NUL replaced.</summary>
        RcData,
        /// <summary>Script, style, CDATA, plaintext: only line ends normalised and NUL replaced.</summary>
        Raw,
    }

    /// <summary>Makes the text token of source[start..end); false when nothing is left of it (it was all NUL).</summary>
    private bool EmitText(int start, int end, TextMode mode, bool advance = true)
    {
        if (advance) _position = end;
        var raw = _source.AsSpan(start, end - start);
        var special = mode == TextMode.Raw ? raw.IndexOfAny(RawSpecials) : raw.IndexOfAny(TextSpecials);
        if (special < 0)
        {
            Text = _source.AsMemory(start, end - start);
            return true;
        }
        _buffer.Clear();
        _buffer.Append(raw[..special]);
        Decode(raw[special..], mode == TextMode.Raw ? DecodeOptions.None : DecodeOptions.References,
            dropNul: mode == TextMode.Data);
        if (_buffer.Length == 0) return false;
        Text = _buffer.ToString().AsMemory();
        return true;
    }

    [Flags]
    private enum DecodeOptions : byte
    {
        None = 0,
        References = 1,
        AttributeRules = 2,
    }

    /// <summary>Appends <paramref name="raw"/> to the buffer with CR and CRLF made LF, NUL dropped or replaced, and references decoded.</summary>
    private void Decode(ReadOnlySpan<char> raw, DecodeOptions options, bool dropNul)
    {
        var specials = (options & DecodeOptions.References) != 0 ? TextSpecials : RawSpecials;
        var i = 0;
        while (i < raw.Length)
        {
            var next = raw[i..].IndexOfAny(specials);
            if (next < 0)
            {
                _buffer.Append(raw[i..]);
                return;
            }
            _buffer.Append(raw.Slice(i, next));
            i += next;
            switch (raw[i])
            {
                case '\r':
                    _buffer.Append('\n');
                    i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                    break;
                case '\0':
                    if (!dropNul) _buffer.Append('\uFFFD');
                    i++;
                    break;
                default:
                    var used = CharacterReferences.Decode(raw[i..], (options & DecodeOptions.AttributeRules) != 0, ref _buffer);
                    if (used == 0)
                    {
                        _buffer.Append('&');
                        used = 1;
                    }
                    i += used;
                    break;
            }
        }
    }

    /// <summary>Character classes for the tag scanner, one table lookup per character.</summary>
    [Flags]
    private enum CharClass : byte
    {
        None = 0,
        Space = 1,
        /// <summary>Ends a tag name: white space, '/', '&gt;'.</summary>
        EndsTagName = 2,
        /// <summary>Ends an attribute name: white space, '/', '&gt;', '='.</summary>
        EndsAttributeName = 4,
        /// <summary>Ends an unquoted attribute value: white space, '&gt;'.</summary>
        EndsUnquotedValue = 8,
    }

    private static readonly CharClass[] Classes = BuildClasses();

    private static CharClass[] BuildClasses()
    {
        var classes = new CharClass[128];
        foreach (var c in " \t\n\r\f")
            classes[c] = CharClass.Space | CharClass.EndsTagName | CharClass.EndsAttributeName | CharClass.EndsUnquotedValue;
        classes['/'] = CharClass.EndsTagName | CharClass.EndsAttributeName;
        classes['>'] = CharClass.EndsTagName | CharClass.EndsAttributeName | CharClass.EndsUnquotedValue;
        classes['='] = CharClass.EndsAttributeName;
        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Is(char c, CharClass @class) => c < 128 && (Classes[c] & @class) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => Is(c, CharClass.Space);

    /// <summary>Reads a tag whose name starts at <paramref name="nameStart"/>; a tag cut off by the end of the input is dropped.</summary>
    private HtmlTokenKind ReadTag(int nameStart, HtmlTokenKind kind)
    {
        var source = _source;
        var i = nameStart;
        while (i < source.Length && !Is(source[i], CharClass.EndsTagName)) i++;
        Tag = _names.Tag(source.AsSpan(nameStart, i - nameStart), out var name);
        TagName = name;
        SelfClosing = false;
        _attributeCount = 0;
        var keep = kind == HtmlTokenKind.StartTag;

        while (true)
        {
            while (i < source.Length && IsSpace(source[i])) i++;
            if (i >= source.Length) return Truncated();
            var c = source[i];
            if (c == '>')
            {
                i++;
                break;
            }
            if (c == '/')
            {
                i++;
                if (i < source.Length && source[i] == '>')
                {
                    SelfClosing = true;
                    i++;
                    break;
                }
                continue;
            }

            // The first character belongs to the name whatever it is (even '='), as in a browser.
            var attributeStart = i++;
            while (i < source.Length && !Is(source[i], CharClass.EndsAttributeName)) i++;
            var attributeName = source.AsSpan(attributeStart, i - attributeStart);
            while (i < source.Length && IsSpace(source[i])) i++;

            var valueStart = i;
            var valueEnd = i;
            if (i < source.Length && source[i] == '=')
            {
                i++;
                while (i < source.Length && IsSpace(source[i])) i++;
                if (i >= source.Length) return Truncated();
                var quote = source[i];
                if (quote is '"' or '\'')
                {
                    var close = source.AsSpan(i + 1).IndexOf(quote);
                    if (close < 0) return Truncated();
                    valueStart = i + 1;
                    valueEnd = valueStart + close;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < source.Length && !Is(source[i], CharClass.EndsUnquotedValue)) i++;
                    valueEnd = i;
                }
            }
            if (keep) AddAttribute(attributeName, source.AsSpan(valueStart, valueEnd - valueStart));
        }

        _position = i;
        return kind;
    }

    private HtmlTokenKind Truncated()
    {
        _position = _source.Length;
        return HtmlTokenKind.EndOfFile;
    }

    private void AddAttribute(ReadOnlySpan<char> rawName, ReadOnlySpan<char> rawValue)
    {
        // The duplicate check is quadratic, and no real element has this many attributes.
        if (_attributeCount >= MaxAttributes) return;
        var name = _names.Attribute(rawName);
        for (var i = 0; i < _attributeCount; i++)
            if (_attributes[i].Name == name) return;
        string value;
        if (rawValue.IsEmpty) value = "";
        else if (rawValue.IndexOfAny(TextSpecials) < 0) value = rawValue.ToString();
        else
        {
            _buffer.Clear();
            Decode(rawValue, DecodeOptions.References | DecodeOptions.AttributeRules, dropNul: false);
            value = _buffer.ToString();
        }
        if (_attributeCount == _attributes.Length) Array.Resize(ref _attributes, _attributes.Length * 2);
        _attributes[_attributeCount++] = new HtmlAttribute(name, value);
    }
}
