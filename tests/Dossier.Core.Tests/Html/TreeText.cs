using System.Text;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>The light tree written back as compact markup, for tests to compare: every element closed (void ones not),
/// attributes double-quoted in document order, text as it is in the tree (decoded, not escaped).</summary>
internal static class TreeText
{
    private static readonly HashSet<string> Void =
        ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"];

    public static string Of(HtmlNode node)
    {
        var sb = new StringBuilder();
        foreach (var child in node.Children) Write(child, sb);
        return sb.ToString();
    }

    private static void Write(HtmlNode node, StringBuilder sb)
    {
        if (node.IsText)
        {
            sb.Append(node.Text);
            return;
        }
        sb.Append('<').Append(node.Name);
        foreach (var attribute in node.Attributes) sb.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        sb.Append('>');
        if (Void.Contains(node.Name) && node.Children.Count == 0) return;
        foreach (var child in node.Children) Write(child, sb);
        sb.Append("</").Append(node.Name).Append('>');
    }
}
