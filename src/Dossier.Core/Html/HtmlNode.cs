using System.Runtime.InteropServices;
using System.Text;

namespace Dossier.Core.Html;

public enum HtmlNodeKind : byte
{
    Document,
    Element,
    Text,
}

/// <summary>One attribute of an element: its lower-case name and its value with character references decoded.</summary>
public readonly record struct HtmlAttribute(string Name, string Value);

/// <summary>
/// A node of Dossier's own light HTML tree: what extraction and metadata reading need (names, attributes, text,
/// structure) and nothing else: no comments, no doctype, no namespaces, no live collections.
/// </summary>
public sealed class HtmlNode
{
    private static readonly List<HtmlNode> NoChildren = [];
    private List<HtmlNode>? _children;
    private HtmlAttribute[] _attributes;
    private string? _text;
    // A text node's text as the parser found it: usually a slice of the page, turned into a string only when read.
    private ReadOnlyMemory<char> _slice;

    internal HtmlNode(HtmlNodeKind kind, string name, HtmlAttribute[]? attributes = null, string? text = null)
    {
        Kind = kind;
        Name = name;
        _attributes = attributes ?? [];
        _text = text;
    }

    /// <summary>A text node over a slice of the source (or of a decoded string), materialised on first read.</summary>
    internal HtmlNode(ReadOnlyMemory<char> text)
    {
        Kind = HtmlNodeKind.Text;
        Name = "#text";
        _attributes = [];
        _slice = text;
    }

    public HtmlNodeKind Kind { get; }

    /// <summary>The lower-case tag name of an element; "#text" for text and "#document" for the root.</summary>
    public string Name { get; }

    public HtmlNode? Parent { get; private set; }

    /// <summary>Where the node sits among its parent's children.</summary>
    public int Index { get; private set; }

    public IReadOnlyList<HtmlNode> Children => _children ?? NoChildren;

    public IReadOnlyList<HtmlAttribute> Attributes => _attributes;

    public bool IsElement => Kind == HtmlNodeKind.Element;

    public bool IsText => Kind == HtmlNodeKind.Text;

    /// <summary>A text node's text with character references decoded and white space as in the source; "" for others.</summary>
    public string Text => _text ?? (Kind == HtmlNodeKind.Text ? _text = Materialise(_slice) : "");

    /// <summary>The length of <see cref="Text"/>, without turning a text node's slice of the page into a string.</summary>
    public int TextLength => _text?.Length ?? (Kind == HtmlNodeKind.Text ? _slice.Length : 0);

    private static string Materialise(ReadOnlyMemory<char> slice) =>
        MemoryMarshal.TryGetString(slice, out var whole, out var start, out var length) && start == 0 && length == whole.Length
            ? whole
            : slice.ToString();

    public string? Id => GetAttribute("id");

    public string? ClassName => GetAttribute("class");

    public HtmlNode? NextSibling => Parent is { } p && Index + 1 < p.Children.Count ? p.Children[Index + 1] : null;

    public HtmlNode? PreviousSibling => Parent is { } p && Index > 0 ? p.Children[Index - 1] : null;

    public string? GetAttribute(string name)
    {
        foreach (var attribute in _attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>All text below this node, in document order, as the source has it (script and style text included).</summary>
    public string TextContent
    {
        get
        {
            if (IsText) return Text;
            var sb = new StringBuilder();
            AppendText(sb);
            return sb.ToString();
        }
    }

    public void AppendText(StringBuilder sb)
    {
        if (IsText)
        {
            AppendOwnText(sb);
            return;
        }
        foreach (var node in Descendants())
            if (node.IsText) node.AppendOwnText(sb);
    }

    /// <summary>Every node below this one, depth first in document order, without recursion (pages nest deeply).</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        if (_children is not { Count: > 0 }) yield break;
        // Walks the parent links instead of keeping a stack: nothing to allocate but the enumerator.
        var node = _children[0];
        while (true)
        {
            yield return node;
            if (node._children is { Count: > 0 } children)
            {
                node = children[0];
                continue;
            }
            while (true)
            {
                var parent = node.Parent!;
                var siblings = parent._children!;
                if (node.Index + 1 < siblings.Count)
                {
                    node = siblings[node.Index + 1];
                    break;
                }
                if (parent == this) yield break;
                node = parent;
            }
        }
    }

    /// <summary>The elements below this node with the given lower-case tag name, in document order.</summary>
    public IEnumerable<HtmlNode> Elements(string name)
    {
        foreach (var node in Descendants())
            if (node.Kind == HtmlNodeKind.Element && node.Name == name) yield return node;
    }

    /// <summary>The closest ancestor (or this node) that is an element with the given name.</summary>
    public HtmlNode? Closest(string name)
    {
        for (var node = this; node is not null; node = node.Parent)
            if (node.IsElement && node.Name == name) return node;
        return null;
    }

    internal void AppendChild(HtmlNode child)
    {
        _children ??= [];
        child.Parent = this;
        child.Index = _children.Count;
        _children.Add(child);
    }

    /// <summary>Puts a child at a position, moving the later ones on (a browser moves stray table content in front of the table).</summary>
    internal void InsertChild(int index, HtmlNode child)
    {
        _children ??= [];
        _children.Insert(index, child);
        child.Parent = this;
        for (var i = index; i < _children.Count; i++) _children[i].Index = i;
    }

    internal HtmlNode? LastChild => _children is { Count: > 0 } children ? children[^1] : null;

    /// <summary>A text node's own text, appended without materialising it as a string.</summary>
    internal void AppendOwnText(StringBuilder sb)
    {
        if (_text is not null) sb.Append(_text);
        else sb.Append(_slice.Span);
    }

    internal void SetText(string text)
    {
        _text = text;
        _slice = default;
    }


    internal void SetAttributes(HtmlAttribute[] attributes) => _attributes = attributes;

    public override string ToString() => Kind switch
    {
        HtmlNodeKind.Text => $"#text \"{(Text.Length > 40 ? Text[..40] + "…" : Text)}\"",
        _ => $"<{Name}>",
    };
}
