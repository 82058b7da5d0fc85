using System.Text;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>The text a reader sees in a page's body: script, style, noscript and template left out, white space collapsed.</summary>
internal static class BodyText
{
    public static string Of(HtmlDocument document)
    {
        var text = new StringBuilder();
        Append(document.Body, text);
        return Collapse(text.ToString());
    }

    private static void Append(HtmlNode node, StringBuilder text)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText) text.Append(child.Text);
            else if (child.Name is not ("script" or "style" or "noscript" or "template")) Append(child, text);
        }
    }

    /// <summary>The body's elements as "depth name", in document order, without the content of script, style, noscript and template.</summary>
    public static List<string> Structure(HtmlDocument document)
    {
        var elements = new List<string>();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.Body, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node != document.Body) elements.Add($"{depth} {node.Name}");
            if (node.Name is "script" or "style" or "noscript" or "template") continue;
            for (var i = node.Children.Count - 1; i >= 0; i--)
                if (node.Children[i].IsElement) stack.Push((node.Children[i], depth + 1));
        }
        return elements;
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Where two texts first differ, with some context from each, for a readable failure message.</summary>
    public static string FirstDifference(string ours, string theirs)
    {
        var at = 0;
        while (at < ours.Length && at < theirs.Length && ours[at] == theirs[at]) at++;
        var from = Math.Max(0, at - 40);
        string Around(string s) => s.Length <= from ? "(end)" : s.Substring(from, Math.Min(120, s.Length - from));
        return $"at {at} of {ours.Length}/{theirs.Length}: ours «{Around(ours)}» AngleSharp «{Around(theirs)}»";
    }
}
