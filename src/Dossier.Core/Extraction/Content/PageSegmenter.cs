using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Cuts a page's body into paragraph-level blocks in one walk over the tree, without recursion (pages nest deeply)
/// and without ever asking a node for its whole text, so the cost is linear in the size of the page. Block-level
/// elements start and end blocks; inline elements continue them; two line breaks in a row end a paragraph.
/// Every block-level element gets a record with the range of blocks it holds, which lets later steps score any
/// element from prefix sums instead of walking it again.
/// </summary>
internal sealed class PageSegmenter
{
    private enum TagKind : byte
    {
        Block,
        Inline,
        Skipped,
    }

    /// <summary>
    /// Skipped: elements whose content is not text a reader sees (code, media, controls). Inline: elements that flow
    /// inside a paragraph. Every other element (custom ones included) breaks the text into blocks. A switch rather
    /// than a table: it compiles into the walk, where a dictionary of this enum would run unoptimised code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TagKind KindOf(string name) => name switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "iframe" or "object" or "embed" or "canvas"
            or "video" or "audio" or "map" or "head" or "title" or "meta" or "link" or "button" or "select" or "option"
            or "optgroup" or "datalist" or "input" or "textarea" or "source" or "track" or "param" or "dialog" => TagKind.Skipped,
        "a" or "abbr" or "acronym" or "b" or "bdi" or "bdo" or "big" or "cite" or "code" or "data" or "del" or "dfn" or "em"
            or "font" or "i" or "img" or "ins" or "kbd" or "label" or "mark" or "nobr" or "q" or "s" or "samp" or "small"
            or "span" or "strike" or "strong" or "sub" or "sup" or "time" or "tt" or "u" or "var" or "wbr" or "picture" => TagKind.Inline,
        _ => TagKind.Block,
    };

    private readonly StringBuilder _text = new();
    private readonly List<PageBlock> _blocks = [];
    private readonly List<PageElement> _elements = [];
    private readonly List<HtmlNode> _jsonLd = [];
    private readonly ContainerHints _hints = new();

    // The block being written: where it starts in _text (-1 when none is open) and its running counts.
    private int _start = -1;
    private bool _space;
    private bool _lineBreak;
    private int _chars, _linkChars, _words, _commas, _stops;
    private bool _leadingLink;

    private struct Frame
    {
        public IReadOnlyList<HtmlNode> Children;
        public int Next;

        /// <summary>The element record this frame opened, or -1 for an inline element.</summary>
        public int Element;

        /// <summary>The innermost block-level element record at this depth: the owner of text written here.</summary>
        public int Owner;
        public BlockFlags Flags;
        public byte HeadingLevel;
        public bool InLink;
    }

    public static SegmentedPage Segment(HtmlDocument document)
    {
        var segmenter = new PageSegmenter();
        segmenter.Walk(document.Body);
        return new SegmentedPage(segmenter._text.ToString(), segmenter._blocks, segmenter._elements, segmenter._jsonLd);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Walk(HtmlNode body)
    {
        // An array of frames used by reference: the walk touches the top frame once per node.
        var stack = new Frame[64];
        var depth = 1;
        _elements.Add(new PageElement { Node = body, Parent = -1, Depth = 0, FirstBlock = 0, Hint = _hints.Of(body) });
        stack[0] = new Frame { Children = body.Children, Element = 0, Owner = 0 };
        while (depth > 0)
        {
            ref var frame = ref stack[depth - 1];
            var children = frame.Children;
            if (frame.Next >= children.Count)
            {
                depth--;
                if (frame.Element >= 0)
                {
                    Flush(frame);
                    CollectionsMarshal.AsSpan(_elements)[frame.Element].EndBlock = _blocks.Count;
                }
                continue;
            }
            var child = children[frame.Next++];
            if (child.IsText)
            {
                Append(child.Text, frame.InLink);
                continue;
            }
            if (!child.IsElement) continue;
            var name = child.Name;
            var tag = KindOf(name);
            if (tag == TagKind.Skipped)
            {
                // Structured data in the body is kept aside for the JSON-LD rule; the rest of the skipped content is not text.
                if (name == "script" && JsonLd.IsJsonLd(child)) _jsonLd.Add(child);
                continue;
            }
            if (name == "br")
            {
                LineBreak(frame);
                continue;
            }
            var attributes = ReadAttributes(child);
            var hidden = attributes.Hidden;
            var inline = tag == TagKind.Inline;
            // Hidden inline text (screen-reader labels such as "opens in a new window") is dropped: kept, it would cut
            // the sentence around it in two. Hidden blocks (collapsed widgets, templates) stay, labelled boilerplate.
            if (hidden && inline) continue;
            var next = new Frame
            {
                Children = child.Children,
                Element = -1,
                Owner = frame.Owner,
                Flags = frame.Flags | (hidden ? BlockFlags.Hidden : BlockFlags.None),
                HeadingLevel = frame.HeadingLevel,
                InLink = frame.InLink || name == "a",
            };
            if (!inline)
            {
                Flush(frame);
                next.Element = _elements.Count;
                next.Owner = next.Element;
                _elements.Add(new PageElement
                {
                    Node = child,
                    Parent = frame.Owner,
                    Depth = _elements[frame.Owner].Depth + 1,
                    FirstBlock = _blocks.Count,
                    Hint = _hints.Of(name, attributes.Role, attributes.Itemprop, attributes.Class, attributes.Id),
                });
                ApplyBlockKind(name, ref next);
            }
            if (depth == stack.Length) Array.Resize(ref stack, depth * 2);
            stack[depth++] = next;
        }
    }

    private static void ApplyBlockKind(string name, ref Frame frame)
    {
        switch (name)
        {
            case "p":
                frame.Flags |= BlockFlags.Paragraph;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                frame.Flags |= BlockFlags.Heading;
                frame.HeadingLevel = (byte)(name[1] - '0');
                break;
            case "figcaption" or "caption":
                frame.Flags |= BlockFlags.Caption;
                break;
            case "li" or "dd" or "dt":
                frame.Flags |= BlockFlags.ListItem;
                break;
            case "blockquote":
                frame.Flags |= BlockFlags.Quote;
                break;
            case "pre":
                frame.Flags |= BlockFlags.Preformatted;
                break;
            case "td" or "th":
                frame.Flags |= BlockFlags.TableCell;
                break;
        }
    }

    /// <summary>Class names that hide an element from sight on every site (screen-reader text, utility classes).
    /// Matched whole: "hidden-xs" or "overflow-hidden" elements are visible.</summary>
    private static readonly HashSet<string> HidingClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
        "screen-reader-only", "element-invisible", "element-hidden", "offscreen", "is-hidden", "u-hidden",
    };

    private static readonly System.Buffers.SearchValues<string> HidingHints =
        System.Buffers.SearchValues.Create(["hid", "none", "sr-", "screen", "invisible", "offscreen"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HidingLookup = HidingClasses.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the walk needs from an element's attributes, read in one pass while the element is at hand.</summary>
    private readonly record struct ElementAttributes(bool Hidden, string? Role, string? Itemprop, string? Class, string? Id);

    /// <summary>The usual ways a page hides an element (the attribute, inline display or visibility rules, hiding
    /// classes), and the attributes that hint at what the element holds. For the hints the first of repeated
    /// attributes counts, as <see cref="HtmlNode.GetAttribute"/> reads them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ElementAttributes ReadAttributes(HtmlNode element)
    {
        string? style = null, lastClass = null, role = null, itemprop = null, className = null, id = null;
        var hiddenAttribute = false;
        var attributes = element.Attributes;
        for (var a = 0; a < attributes.Count; a++)
        {
            var attribute = attributes[a];
            switch (attribute.Name)
            {
                case "hidden":
                    hiddenAttribute = true;
                    break;
                case "style":
                    style = attribute.Value;
                    break;
                case "class":
                    lastClass = attribute.Value;
                    className ??= attribute.Value;
                    break;
                case "id":
                    id ??= attribute.Value;
                    break;
                case "role":
                    role ??= attribute.Value;
                    break;
                case "itemprop":
                    itemprop ??= attribute.Value;
                    break;
            }
        }
        return new ElementAttributes(hiddenAttribute || IsHidden(style, lastClass), role, itemprop, className, id);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHidden(string? style, string? className)
    {
        if (style is { Length: >= 11 } && (Declares(style, "display", "none") || Declares(style, "visibility", "hidden"))) return true;
        // Every hiding class contains one of these letter runs; most class lists contain none and are not split.
        if (className is null || className.AsSpan().IndexOfAny(HidingHints) < 0) return false;
        foreach (var range in className.AsSpan().SplitAny(" \t\n\r\f"))
            if (HidingLookup.Contains(className.AsSpan()[range])) return true;
        return false;
    }

    private static bool Declares(string style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var rest = style.AsSpan(at + property.Length).TrimStart();
        if (rest.IsEmpty || rest[0] != ':') return false;
        return rest[1..].TrimStart().StartsWith(value, StringComparison.OrdinalIgnoreCase);
    }

    private const byte SpaceChar = 1, CommaChar = 2, StopChar = 4;

    /// <summary>The class of every ASCII character, so that the scan of a text costs one table read per character.</summary>
    private static readonly byte[] AsciiClasses = BuildAsciiClasses();

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c <= ' '; c++) classes[c] = SpaceChar;
        classes[0x7f] = SpaceChar;
        classes[','] = CommaChar;
        classes['.'] = classes['!'] = classes['?'] = StopChar;
        return classes;
    }

    /// <summary>White space and control characters; commas (Latin, CJK, Arabic); sentence ends (Latin and CJK).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ClassOf(char c)
    {
        if (c < 128) return AsciiClasses[c];
        if (char.IsWhiteSpace(c) || char.IsControl(c)) return SpaceChar;
        return c switch
        {
            '，' or '、' or '،' => CommaChar,
            '。' or '！' or '？' => StopChar,
            _ => 0,
        };
    }

    /// <summary>
    /// Appends a text node's words, collapsing white space. Most text is words joined by single spaces, which the
    /// output keeps as they are: such a stretch is counted in one pass and appended in one piece.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(string text, bool inLink)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (ClassOf(span[i]) == SpaceChar)
            {
                if (_start >= 0) _space = true;
                i++;
                continue;
            }
            // The stretch: runs of non-space characters, each but the last followed by exactly one ' '.
            int commas = 0, stops = 0, spaces = 0;
            var end = i;
            while (end < span.Length)
            {
                var kind = ClassOf(span[end]);
                if (kind == 0)
                {
                    end++;
                    continue;
                }
                if (kind == SpaceChar)
                {
                    if (span[end] != ' ' || end + 1 == span.Length || ClassOf(span[end + 1]) == SpaceChar) break;
                    spaces++;
                }
                else if (kind == CommaChar) commas++;
                else stops++;
                end++;
            }
            var stretch = span[i..end];
            i = end;
            if (_start < 0)
            {
                if (_text.Length > 0) _text.Append("\n\n");
                _start = _text.Length;
                _words = 1;
                _leadingLink = inLink;
            }
            else if (_lineBreak)
            {
                _text.Append('\n');
                _words++;
            }
            else if (_space)
            {
                _text.Append(' ');
                _words++;
            }
            _space = _lineBreak = false;
            _text.Append(stretch);
            _words += spaces;
            var chars = stretch.Length - spaces;
            _chars += chars;
            if (inLink) _linkChars += chars;
            _commas += commas;
            _stops += stops;
        }
    }

    /// <summary>One &lt;br&gt; is a line break inside the paragraph; a second one in a row ends the paragraph.</summary>
    private void LineBreak(in Frame frame)
    {
        if (_start < 0) return;
        if (_lineBreak)
        {
            Flush(frame);
            return;
        }
        _lineBreak = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush(in Frame frame)
    {
        if (_start < 0) return;
        _blocks.Add(new PageBlock
        {
            Start = _start,
            Length = _text.Length - _start,
            Element = frame.Owner,
            Chars = _chars,
            LinkChars = _linkChars,
            Words = _words,
            Commas = _commas,
            Stops = _stops,
            Flags = frame.Flags | (_leadingLink ? BlockFlags.LeadingLink : BlockFlags.None),
            HeadingLevel = frame.HeadingLevel,
        });
        _start = -1;
        _space = _lineBreak = false;
        _chars = _linkChars = _words = _commas = _stops = 0;
    }
}
