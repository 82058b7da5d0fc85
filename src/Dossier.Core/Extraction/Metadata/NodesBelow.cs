using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The nodes below a node in document order, for foreach: what <see cref="HtmlNode.Descendants"/> gives, found by
/// stepping along child, sibling and parent links instead of keeping a stack, so a walk allocates nothing. The
/// metadata readers walk many small subtrees per page (a byline, a heading, each paragraph).
/// </summary>
public struct NodesBelow(HtmlNode root)
{
    private HtmlNode? _current;
    private bool _started;

    public readonly NodesBelow GetEnumerator() => this;

    public readonly HtmlNode Current => _current!;

    public bool MoveNext()
    {
        if (!_started)
        {
            _started = true;
            _current = root.Children.Count > 0 ? root.Children[0] : null;
        }
        else if (_current is not null) _current = Next(_current, root);
        return _current is not null;
    }

    /// <summary>The node after <paramref name="node"/> in document order (its first child, else the next sibling of it or of an ancestor), inside <paramref name="root"/>; null at the end.</summary>
    public static HtmlNode? Next(HtmlNode node, HtmlNode root)
    {
        if (node.Children.Count > 0) return node.Children[0];
        for (var n = node; n != root && n.Parent is { } parent; n = parent)
            if (n.Index + 1 < parent.Children.Count) return parent.Children[n.Index + 1];
        return null;
    }
}
