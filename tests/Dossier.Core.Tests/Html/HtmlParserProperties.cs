using Dossier.Core.Html;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Html;

/// <summary>Invariants of the tree on any input: arbitrary strings, markup-like soup, and valid pages cut short or damaged.</summary>
public sealed class HtmlParserProperties
{
    private static readonly string[] Pieces =
    [
        "<", ">", "/", "</", "/>", "=", "\"", "'", " ", "\n", "\r", "\t", "\0", "&", ";", "#", "#x", "amp;", "lt", "notin", "copy",
        "&#", "&#x", "&amp;", "&nbsp;", "&#128512;", "&#x80;", "\uD800", "\uDC00", "😀", "é", "a", "x1", "text",
        "div", "p", "li", "ul", "dl", "dd", "dt", "table", "tr", "td", "th", "tbody", "caption", "colgroup", "col", "select",
        "option", "optgroup", "form", "a", "b", "i", "span", "h1", "h2", "pre", "textarea", "title", "script", "style",
        "xmp", "iframe", "noscript", "template", "plaintext", "svg", "math", "mi", "foreignObject", "desc", "path",
        "html", "head", "body", "meta", "link", "base", "br", "img", "image", "input", "hr", "frameset", "ruby", "rt",
        "button", "font color=red", "class=\"a\"", "id=b", "type=hidden", "<!--", "-->", "--!>", "<!DOCTYPE html>",
        "<![CDATA[", "]]>", "<?", "<!", "<!-->",
    ];

    private static Gen<string> Soup =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));

    private static Arbitrary<string> AnyInput => Arb.From(Gen.Frequency(
        (4, Soup),
        (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")),
        (2, Damaged)));

    /// <summary>Well-formed pages, cut at a random point and with a few random characters deleted, inserted or replaced.</summary>
    private static Gen<string> Damaged =>
        from page in Gen.Elements(ValidPages)
        from cut in Gen.Choose(0, page.Length)
        from edits in Gen.ListOf(Edit)
        select Damage(page[..cut], edits);

    private static Gen<(int Kind, int At, string Text)> Edit =>
        from kind in Gen.Choose(0, 2)
        from at in Gen.Choose(0, 10_000)
        from text in Gen.Elements("<", ">", "\"", "'", "&", "/", "=", "-", "!", "\0", " ")
        select (kind, at, text);

    private static string Damage(string page, IEnumerable<(int Kind, int At, string Text)> edits)
    {
        foreach (var (kind, at, text) in edits)
        {
            if (page.Length == 0) break;
            var i = at % page.Length;
            page = kind switch
            {
                0 => page.Remove(i, 1),
                1 => page.Insert(i, text),
                _ => page[..i] + text + page[(i + 1)..],
            };
        }
        return page;
    }

    private static readonly string[] ValidPages =
    [
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Talks &amp; trade</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"a < b"}</script>
        <style>p > a { color: red }</style><link rel="canonical" href="https://example.com/a?x=1&amp;y=2"></head>
        <body class="article"><header><nav><ul><li><a href="/">Home</a><li><a href="/world">World</a></ul></nav></header>
        <main><article><h1>Ports reopen</h1><p class="byline">By <b>Ann</b> Lee</p>
        <p>The harbour authority said on Tuesday that the breakwater &mdash; damaged in March &ndash; was repaired.</p>
        <figure><img src="a.jpg" alt="A ship"><figcaption>A ship &copy; Agency</figcaption></figure>
        <table><thead><tr><th>Port<th>Ships</thead><tbody><tr><td>Saltmere<td>12<tr><td>Kestrel<td>7</tbody></table>
        <svg viewBox="0 0 10 10"><title>icon</title><path d="M0 0h10v10z"/></svg>
        <form action="/s"><input type=text name=q><select><option>a<option selected>b</select><textarea>
        notes</textarea></form><pre>
        code</pre></article></main><footer><p>&copy; 2025</footer>
        <script>if (a < b && c > d) { document.write('<p>' + '</p>'); }</script></body></html>
        """,
        "<p>One<p>Two<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl><blockquote>q</blockquote>",
        "<div><span>a<div>b</span>c</div><b><p>x</b>y</p><a href=1>a<a href=2>b</a>",
    ];

    [Fact]
    public void Never_throws_and_builds_a_consistent_tree()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(AnyInput, html =>
        {
            var document = HtmlDocument.Parse(html);
            AssertConsistent(document);
        }));
    }

    [Fact]
    public void Every_prefix_of_a_valid_page_parses()
    {
        foreach (var page in ValidPages)
            for (var cut = 0; cut <= page.Length; cut++)
                AssertConsistent(HtmlDocument.Parse(page[..cut]));
    }

    [Fact]
    public void Text_without_markup_is_the_body_text()
    {
        var words = Gen.Elements("harbour", "said", " ", "\n", "\t", "é", "漢字", "4.1", ">", "\"", "'", "=", ";", "😀");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Gen.ListOf(words).Select(w => string.Concat(w))), text =>
        {
            var body = HtmlDocument.Parse(text).Body;
            // Leading white space before the body starts is not body text, as in browsers.
            Assert.Equal(text.TrimStart(' ', '\n', '\t'), body.TextContent);
        }));
    }

    [Fact]
    public void Deep_nesting_of_every_kind_stays_bounded()
    {
        foreach (var open in (string[])["<div>", "<b>", "<span>", "<li>", "<table>", "<td>", "<svg>", "<a>", "<p>", "<ul>", "<select>", "<x-y>"])
        {
            var html = string.Concat(Enumerable.Repeat(open, 20_000)) + "x";
            var document = HtmlDocument.Parse(html);
            AssertConsistent(document);
            Assert.Contains("x", document.Body.TextContent);
        }
    }

    /// <summary>html, head and body in place; every node's parent and index agree with its parent's children; depth bounded.</summary>
    internal static void AssertConsistent(HtmlDocument document)
    {
        Assert.Same(document.Root, document.Html.Parent);
        Assert.Same(document.Html, document.Head.Parent);
        Assert.Same(document.Html, document.Body.Parent);
        Assert.Equal("html", document.Html.Name);
        Assert.Equal("head", document.Head.Name);
        Assert.Equal("body", document.Body.Name);
        Assert.True(document.Head.Index < document.Body.Index);
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            Assert.True(depth <= HtmlTreeBuilder.MaxDepth + 2, $"depth {depth}");
            if (node.IsText)
            {
                Assert.Empty(node.Children);
                Assert.Equal(node.Text.Length, node.TextLength);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(node.Name));
                // HTML lower-cases ASCII letters only: "<aÉ>" is the element "aÉ".
                Assert.False(node.Name.Any(char.IsAsciiLetterUpper), node.Name);
                foreach (var attribute in node.Attributes) Assert.False(attribute.Name.Any(char.IsAsciiLetterUpper), attribute.Name);
                Assert.Equal(node.Attributes.Count, node.Attributes.Select(a => a.Name).Distinct().Count());
            }
            for (var i = 0; i < node.Children.Count; i++)
            {
                var child = node.Children[i];
                Assert.Same(node, child.Parent);
                Assert.Equal(i, child.Index);
                stack.Push((child, depth + 1));
            }
        }
    }
}
