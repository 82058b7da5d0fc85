using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>
/// The oracle of the differential tests: the light tree built from AngleSharp's standard-conforming DOM (what
/// <see cref="HtmlDocument.Parse"/> did before Dossier had its own parser).
/// </summary>
internal static class AngleSharpTreeBuilder
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    public static HtmlDocument Build(string html)
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
                    IElement e => new HtmlNode(HtmlNodeKind.Element, e.LocalName,
                        e.Attributes.Select(a => new HtmlAttribute(a.LocalName, a.Value)).ToArray()),
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
