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

    // A text node's text may stay a slice of the parsed source until someone asks for it as a string: most text (white
    // space between tags, script bodies) is never read as one.
    private string? _source;
    private int _start;
    private int _length;

    internal HtmlNode(HtmlNodeKind kind, string name, HtmlAttribute[]? attributes = null, string? text = null)
    {
        Kind = kind;
        Name = name;
        _attributes = attributes ?? [];
        _text = text;
    }

    /// <summary>An element known to the tree builder, with its tag and namespace.</summary>
    internal HtmlNode(string name, HtmlTag tag, HtmlNamespace ns, HtmlAttribute[] attributes)
    {
        Kind = HtmlNodeKind.Element;
        Name = name;
        Tag = tag;
        Namespace = ns;
        _attributes = attributes;
    }

    /// <summary>A text node whose text is <paramref name="length"/> characters of <paramref name="source"/>, as written there.</summary>
    internal HtmlNode(string source, int start, int length)
    {
        Kind = HtmlNodeKind.Text;
        Name = "#text";
        _attributes = [];
        _source = source;
        _start = start;
        _length = length;
    }

    /// <summary>The tag as the tree builder knows it; <see cref="HtmlTag.Unknown"/> for other names and for non-elements.</summary>
    internal HtmlTag Tag { get; }

    internal HtmlNamespace Namespace { get; }

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
    public string Text => _text ?? MaterializeText();

    /// <summary>The length of <see cref="Text"/>, without making it a string.</summary>
    public int TextLength => _text?.Length ?? (_source is null ? 0 : _length);

    private string MaterializeText()
    {
        if (_source is null) return "";
        var text = _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);
        _text = text; // the slice stays: a reader on another thread may be between the two fields
        return text;
    }

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
        if (_children is null) return;
        // Without recursion: pages nest deeply.
        foreach (var node in Descendants())
            if (node.IsText) node.AppendOwnText(sb);
    }

    private void AppendOwnText(StringBuilder sb)
    {
        if (_text is not null) sb.Append(_text);
        else if (_source is not null) sb.Append(_source, _start, _length);
    }

    /// <summary>Every node below this one, depth first in document order, without recursion (pages nest deeply).</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        if (_children is null) yield break;
        var stack = new Stack<(HtmlNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= node.Children.Count) continue;
            stack.Push((node, next + 1));
            var child = node.Children[next];
            yield return child;
            if (child.Children.Count > 0) stack.Push((child, 0));
        }
    }

    /// <summary>The elements below this node with the given lower-case tag name, in document order.</summary>
    public IEnumerable<HtmlNode> Elements(string name) => Descendants().Where(n => n.IsElement && n.Name == name);

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

    /// <summary>Puts <paramref name="child"/> at <paramref name="index"/> among the children (foster parenting puts text and
    /// elements found inside a table before it).</summary>
    internal void InsertChild(int index, HtmlNode child)
    {
        _children ??= [];
        child.Parent = this;
        _children.Insert(index, child);
        for (var i = index; i < _children.Count; i++) _children[i].Index = i;
    }

    internal void SetAttributes(HtmlAttribute[] attributes) => _attributes = attributes;

    public override string ToString() => Kind switch
    {
        HtmlNodeKind.Text => $"#text \"{(Text.Length > 40 ? Text[..40] + "…" : Text)}\"",
        _ => $"<{Name}>",
    };
}
