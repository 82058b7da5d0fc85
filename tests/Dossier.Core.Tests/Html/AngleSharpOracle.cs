using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>
/// The tree AngleSharp (a full HTML5 parser) builds, in Dossier's light form: the oracle of the differential tests.
/// Scripting is on, as in a browser, so &lt;noscript&gt; holds raw text in both parsers.
/// </summary>
internal static class AngleSharpOracle
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false, IsScripting = true });

    public static HtmlDocument Parse(string html)
    {
        var document = Parser.ParseDocument(html);
        var root = new HtmlNode(HtmlNodeKind.Document, "#document");
        var stack = new Stack<(INode From, HtmlNode To)>();
        HtmlNode? htmlNode = null, head = null, body = null;
        stack.Push((document, root));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            foreach (var child in from.ChildNodes)
            {
                HtmlNode? node = child switch
                {
                    IElement e => new HtmlNode(HtmlNodeKind.Element, e.LocalName.ToLowerInvariant(),
                        e.Attributes.Select(a => new HtmlAttribute(a.Name, a.Value)).ToArray()),
                    IText t => new HtmlNode(HtmlNodeKind.Text, "#text", text: t.Data),
                    _ => null,
                };
                if (node is null) continue;
                to.AppendChild(node);
                if (child is IElement element)
                {
                    if (element == document.DocumentElement) htmlNode = node;
                    else if (element == document.Head) head = node;
                    else if (element == document.Body) body = node;
                    stack.Push((element, node));
                }
            }
        }
        return new HtmlDocument(root, htmlNode!, head!, body!);
    }
}
