using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Dossier.Core.Html;

internal enum HtmlTokenKind : byte
{
    EndOfFile,
    /// <summary>Text between markup: <see cref="HtmlTokenizer.TextStart"/> to <see cref="HtmlTokenizer.TextEnd"/> of the source.</summary>
    Text,
    StartTag,
    EndTag,
    Doctype,
}

/// <summary>How the content of an element that is not markup (script, style, title, textarea) is read.</summary>
internal enum RawTextKind : byte
{
    /// <summary>style, xmp, iframe, noembed, noframes: everything up to the end tag, as written.</summary>
    RawText,
    /// <summary>title, textarea: up to the end tag, with character references decoded.</summary>
    RcData,
    /// <summary>script: raw text with the standard's rules for "&lt;!--" and nested "&lt;script&gt;" inside it.</summary>
    ScriptData,
    /// <summary>plaintext: the rest of the input.</summary>
    PlainText,
}

/// <summary>
/// The HTML tokenizer: start and end tags with their attributes, text, and the doctype; comments, processing
/// instructions and bogus markup are skipped here and never reach the tree builder. It is a pull tokenizer over one
/// string: text is reported as offsets into it, and jumps to the next '&lt;' (or '&amp;', a NUL) with a vectorised
/// search. Tag and attribute names are interned (known names from a static table, the rest once per parse).
/// Malformed and truncated input is tokenized as the HTML standard says: a tag cut off by the end of the input is
/// dropped, a lone '&lt;' is text, an unclosed comment runs to the end.
/// </summary>
internal sealed class HtmlTokenizer
{
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\0");

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownAttributeNames =
        new[]
        {
            "id", "class", "style", "href", "src", "alt", "title", "rel", "type", "name", "content", "property", "lang",
            "charset", "width", "height", "itemprop", "itemscope", "itemtype", "datetime", "role", "target", "srcset", "sizes",
            "loading", "value", "action", "method", "for", "colspan", "rowspan", "hidden", "async", "defer", "crossorigin",
            "integrity", "media", "http-equiv", "dir", "tabindex", "xmlns", "viewbox", "d", "fill", "stroke", "aria-label",
            "aria-hidden", "aria-labelledby", "aria-expanded", "aria-controls", "data-src", "data-id", "onclick", "border",
            "align", "valign", "cellpadding", "cellspacing", "bgcolor", "color", "face", "size", "placeholder", "autocomplete",
            "decoding", "fetchpriority", "referrerpolicy", "nonce", "frameborder", "allowfullscreen", "allow", "scrolling",
            "label", "selected", "checked", "disabled", "readonly", "required", "multiple", "maxlength", "enctype", "download",
            "poster", "preload", "controls", "autoplay", "muted", "loop", "playsinline", "focusable", "version", "x", "y",
            "cx", "cy", "r", "rx", "ry", "transform", "points", "fill-rule", "clip-rule", "stroke-width", "xmlns:xlink",
            "xlink:href", "data-testid", "data-component", "data-type", "data-url", "data-lazy-src", "data-srcset", "sizes",
        }.Distinct().ToFrozenDictionary(n => n, n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string>?[] EndTagSearch = BuildEndTagSearch();

    private readonly string _source;
    private int _pos;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private HtmlAttribute[] _attributes = new HtmlAttribute[8];
    private HashSet<string>? _manyAttributeNames;
    private readonly CharBuffer _decoded = new(64);

    public HtmlTokenizer(string source)
    {
        _source = source;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Set by the tree builder while the current node is SVG or MathML: there "&lt;![CDATA[" opens text.</summary>
    public bool AllowCdata { get; set; }

    public HtmlTokenKind Kind { get; private set; }

    public int TextStart { get; private set; }

    public int TextEnd { get; private set; }

    /// <summary>The text holds references or NULs to decode; CDATA text never does.</summary>
    public bool TextNeedsDecoding { get; private set; }

    public string TagName { get; private set; } = "";

    public HtmlTag Tag { get; private set; }

    public bool SelfClosing { get; private set; }

    public int AttributeCount { get; private set; }

    /// <summary>The doctype asks for quirks mode (in which, for one, a &lt;table&gt; does not close an open &lt;p&gt;).</summary>
    public bool DoctypeQuirks { get; private set; }

    public ReadOnlySpan<HtmlAttribute> Attributes => _attributes.AsSpan(0, AttributeCount);

    /// <summary>The current tag's attributes as an array of their own.</summary>
    public HtmlAttribute[] TakeAttributes() => AttributeCount == 0 ? [] : _attributes.AsSpan(0, AttributeCount).ToArray();

    public HtmlTokenKind Next()
    {
        var s = _source.AsSpan();
        var n = s.Length;
        while (true)
        {
            var pos = _pos;
            if (pos >= n) return Kind = HtmlTokenKind.EndOfFile;
            if (s[pos] != '<' || !IsMarkupAt(s, pos)) return ReadText(s, pos);
            var c = s[pos + 1];
            if (char.IsAsciiLetter(c))
            {
                if (ReadTag(s, pos + 1, end: false)) return Kind = HtmlTokenKind.StartTag;
                return Kind = HtmlTokenKind.EndOfFile;
            }
            if (c == '/')
            {
                var c2 = s[pos + 2];
                if (char.IsAsciiLetter(c2))
                {
                    if (ReadTag(s, pos + 2, end: true)) return Kind = HtmlTokenKind.EndTag;
                    return Kind = HtmlTokenKind.EndOfFile;
                }
                if (c2 == '>') _pos = pos + 3; // "</>" is nothing at all
                else SkipBogusComment(s, pos + 2);
                continue;
            }
            if (c == '!')
            {
                var rest = s[(pos + 2)..];
                if (rest.StartsWith("--")) SkipComment(s, pos + 4);
                else if (rest.StartsWith("DOCTYPE", StringComparison.OrdinalIgnoreCase))
                {
                    ReadDoctype(s, pos + 9);
                    return Kind = HtmlTokenKind.Doctype;
                }
                else if (rest.StartsWith("[CDATA[") && AllowCdata)
                {
                    var from = pos + 9;
                    var close = s[from..].IndexOf("]]>");
                    var end = close < 0 ? n : from + close;
                    _pos = close < 0 ? n : end + 3;
                    if (end > from)
                    {
                        TextStart = from;
                        TextEnd = end;
                        TextNeedsDecoding = false;
                        return Kind = HtmlTokenKind.Text;
                    }
                }
                else SkipBogusComment(s, pos + 2);
                continue;
            }
            SkipBogusComment(s, pos + 1); // "<?xml ...>"
        }
    }

    /// <summary>
    /// Reads the content of the element whose start tag was the last token, up to its end tag (which is consumed), or to
    /// the end of the input. Returns the content's bounds in the source.
    /// </summary>
    public (int Start, int End) ReadRawText(RawTextKind kind, HtmlTag tag)
    {
        var s = _source.AsSpan();
        var start = _pos;
        if (kind == RawTextKind.PlainText || EndTagSearch[(int)tag] is not { } search)
        {
            _pos = s.Length;
            return (start, s.Length);
        }
        var nameLength = HtmlTags.NameOf(tag).Length;
        var end = FindEndTag(s, start, search, nameLength);
        // Script text that opens an HTML comment may hide a "</script>" inside a nested "<script>" in it: the slow path
        // follows the standard's escape states. Pages rarely do this, and checking costs one search.
        if (kind == RawTextKind.ScriptData && s[start..(end < 0 ? s.Length : end)].IndexOf("<!--") >= 0)
            end = FindScriptEnd(s, start);
        if (end < 0)
        {
            _pos = s.Length;
            return (start, s.Length);
        }
        var after = SkipAttributes(s, end + 2 + nameLength);
        _pos = after < 0 ? s.Length : after;
        return (start, end);
    }

    /// <summary>After &lt;pre&gt;, &lt;listing&gt; and &lt;textarea&gt; one newline right after the start tag is not content.</summary>
    public void SkipNewline()
    {
        var s = _source;
        if (_pos < s.Length && s[_pos] == '\n') _pos++;
        else if (_pos < s.Length && s[_pos] == '\r') _pos += _pos + 1 < s.Length && s[_pos + 1] == '\n' ? 2 : 1;
    }

    private static bool IsMarkupAt(ReadOnlySpan<char> s, int pos)
    {
        if (pos + 1 >= s.Length) return false;
        var c = s[pos + 1];
        return char.IsAsciiLetter(c) || c == '!' || c == '?' || (c == '/' && pos + 2 < s.Length);
    }

    private HtmlTokenKind ReadText(ReadOnlySpan<char> s, int pos)
    {
        var n = s.Length;
        var decode = false;
        var i = pos;
        while (true)
        {
            var k = s[i..].IndexOfAny(TextStops);
            if (k < 0)
            {
                i = n;
                break;
            }
            i += k;
            if (s[i] == '<')
            {
                if (i > pos && IsMarkupAt(s, i)) break;
                i++;
                continue;
            }
            decode = true;
            i++;
        }
        TextStart = pos;
        TextEnd = i;
        TextNeedsDecoding = decode;
        _pos = i;
        return Kind = HtmlTokenKind.Text;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    /// <summary>Reads a tag whose name starts at <paramref name="i"/>; false when the input ends inside it (it is dropped).</summary>
    private bool ReadTag(ReadOnlySpan<char> s, int i, bool end)
    {
        var n = s.Length;
        var nameStart = i;
        var fold = false;
        for (; i < n; i++)
        {
            var c = s[i];
            if (IsSpace(c) || c == '/' || c == '>') break;
            if (char.IsAsciiLetterUpper(c) || c == '\0') fold = true;
        }
        if (i >= n)
        {
            _pos = n;
            return false;
        }
        var tagName = s[nameStart..i];
        if (end)
        {
            TagName = InternTagName(tagName, fold, out var endTag);
            Tag = endTag;
            var after = SkipAttributes(s, i);
            _pos = after < 0 ? n : after;
            return after >= 0;
        }
        TagName = InternTagName(tagName, fold, out var tag);
        Tag = tag;
        var next = ReadAttributes(s, i);
        _pos = next < 0 ? n : next;
        return next >= 0;
    }

    /// <summary>An end tag's attributes are read and thrown away: they may hold a quoted '&gt;'.</summary>
    private int SkipAttributes(ReadOnlySpan<char> s, int i) => ReadAttributes(s, i, keep: false);

    /// <summary>Reads attributes up to the tag's '&gt;'; returns the position after it, or -1 at the end of the input.</summary>
    private int ReadAttributes(ReadOnlySpan<char> s, int i, bool keep = true)
    {
        var n = s.Length;
        AttributeCount = 0;
        SelfClosing = false;
        _manyAttributeNames?.Clear();
        while (true)
        {
            while (i < n && IsSpace(s[i])) i++;
            if (i >= n) return -1;
            var c = s[i];
            if (c == '>') return i + 1;
            if (c == '/')
            {
                i++;
                if (i < n && s[i] == '>')
                {
                    SelfClosing = true;
                    return i + 1;
                }
                continue;
            }
            var nameStart = i;
            var fold = char.IsAsciiLetterUpper(c) || c == '\0';
            for (i++; i < n; i++)
            {
                c = s[i];
                if (IsSpace(c) || c == '/' || c == '>' || c == '=') break;
                if (char.IsAsciiLetterUpper(c) || c == '\0') fold = true;
            }
            var nameEnd = i;
            while (i < n && IsSpace(s[i])) i++;
            int valueStart = -1, valueEnd = -1;
            if (i < n && s[i] == '=')
            {
                i++;
                while (i < n && IsSpace(s[i])) i++;
                if (i >= n) return -1;
                var q = s[i];
                if (q is '"' or '\'')
                {
                    var close = s[(i + 1)..].IndexOf(q);
                    if (close < 0) return -1;
                    valueStart = i + 1;
                    valueEnd = valueStart + close;
                    i = valueEnd + 1;
                }
                else if (q != '>')
                {
                    valueStart = i;
                    while (i < n && !IsSpace(s[i]) && s[i] != '>') i++;
                    valueEnd = i;
                }
            }
            if (keep) AddAttribute(s, nameStart, nameEnd, fold, valueStart, valueEnd);
        }
    }

    private void AddAttribute(ReadOnlySpan<char> s, int nameStart, int nameEnd, bool fold, int valueStart, int valueEnd)
    {
        var name = InternAttributeName(s[nameStart..nameEnd], fold);
        // The first of two attributes with one name wins. Names are interned, so a reference comparison finds repeats.
        if (AttributeCount < 16)
        {
            for (var k = 0; k < AttributeCount; k++)
                if (ReferenceEquals(_attributes[k].Name, name)) return;
        }
        else
        {
            if (_manyAttributeNames is null || _manyAttributeNames.Count == 0)
            {
                _manyAttributeNames ??= new HashSet<string>(StringComparer.Ordinal);
                for (var k = 0; k < AttributeCount; k++) _manyAttributeNames.Add(_attributes[k].Name);
            }
            if (!_manyAttributeNames.Add(name)) return;
        }
        string value;
        if (valueStart < 0 || valueEnd == valueStart) value = "";
        else
        {
            var raw = s[valueStart..valueEnd];
            if (CharacterReferences.NeedsDecoding(raw))
            {
                _decoded.Clear();
                CharacterReferences.Decode(raw, inAttribute: true, dropNul: false, _decoded);
                value = _decoded.ToString();
            }
            else value = new string(raw);
        }
        if (AttributeCount == _attributes.Length) Array.Resize(ref _attributes, _attributes.Length * 2);
        _attributes[AttributeCount++] = new HtmlAttribute(name, value);
    }

    private string InternTagName(ReadOnlySpan<char> name, bool fold, out HtmlTag tag)
    {
        Span<char> buffer = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        scoped ReadOnlySpan<char> key = name;
        if (fold)
        {
            Fold(name, buffer);
            key = buffer;
        }
        if (HtmlTags.Lookup.TryGetValue(key, out tag)) return HtmlTags.NameOf(tag);
        tag = HtmlTag.Unknown;
        return InternOther(key);
    }

    private string InternAttributeName(ReadOnlySpan<char> name, bool fold)
    {
        Span<char> buffer = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        scoped ReadOnlySpan<char> key = name;
        if (fold)
        {
            Fold(name, buffer);
            key = buffer;
        }
        if (KnownAttributeNames.TryGetValue(key, out var known)) return known;
        return InternOther(key);
    }

    private string InternOther(ReadOnlySpan<char> name)
    {
        if (_nameLookup.TryGetValue(name, out var interned)) return interned;
        var created = new string(name);
        _names[created] = created;
        return created;
    }

    /// <summary>Names are ASCII-lower-cased; a NUL in one becomes U+FFFD.</summary>
    private static void Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        for (var k = 0; k < name.Length; k++)
        {
            var c = name[k];
            buffer[k] = c == '\0' ? '\uFFFD' : char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
    }

    private void SkipComment(ReadOnlySpan<char> s, int i)
    {
        var n = s.Length;
        // "<!-->" and "<!--->" close at once.
        if (i < n && s[i] == '>')
        {
            _pos = i + 1;
            return;
        }
        if (i + 1 < n && s[i] == '-' && s[i + 1] == '>')
        {
            _pos = i + 2;
            return;
        }
        while (true)
        {
            var k = i < n ? s[i..].IndexOf("--") : -1;
            if (k < 0)
            {
                _pos = n;
                return;
            }
            var j = i + k;
            if (j + 2 < n && s[j + 2] == '>')
            {
                _pos = j + 3;
                return;
            }
            if (j + 3 < n && s[j + 2] == '!' && s[j + 3] == '>')
            {
                _pos = j + 4;
                return;
            }
            i = j + 1;
        }
    }

    private void SkipBogusComment(ReadOnlySpan<char> s, int i)
    {
        var k = i < s.Length ? s[i..].IndexOf('>') : -1;
        _pos = k < 0 ? s.Length : i + k + 1;
    }

    private void ReadDoctype(ReadOnlySpan<char> s, int i)
    {
        var k = i < s.Length ? s[i..].IndexOf('>') : -1;
        var end = k < 0 ? s.Length : i + k;
        _pos = k < 0 ? s.Length : end + 1;
        DoctypeQuirks = k < 0 || IsQuirksDoctype(s[i..end]);
    }

    /// <summary>
    /// Whether a doctype puts the page in quirks mode: a name other than "html", or one of the old public identifiers
    /// (the common ones from the standard's list; limited-quirks doctypes behave as no-quirks here).
    /// </summary>
    private static bool IsQuirksDoctype(ReadOnlySpan<char> doctype)
    {
        doctype = doctype.Trim();
        var nameEnd = 0;
        while (nameEnd < doctype.Length && !IsSpace(doctype[nameEnd])) nameEnd++;
        if (!doctype[..nameEnd].Equals("html", StringComparison.OrdinalIgnoreCase)) return true;
        var rest = doctype[nameEnd..];
        var publicAt = rest.IndexOf("PUBLIC", StringComparison.OrdinalIgnoreCase);
        if (publicAt < 0) return false;
        rest = rest[(publicAt + 6)..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('"' or '\'')) return true;
        var close = rest[1..].IndexOf(rest[0]);
        if (close < 0) return true;
        var publicId = rest.Slice(1, close);
        var hasSystemId = rest[(close + 2)..].TrimStart().Length > 0;
        foreach (var prefix in (ReadOnlySpan<string>)[
                     "-//W3C//DTD HTML 4.0 Transitional", "-//W3C//DTD HTML 4.0 Frameset", "-//W3C//DTD HTML 3", "-//W3C//DTD HTML 2",
                     "-//IETF//DTD HTML", "-//W3O//DTD W3 HTML", "-//W3C//DTD W3 HTML", "-//Netscape Comm. Corp.//DTD",
                     "-//Microsoft//DTD Internet Explorer", "-//SoftQuad", "-//Spyglass", "-//O'Reilly", "-//Sun Microsystems",
                     "-//WebTechs", "-//Metrius", "-//AdvaSoft", "-//AS//DTD", "-//Silmaril", "-//SQ//DTD", "+//Silmaril"])
            if (publicId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        if (!hasSystemId && (publicId.StartsWith("-//W3C//DTD HTML 4.01 Frameset//", StringComparison.OrdinalIgnoreCase)
                             || publicId.StartsWith("-//W3C//DTD HTML 4.01 Transitional//", StringComparison.OrdinalIgnoreCase)))
            return true;
        return publicId.Equals("HTML", StringComparison.OrdinalIgnoreCase);
    }

    private static SearchValues<string>?[] BuildEndTagSearch()
    {
        var search = new SearchValues<string>?[(int)HtmlTag.Count];
        foreach (var tag in (ReadOnlySpan<HtmlTag>)[HtmlTag.Script, HtmlTag.Style, HtmlTag.Title, HtmlTag.Textarea, HtmlTag.Xmp,
                     HtmlTag.Iframe, HtmlTag.Noembed, HtmlTag.Noframes, HtmlTag.Noscript, HtmlTag.Plaintext])
            search[(int)tag] = SearchValues.Create(["</" + HtmlTags.NameOf(tag)], StringComparison.OrdinalIgnoreCase);
        return search;
    }

    /// <summary>Where "&lt;/name" followed by white space, '/' or '&gt;' starts, or -1.</summary>
    private static int FindEndTag(ReadOnlySpan<char> s, int from, SearchValues<string> search, int nameLength)
    {
        while (from < s.Length)
        {
            var k = s[from..].IndexOfAny(search);
            if (k < 0) return -1;
            var at = from + k;
            var after = at + 2 + nameLength;
            if (after < s.Length && (IsSpace(s[after]) || s[after] is '/' or '>')) return at;
            from = at + 1;
        }
        return -1;
    }

    /// <summary>"script" (any case) at <paramref name="i"/>, followed by white space, '/' or '&gt;'.</summary>
    private static bool IsScriptNameAt(ReadOnlySpan<char> s, int i) =>
        i + 6 < s.Length && s.Slice(i, 6).Equals("script", StringComparison.OrdinalIgnoreCase)
                         && (IsSpace(s[i + 6]) || s[i + 6] is '/' or '>');

    private enum ScriptState : byte { Data, Escaped, EscapedDash, EscapedDashDash, DoubleEscaped, DoubleEscapedDash, DoubleEscapedDashDash }

    /// <summary>The end of script data by the standard's states: "&lt;!--" escapes, a nested "&lt;script&gt;" in an escape
    /// double-escapes (its "&lt;/script&gt;" does not end the script), "--&gt;" ends the escape.</summary>
    private static int FindScriptEnd(ReadOnlySpan<char> s, int i)
    {
        var state = ScriptState.Data;
        var n = s.Length;
        while (i < n)
        {
            var c = s[i];
            switch (state)
            {
                case ScriptState.Data:
                    if (c == '<')
                    {
                        if (i + 1 < n && s[i + 1] == '/' && IsScriptNameAt(s, i + 2)) return i;
                        if (s[i..].StartsWith("<!--"))
                        {
                            state = ScriptState.EscapedDashDash;
                            i += 4;
                            continue;
                        }
                    }
                    break;
                case ScriptState.Escaped or ScriptState.EscapedDash or ScriptState.EscapedDashDash:
                    if (c == '-')
                        state = state == ScriptState.Escaped ? ScriptState.EscapedDash : ScriptState.EscapedDashDash;
                    else if (c == '<')
                    {
                        if (i + 1 < n && s[i + 1] == '/' && IsScriptNameAt(s, i + 2)) return i;
                        if (IsScriptNameAt(s, i + 1))
                        {
                            state = ScriptState.DoubleEscaped;
                            i += 7;
                            continue;
                        }
                        state = ScriptState.Escaped;
                    }
                    else if (c == '>' && state == ScriptState.EscapedDashDash) state = ScriptState.Data;
                    else state = ScriptState.Escaped;
                    break;
                default:
                    if (c == '-')
                        state = state == ScriptState.DoubleEscaped ? ScriptState.DoubleEscapedDash : ScriptState.DoubleEscapedDashDash;
                    else if (c == '<')
                    {
                        state = ScriptState.DoubleEscaped;
                        if (i + 1 < n && s[i + 1] == '/' && IsScriptNameAt(s, i + 2))
                        {
                            state = ScriptState.Escaped;
                            i += 8;
                            continue;
                        }
                    }
                    else if (c == '>' && state == ScriptState.DoubleEscapedDashDash) state = ScriptState.Data;
                    else state = ScriptState.DoubleEscaped;
                    break;
            }
            i++;
        }
        return -1;
    }
}
