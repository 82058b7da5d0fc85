using System.Text;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>
/// A compact, exact rendering of a tree for assertions: &lt;name a="v"&gt;children&lt;/name&gt;, void elements without an
/// end tag, text as is (nothing escaped, so "&lt;" in text reads as "&lt;").
/// </summary>
internal static class TreeText
{
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    public static string Of(HtmlNode node)
    {
        var text = new StringBuilder();
        foreach (var child in node.Children) Append(child, text);
        return text.ToString();
    }

    public static string Body(string html) => Of(HtmlDocument.Parse(html).Body);

    public static string Document(string html) => Of(HtmlDocument.Parse(html).Root);

    private static void Append(HtmlNode node, StringBuilder text)
    {
        if (node.IsText)
        {
            text.Append(node.Text);
            return;
        }
        text.Append('<').Append(node.Name);
        foreach (var attribute in node.Attributes) text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        text.Append('>');
        if (Void.Contains(node.Name) && node.Children.Count == 0) return;
        foreach (var child in node.Children) Append(child, text);
        text.Append("</").Append(node.Name).Append('>');
    }
}
