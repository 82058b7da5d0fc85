using System.Diagnostics;
using Dossier.Core.Html;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Html;

/// <summary>Any string parses, into a consistent tree of bounded depth, in time linear in its length.</summary>
public sealed class HtmlParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"a\">", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href='x'>", "</a>", "<table>", "</table>",
        "<tr>", "<td>", "</td>", "<th>", "<tbody>", "<caption>", "<col>", "<ul>", "<li>", "</li>", "<dl>", "<dt>", "<dd>",
        "<select>", "<option>", "<form>", "</form>", "<h1>", "</h2>", "<pre>", "<textarea>", "</textarea>", "<title>", "</title>",
        "<script>", "</script>", "<style>", "</style>", "<noscript>", "<svg>", "</svg>", "<path/>", "<math>", "<mi>",
        "<foreignObject>", "<template>", "</template>", "<html lang=en>", "<head>", "</head>", "<body id=b>", "</body>",
        "</html>", "<frameset>", "<plaintext>", "<xmp>", "<iframe>", "<br/>", "</br>", "<img src=x>", "<input type=hidden>",
        "<!--", "-->", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<?x?>", "</>", "<", ">", "</", "&", "&amp;", "&copy", "&#x",
        "&#128;", "&notit;", "\"", "'", "=", " ", "\n", "\r\n", "\0", "\uD800", "text", "Word", "<rt>", "<ruby>", "<button>",
        "<font color=red>", "<nobr>", "<image>", "<meta charset=utf-8>", "<link rel=x>", "<base>", "<hr>", "<li><li>",
    ];

    private static Gen<string> Markup =>
        Gen.Frequency(
            (4, Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")),
            (1, Gen.ListOf(Gen.Elements('<', '>', '/', '!', '-', '&', '#', ';', '=', '"', '\'', 'a', 'b', 'p', 'x', ' ', '\0', '\uDC00'))
                .Select(chars => new string(chars.ToArray()))));

    /// <summary>Valid pages, written for these tests, that the mutations start from.</summary>
    private static readonly string[] Pages =
    [
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Talks resume &amp; stall</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume"}</script>
        <style>p > a { color: red }</style></head>
        <body class="article"><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <main><article><h1>Talks resume</h1><p>The two sides met on <b>Monday</b> &mdash; again.</p>
        <figure><img src="a.jpg" alt="Pickets"><figcaption>Pickets at the gate.</figcaption></figure>
        <table><thead><tr><th>Day</th><th>Ships</th></tr></thead><tbody><tr><td>Mon</td><td>43</td></tr></tbody></table>
        <svg viewBox="0 0 10 10"><path d="M0 0L10 10"/><title>Icon</title></svg></article></main>
        <footer><p>&copy; 2025 The Harbor Ledger</p></footer></body></html>
        """,
        """
        <div id="story"><p>First paragraph with a <a href="?a=1&amp;b=2">link</a>.<p>Second, unclosed.
        <ul><li>One<li>Two</ul><dl><dt>Term<dd>Definition</dl><select><option>A<option>B</select>
        <textarea>
        keep &lt;this&gt;</textarea><pre>
        code</pre><!-- a comment --><noscript><img src="pixel"></noscript><form><input name="q"></form></div>
        """,
    ];

    private static Gen<string> Mutated =>
        from page in Gen.Elements(Pages)
        from edits in Gen.ListOf(Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, 10_000).SelectMany(at =>
            Gen.Choose(0, 10_000).SelectMany(length => Gen.Elements(Pieces).Select(piece => (kind, at, length, piece))))))
        select edits.Aggregate(page, Apply);

    private static string Apply(string text, (int Kind, int At, int Length, string Piece) edit)
    {
        var at = text.Length == 0 ? 0 : edit.At % (text.Length + 1);
        var length = Math.Min(edit.Length % 40, text.Length - at);
        return edit.Kind switch
        {
            0 => text[..at],                                  // truncate
            1 => text.Remove(at, length),                     // delete a range
            2 => text.Insert(at, edit.Piece),                 // insert markup
            _ => text.Insert(at, text.Substring(at, length)), // repeat a range
        };
    }

    [Fact]
    public void Any_string_parses_into_a_consistent_tree()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(Markup), html => AssertConsistent(HtmlDocument.Parse(html))));
    }

    [Fact]
    public void Truncated_and_mutated_pages_parse_into_a_consistent_tree()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(Mutated), html => AssertConsistent(HtmlDocument.Parse(html))));
    }

    [Fact]
    public void Random_markup_repeated_past_the_depth_cap_parses_in_bounded_time()
    {
        // Runs of opening tags long enough to reach the cap, where elements can no longer open: every loop in the tree
        // builder must still end there.
        var runs = Gen.NonEmptyListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(Enumerable.Repeat(string.Concat(parts), 700)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(Arb.From(runs), html =>
        {
            var parse = Task.Run(() => HtmlDocument.Parse(html));
            Assert.True(parse.Wait(TimeSpan.FromSeconds(20)), $"no result after 20 s for {html[..Math.Min(200, html.Length)]}");
            AssertConsistent(parse.Result);
        }));
    }

    [Fact]
    public void Every_prefix_of_a_page_parses()
    {
        foreach (var page in Pages)
            for (var length = 0; length <= page.Length; length++)
                AssertConsistent(HtmlDocument.Parse(page[..length]));
    }

    [Fact]
    public void Text_without_markup_characters_comes_back_as_it_was()
    {
        var plain = Gen.ListOf(Gen.Elements("word", " ", "\n", "\t", "é", "漢字", "😀", "1 > 0", "\"q\"", "'s", "=", ";"))
            .Select(parts => string.Concat(parts));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(plain), text =>
            Assert.Equal(text.TrimStart(' ', '\n', '\t'), HtmlDocument.Parse(text).Body.TextContent)));
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<b>", "</b>")]
    [InlineData("<span><div>", "")]
    [InlineData("<a href=x>", "")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    [InlineData("<table><td>", "")]
    [InlineData("<table><caption>", "")]
    [InlineData("<table><tbody><th>", "")]
    [InlineData("<div><table><col>", "")]
    [InlineData("<table><tr><div>", "")]
    [InlineData("<b><div></b>", "")]
    [InlineData("<form><div></form>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<svg><g>", "</svg>")]
    [InlineData("<p><b>", "")]
    [InlineData("<font>", "</p>")]
    [InlineData("<select><optgroup>", "")]
    [InlineData("<form><div>", "</form>")]
    public void Deep_nesting_is_capped_and_parses_in_linear_time(string open, string close)
    {
        const int levels = 100_000;
        var html = string.Concat(Enumerable.Repeat(open, levels)) + "deep" + string.Concat(Enumerable.Repeat(close, levels)) + "<script>s</script>after";
        var clock = Stopwatch.StartNew();
        var document = HtmlDocument.Parse(html);
        clock.Stop();

        AssertConsistent(document);
        Assert.Contains("deep", document.Body.TextContent);
        // "after" may move in front of an unclosed table, as in a browser, but it is there.
        Assert.Contains("after", document.Body.TextContent);
        var script = document.Body.Elements("script").Single();
        Assert.Equal("s", script.TextContent);
        // Generous: a quadratic walk over 100,000 open elements would take minutes, not seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_tag_with_very_many_attributes_keeps_the_first_ones_and_parses_in_linear_time()
    {
        var html = "<div " + string.Join(" ", Enumerable.Range(0, 200_000).Select(i => $"a{i}=\"{i}\"")) + ">text</div>";
        var clock = Stopwatch.StartNew();
        var div = HtmlDocument.Parse(html).Body.Children.Single();
        clock.Stop();
        Assert.Equal(HtmlTokenizer.MaxAttributes, div.Attributes.Count);
        Assert.Equal("0", div.GetAttribute("a0"));
        Assert.Equal("text", div.TextContent);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parses_on_many_threads_at_once_give_the_same_trees()
    {
        // The name and entity tables are shared between parses; each parse has its own tokenizer and builder.
        var pages = Pages.Concat(Pages.Select(p => p.Replace("&amp;", "&eacute;&frac12;&#x41;"))).ToArray();
        var expected = pages.Select(p => TreeText.Of(HtmlDocument.Parse(p).Root)).ToArray();
        var results = new string[pages.Length * 50];
        Parallel.For(0, results.Length, i => results[i] = TreeText.Of(HtmlDocument.Parse(pages[i % pages.Length]).Root));
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % pages.Length], results[i]);
    }

    /// <summary>Parent and index links agree with the child lists, head and body sit in html, names are lower case, depth is bounded.</summary>
    private static void AssertConsistent(HtmlDocument document)
    {
        Assert.Equal(HtmlNodeKind.Document, document.Root.Kind);
        Assert.Null(document.Root.Parent);
        Assert.Same(document.Root, document.Html.Parent);
        Assert.Same(document.Html, document.Head.Parent);
        Assert.Same(document.Html, document.Body.Parent);
        Assert.True(document.Head.Index < document.Body.Index);
        Assert.Equal(("html", "head", "body"), (document.Html.Name, document.Head.Name, document.Body.Name));

        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.Root, 0));
        var maxDepth = 0;
        var count = 0;
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            count++;
            maxDepth = Math.Max(maxDepth, depth);
            if (node.IsText)
            {
                Assert.Empty(node.Children);
                Assert.Empty(node.Attributes);
                Assert.Equal(node.TextLength, node.Text.Length);
                Assert.NotEmpty(node.Text);
            }
            else if (node.IsElement)
            {
                Assert.NotEmpty(node.Name);
                Assert.DoesNotContain(node.Name, char.IsAsciiLetterUpper);
                foreach (var attribute in node.Attributes) Assert.DoesNotContain(attribute.Name, char.IsAsciiLetterUpper);
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
        // Root, html, then at most MaxDepth open elements below html, one raw text element past the cap, an element
        // attached at the cap, and a text node.
        Assert.True(maxDepth <= HtmlTreeBuilder.MaxDepth + 4, $"depth {maxDepth}");
        Assert.Equal(count, document.Root.Descendants().Count() + 1);
    }
}
