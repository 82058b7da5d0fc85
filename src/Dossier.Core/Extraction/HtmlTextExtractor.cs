using System.Text;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction;

/// <summary>
/// A simple HTML extractor: the page's text as blocks, each with the role its markup gives it, and basic metadata.
/// Navigation, headers, footers, asides and forms are kept as labelled boilerplate, never dropped. When the page marks
/// its article (&lt;article&gt;, &lt;main&gt;), what lies outside it is boilerplate too.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head", "button", "select", "input", "textarea" };

    private static readonly HashSet<string> LeafBlocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "caption", "blockquote", "pre", "dt", "dd", "td", "th", "address", "summary" };

    public sealed record Result(string Text, List<Block> Blocks, ArticleMetadata Metadata);

    public static Result Extract(string html) => Extract(HtmlDocument.Parse(html));

    public static Result Extract(HtmlDocument document)
    {
        var main = document.Body.Elements("article").FirstOrDefault()
            ?? document.Body.Descendants().FirstOrDefault(n => n.Name == "main" || n.IsElement && n.GetAttribute("role") == "main");
        var builder = new Builder(main);
        builder.Walk(document.Body, BlockContext.Default);
        return new Result(builder.Text.ToString(), builder.Blocks, HtmlMetadataReader.Read(document));
    }

    private readonly record struct BlockContext(BlockRole Role, BoilerplateKind Kind, bool InsideMain)
    {
        public static BlockContext Default => new(BlockRole.Body, BoilerplateKind.None, false);
    }

    private sealed class Builder(HtmlNode? main)
    {
        public StringBuilder Text { get; } = new();
        public List<Block> Blocks { get; } = [];
        private readonly StringBuilder _inline = new();

        public void Walk(HtmlNode element, BlockContext context)
        {
            if (Skipped.Contains(element.Name) || element.HasAttribute("hidden")) return;
            context = Refine(element, context);
            var name = element.Name;
            if (LeafBlocks.Contains(name))
            {
                Flush(context);
                AppendInline(element);
                Flush(RoleOfLeaf(name, context));
                return;
            }
            foreach (var child in element.Children)
            {
                if (child is { IsElement: true } childElement)
                {
                    if (IsInline(childElement.Name)) AppendInline(childElement);
                    else
                    {
                        Flush(context);
                        Walk(childElement, context);
                    }
                }
                else if (child.IsText) _inline.Append(child.Text);
            }
            Flush(context);
        }

        private void AppendInline(HtmlNode node)
        {
            if (node.IsElement && (Skipped.Contains(node.Name) || node.HasAttribute("hidden"))) return;
            if (node is { IsElement: true, Name: "br" }) { _inline.Append('\n'); return; }
            if (node.IsText) { _inline.Append(node.Text); return; }
            foreach (var child in node.Children) AppendInline(child);
        }

        private void Flush(BlockContext context)
        {
            if (_inline.Length == 0) return;
            var collapsed = Collapse(_inline.ToString());
            _inline.Clear();
            if (collapsed.Length == 0) return;
            if (Text.Length > 0) Text.Append("\n\n");
            var start = Text.Length;
            Text.Append(collapsed);
            // Outside the marked article everything is boilerplate, as the class comment says: headings and captions
            // too (a sidebar's "Most read" heading), not only body text.
            var role = main is not null && !context.InsideMain && context.Role != BlockRole.Boilerplate
                ? context with { Role = BlockRole.Boilerplate, Kind = BoilerplateKind.Other }
                : context;
            Blocks.Add(new Block(new TextSpan(start, collapsed.Length), role.Role, role.Kind));
        }

        private BlockContext Refine(HtmlNode element, BlockContext context)
        {
            if (main is not null && element == main) context = context with { InsideMain = true };
            if (context.Role == BlockRole.Boilerplate) return context;
            var hint = (element.ClassName + " " + element.Id + " " + element.GetAttribute("role")).ToLowerInvariant();
            var kind = element.Name switch
            {
                "nav" or "menu" or "header" or "footer" or "form" => BoilerplateKind.Other,
                "aside" => BoilerplateKind.Teaser,
                _ => KindFromHint(hint),
            };
            // A <header> inside the article holds its headline and byline, not site navigation.
            if (element.Name == "header" && context.InsideMain) kind = KindFromHint(hint);
            return kind == BoilerplateKind.None ? context : context with { Role = BlockRole.Boilerplate, Kind = kind };
        }

        private static BlockContext RoleOfLeaf(string name, BlockContext context)
        {
            if (context.Role != BlockRole.Body) return context;
            return name switch
            {
                "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => context with { Role = BlockRole.Heading },
                "figcaption" or "caption" => context with { Role = BlockRole.Caption },
                _ => context,
            };
        }
    }

    private static BoilerplateKind KindFromHint(string hint)
    {
        if (hint.Length < 2) return BoilerplateKind.None;
        if (Has(hint, "share", "social")) return BoilerplateKind.Share;
        if (Has(hint, "newsletter", "subscribe", "promo", "advert", "sponsor")) return BoilerplateKind.Promo;
        if (Has(hint, "paywall", "premium-wall")) return BoilerplateKind.Paywall;
        if (Has(hint, "related", "recommend", "more-stories", "read-more")) return BoilerplateKind.Teaser;
        if (Has(hint, "byline", "author")) return BoilerplateKind.Byline;
        if (Has(hint, "comment", "cookie", "breadcrumb", "navigation", "menu", "sidebar")) return BoilerplateKind.Other;
        return BoilerplateKind.None;
    }

    private static bool Has(string hint, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (hint.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsInline(string name) => name is "a" or "span" or "em" or "strong" or "b" or "i" or "u" or "small"
        or "sup" or "sub" or "abbr" or "cite" or "code" or "time" or "mark" or "q" or "s" or "br" or "font" or "label" or "wbr" or "img";

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

}
