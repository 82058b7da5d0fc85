using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>Where the tree builder puts things, on small hand-written markup; the expected trees are what a browser builds.</summary>
public sealed class HtmlTreeBuilderTests
{
    [Theory]
    // Implied end tags.
    [InlineData("<p>a<p>b", "<p>a</p><p>b</p>")]
    [InlineData("<p>a<div>b</div>", "<p>a</p><div>b</div>")]
    [InlineData("<p>a<h2>b</h2>", "<p>a</p><h2>b</h2>")]
    [InlineData("<p>a<ul><li>b</ul>", "<p>a</p><ul><li>b</li></ul>")]
    [InlineData("<!DOCTYPE html><p>a<table><tr><td>b</table>", "<p>a</p><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<p>a<span>b</span>c", "<p>a<span>b</span>c</p>")]
    [InlineData("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>")]
    [InlineData("<ul><li>a<ul><li>b</ul><li>c</ul>", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")]
    [InlineData("<li>a<div>b<li>c", "<li>a<div>b</div></li><li>c</li>")]
    [InlineData("<dl><dt>a<dd>b<dt>c<dd>d</dl>", "<dl><dt>a</dt><dd>b</dd><dt>c</dt><dd>d</dd></dl>")]
    [InlineData("<select><option>a<option>b<optgroup><option>c</select>", "<select><option>a</option><option>b</option><optgroup><option>c</option></optgroup></select>")]
    [InlineData("<ruby>a<rt>b<rt>c</ruby>", "<ruby>a<rt>b</rt><rt>c</rt></ruby>")]
    [InlineData("<ruby>a<rb>b<rp>(<rt>c<rp>)</ruby>", "<ruby>a<rb>b</rb><rp>(</rp><rt>c</rt><rp>)</rp></ruby>")]
    [InlineData("<h1>a<h2>b", "<h1>a</h1><h2>b</h2>")]
    [InlineData("<h1>a</h2>b", "<h1>a</h1>b")]
    [InlineData("<p>a</p></p>", "<p>a</p><p></p>")]
    [InlineData("<button>a<button>b", "<button>a</button><button>b</button>")]
    [InlineData("<pre>\n\na</pre>", "<pre>\na</pre>")]
    [InlineData("<textarea>\na&lt;b</textarea>", "<textarea>a<b</textarea>")]
    // End tags close up to their element in scope, or are ignored.
    [InlineData("<div><span>a</div>b", "<div><span>a</span></div>b")]
    [InlineData("</span>a", "a")]
    [InlineData("<div>a</span>b</div>", "<div>ab</div>")]
    [InlineData("<div><p>a</div>b", "<div><p>a</p></div>b")]
    [InlineData("<section><div>a</section>b", "<section><div>a</div></section>b")]
    [InlineData("<span><div>a</span>b</div>c", "<span><div>ab</div>c</span>")]
    [InlineData("<table><tr><td><div>a</td><td>b</table>", "<table><tbody><tr><td><div>a</div></td><td>b</td></tr></tbody></table>")]
    [InlineData("<div><table><tr><td>a</div>b</table>c", "<div><table><tbody><tr><td>ab</td></tr></tbody></table>c</div>")]
    [InlineData("</br>a", "<br>a")]
    [InlineData("a</body>b</html>c", "abc")]
    // Misnested formatting loses no text.
    [InlineData("<b><p>a</b>b</p>c", "<b><p>ab</p></b>c")]
    [InlineData("<p><b>a</p>b", "<p><b>a</b></p>b")]
    [InlineData("<b><i>a</b>b</i>", "<b><i>a</i></b>b")]
    [InlineData("<a href=x><div>a</a>b</div>c", "<a href=\"x\"><div>ab</div></a>c")]
    // Links and forms do not nest.
    [InlineData("<a href=1>a<a href=2>b", "<a href=\"1\">a</a><a href=\"2\">b</a>")]
    [InlineData("<a href=1><span>a<a href=2>b", "<a href=\"1\"><span>a</span></a><a href=\"2\">b</a>")]
    [InlineData("<form id=1><form id=2>a</form>b", "<form id=\"1\">a</form>b")]
    [InlineData("<form><div>a</form>b</div>c", "<form><div>ab</div></form>c")]
    // Tables: implied sections, rows and cells; stray content moves in front of the table.
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>")]
    [InlineData("<table><td>a</table>", "<table><tbody><tr><td>a</td></tr></tbody></table>")]
    [InlineData("<table><thead><tr><th>h<tbody><tr><td>a</table>", "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>")]
    [InlineData("<table><caption>c<tr><td>a</table>", "<table><caption>c</caption><tbody><tr><td>a</td></tr></tbody></table>")]
    [InlineData("<table><col><tr><td>a</table>", "<table><colgroup><col></colgroup><tbody><tr><td>a</td></tr></tbody></table>")]
    [InlineData("<table>a<tr><td>b</table>", "a<table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<table><tr><div>a</div><td>b</table>", "<div>a</div><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<table> <tr> <td>a</td> </tr> </table>", "<table> <tbody><tr> <td>a</td> </tr> </tbody></table>")]
    [InlineData("<table><tr><td>a<table><tr><td>b</table>c</table>", "<table><tbody><tr><td>a<table><tbody><tr><td>b</td></tr></tbody></table>c</td></tr></tbody></table>")]
    [InlineData("<table><tr><td>a</table><table><tr><td>b</table>", "<table><tbody><tr><td>a</td></tr></tbody></table><table><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<table><tr><td>a<table>", "<table><tbody><tr><td>a<table></table></td></tr></tbody></table>")]
    [InlineData("<table><table>", "<table></table><table></table>")]
    [InlineData("<td>a</td><tr>b", "ab")]
    [InlineData("<table><script>s</script><tr><td>a</table>", "<table><script>s</script><tbody><tr><td>a</td></tr></tbody></table>")]
    [InlineData("<table><input type=hidden><tr><td>a</table>", "<table><input type=\"hidden\"><tbody><tr><td>a</td></tr></tbody></table>")]
    // Foreign content.
    [InlineData("<svg><path d=\"1\"/><circle/></svg>a", "<svg><path d=\"1\"></path><circle></circle></svg>a")]
    [InlineData("<svg><path d=1/><circle/></svg>a", "<svg><path d=\"1/\"><circle></circle></path></svg>a")]
    [InlineData("<svg><p>a</p></svg>", "<svg></svg><p>a</p>")]
    [InlineData("<svg><image href=a></svg><image src=b>", "<svg><image href=\"a\"></image></svg><img src=\"b\">")]
    [InlineData("<svg><title>t</title><desc><b>d</b></desc></svg>", "<svg><title>t</title><desc><b>d</b></desc></svg>")]
    [InlineData("<svg><style>a<b>c</b></style></svg>", "<svg><style>a</style></svg><b>c</b>")]
    [InlineData("<svg><style>a<b</style></svg>c", "<svg><style>a<b< style=\"\"></b<></style></svg>c")]
    [InlineData("<svg><foreignObject><div>a</div></foreignObject></svg>", "<svg><foreignobject><div>a</div></foreignobject></svg>")]
    [InlineData("<math><mi>x</mi><mo>+</mo></math>", "<math><mi>x</mi><mo>+</mo></math>")]
    [InlineData("<svg><g><g>a</svg>b", "<svg><g><g>a</g></g></svg>b")]
    [InlineData("<svg><font color=red>a</font></svg>", "<svg></svg><font color=\"red\">a</font>")]
    // Raw text and RCDATA.
    [InlineData("<body><script>if (a<b && c>d) x='</div>'</script>a", "<script>if (a<b && c>d) x='</div>'</script>a")]
    [InlineData("<body><script>a</SCRIPT >b", "<script>a</script>b")]
    [InlineData("<body><script>a</scriptx>b</script>", "<script>a</scriptx>b</script>")]
    [InlineData("<body><script>a", "<script>a</script>")]
    [InlineData("<body><script>a</script", "<script>a</script</script>")]
    [InlineData("<body><script><!-- <script>x</script> --></script>b", "<script><!-- <script>x</script> --></script>b")]
    [InlineData("<body><script><!--></script>b", "<script><!--></script>b")]
    [InlineData("<body><style>p > a { x: '&amp;' }</style>", "<style>p > a { x: '&amp;' }</style>")]
    [InlineData("<body><title>a &amp; <b>c</b></title>", "<title>a & <b>c</b></title>")]
    [InlineData("<body><noscript><p>a</p></noscript>", "<noscript><p>a</p></noscript>")]
    [InlineData("<iframe><p>a</p></iframe>", "<iframe><p>a</p></iframe>")]
    [InlineData("<xmp><b>&amp;</xmp>", "<xmp><b>&amp;</xmp>")]
    [InlineData("<plaintext><b>a</plaintext>", "<plaintext><b>a</plaintext></plaintext>")]
    [InlineData("<textarea><p>a</textarea>", "<textarea><p>a</textarea>")]
    // Comments, doctypes, processing instructions and CDATA.
    [InlineData("a<!-- <p>b</p> -->c", "ac")]
    [InlineData("a<!-->b", "ab")]
    [InlineData("a<!--->b", "ab")]
    [InlineData("a<!-- x --!>b", "ab")]
    [InlineData("a<!-- x -- y -->b", "ab")]
    [InlineData("a<?php echo 1 ?>b", "ab")]
    [InlineData("a<!ELEMENT br EMPTY>b", "ab")]
    [InlineData("a<![CDATA[<b>x</b>]]>c", "a<b>x</b>c")]
    [InlineData("a</3>b</>c", "abc")]
    // Upper case.
    [InlineData("<DIV CLASS=Big><P>A</p></Div>", "<div class=\"Big\"><p>A</p></div>")]
    [InlineData("<body><SCRIPT>a</script>", "<script>a</script>")]
    [InlineData("<Svg><PATH/></svg>", "<svg><path></path></svg>")]
    // Text that only looks like markup.
    [InlineData("a < b > c", "a < b > c")]
    [InlineData("1<2 and 3<=4", "1<2 and 3<=4")]
    [InlineData("<3", "<3")]
    [InlineData("a<", "a<")]
    [InlineData("a</", "a</")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a\0b", "ab")]
    public void Builds_the_body_a_browser_builds(string html, string body) => Assert.Equal(body, TreeText.Body(html));

    [Theory]
    [InlineData("", "<html><head></head><body></body></html>")]
    [InlineData("  \n", "<html><head></head><body></body></html>")]
    [InlineData("a", "<html><head></head><body>a</body></html>")]
    [InlineData("<title>T</title><p>a", "<html><head><title>T</title></head><body><p>a</p></body></html>")]
    [InlineData("<meta charset=utf-8>hello", "<html><head><meta charset=\"utf-8\"></head><body>hello</body></html>")]
    [InlineData("<!DOCTYPE html><!-- c --><html><head></head><body>a</body></html><!-- d -->b", "<html><head></head><body>ab</body></html>")]
    [InlineData("<html lang=en><body class=a><body id=b class=c>x", "<html lang=\"en\"><head></head><body class=\"a\" id=\"b\">x</body></html>")]
    [InlineData("<p>a<html lang=en>", "<html lang=\"en\"><head></head><body><p>a</p></body></html>")]
    [InlineData("<head></head><script>s</script><body>a", "<html><head><script>s</script></head><body>a</body></html>")]
    [InlineData("<head><link rel=x></head> <meta a=1><body>", "<html><head><link rel=\"x\"><meta a=\"1\"></head> <body></body></html>")]
    [InlineData("<p>a<meta name=a content=b><title>t</title>", "<html><head></head><body><p>a<meta name=\"a\" content=\"b\"><title>t</title></p></body></html>")]
    [InlineData("<head>\n<title>t</title>\n  x<meta a=1>", "<html><head>\n<title>t</title>\n  </head><body>x<meta a=\"1\"></body></html>")]
    [InlineData("<noscript><img src=a></noscript><title>t</title>", "<html><head><noscript><img src=a></noscript><title>t</title></head><body></body></html>")]
    [InlineData("<div>a</div><head><title>t</title>", "<html><head></head><body><div>a</div><title>t</title></body></html>")]
    [InlineData("</head>a", "<html><head></head><body>a</body></html>")]
    [InlineData("</p>a", "<html><head></head><body>a</body></html>")]
    [InlineData("<body></p>a", "<html><head></head><body><p></p>a</body></html>")]
    [InlineData("<html><head><template><p>a</template></head><body>b", "<html><head><template><p>a</p></template></head><body>b</body></html>")]
    [InlineData("<frameset><frame src=a></frameset>", "<html><head></head><body></body></html>")]
    public void Builds_the_document_a_browser_builds(string html, string document) => Assert.Equal(document, TreeText.Document(html));

    [Fact]
    public void Head_and_body_are_the_html_elements_children()
    {
        var document = HtmlDocument.Parse("<p>a");
        Assert.Same(document.Html, document.Root.Children.Single());
        Assert.Equal([document.Head, document.Body], document.Html.Children);
        Assert.Equal("a", document.Body.TextContent);
    }

    [Fact]
    public void Script_text_is_one_raw_child_for_json_ld()
    {
        const string json = """{"@type":"NewsArticle","headline":"A <b> & B","url":"https://x.test/?a=1&amp;b=2"}""";
        var document = HtmlDocument.Parse($"<head><script type=\"application/ld+json\">\r\n{json}\r\n</script></head>");
        var script = document.Head.Elements("script").Single();
        Assert.Equal($"\n{json}\n", script.Children.Single().Text);
        Assert.Single(JsonLd.Objects(document));
    }

    [Fact]
    public void Text_after_pre_and_textarea_loses_only_one_leading_newline()
    {
        Assert.Equal("<pre>a\n</pre>", TreeText.Body("<pre>\na\n</pre>"));
        Assert.Equal("<pre></pre>", TreeText.Body("<pre>\n</pre>"));
        Assert.Equal("<pre><b>\na</b></pre>", TreeText.Body("<pre><b>\na</b></pre>"));
    }
}
