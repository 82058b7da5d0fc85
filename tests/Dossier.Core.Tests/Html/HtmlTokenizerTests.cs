using Dossier.Core.Html;

namespace Dossier.Core.Tests.Html;

/// <summary>Character references, attributes and truncated input: what the tokenizer hands the tree.</summary>
public sealed class HtmlTokenizerTests
{
    private static string TextOf(string html) => HtmlDocument.Parse("<body>" + html).Body.TextContent;

    private static IReadOnlyList<HtmlAttribute> AttributesOf(string tag) =>
        HtmlDocument.Parse("<body>" + tag).Body.Children.Single(n => n.IsElement).Attributes;

    [Theory]
    [InlineData("&amp;&lt;&gt;&quot;&apos;", "&<>\"'")]
    [InlineData("&nbsp;", "\u00A0")]
    [InlineData("&mdash;&rsquo;&hellip;", "—’…")]
    [InlineData("&copy 2024", "© 2024")]
    [InlineData("&amp", "&")]
    [InlineData("&AElig", "Æ")]
    [InlineData("&notit;", "¬it;")]
    [InlineData("&notin;", "∉")]
    [InlineData("&NotNestedGreaterGreater;", "\u2AA2\u0338")]
    [InlineData("&CounterClockwiseContourIntegral;", "∳")]
    [InlineData("&nosuch;", "&nosuch;")]
    [InlineData("&nosuch", "&nosuch")]
    [InlineData("&", "&")]
    [InlineData("& x", "& x")]
    [InlineData("a&&b", "a&&b")]
    [InlineData("&;", "&;")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("?a=1&b=2", "?a=1&b=2")]
    [InlineData("&#8217;&#x2019;&#X2019;", "’’’")]
    [InlineData("&#39&#x27", "''")]
    [InlineData("&#128;&#x80;&#x9F;", "€€Ÿ")]
    [InlineData("&#x81;", "\u0081")]
    [InlineData("&#0;", "\uFFFD")]
    [InlineData("&#xD800;", "\uFFFD")]
    [InlineData("&#x110000;", "\uFFFD")]
    [InlineData("&#99999999999999999999;", "\uFFFD")]
    [InlineData("&#x1F600;", "😀")]
    [InlineData("&#x", "&#x")]
    [InlineData("&#", "&#")]
    [InlineData("&#;", "&#;")]
    [InlineData("&#xZ;", "&#xZ;")]
    [InlineData("&#65a", "Aa")]
    public void Character_references_in_text_decode_as_in_a_browser(string html, string text) => Assert.Equal(text, TextOf(html));

    [Theory]
    [InlineData("<a title=\"&amp;&lt;\">", "&<")]
    [InlineData("<a href=\"?a=1&copy=2\">", "?a=1&copy=2")]
    [InlineData("<a href=\"?a=1&copy2\">", "?a=1&copy2")]
    [InlineData("<a href=\"?a=1&copy;2\">", "?a=1©2")]
    [InlineData("<a href=\"?a=1&copy 2\">", "?a=1© 2")]
    [InlineData("<a href=\"?x&amp;y=1&lt\">", "?x&y=1<")]
    [InlineData("<a title=\"&notit;\">", "&notit;")]
    [InlineData("<a title='&#x41;&#66;'>", "AB")]
    [InlineData("<a title=&quot;x&quot;>", "\"x\"")]
    public void Character_references_in_attributes_follow_the_attribute_rules(string tag, string value) =>
        Assert.Equal(value, AttributesOf(tag)[0].Value);

    [Theory]
    [InlineData("<div class=a id='b' title=\"c d\" data-x=e>", "class=a|id=b|title=c d|data-x=e")]
    [InlineData("<div class = \"a\" >", "class=a")]
    [InlineData("<div a=b=c>", "a=b=c")]
    [InlineData("<div a=\"x\"b='y'>", "a=x|b=y")]
    [InlineData("<div a b>", "a=|b=")]
    [InlineData("<div a='1' a='2' A='3'>", "a=1")]
    [InlineData("<div =x>", "=x=")]
    [InlineData("<div/ class=a>", "class=a")]
    [InlineData("<div CLASS=A Data-Id=B>", "class=A|data-id=B")]
    [InlineData("<img src=a.jpg/>", "src=a.jpg/")]
    [InlineData("<div a=\"1>2\" b='\"'>", "a=1>2|b=\"")]
    [InlineData("<div a=\"x\ny\">", "a=x\ny")]
    [InlineData("<div a=\"x\r\ny\">", "a=x\ny")]
    [InlineData("<div a=\"\0\">", "a=\uFFFD")]
    [InlineData("<div a=''>", "a=")]
    [InlineData("<div a=>", "a=")]
    [InlineData("<div \"a\"=b>", "\"a\"=b")]
    [InlineData("<div\ta\n=\nb\f>", "a=b")]
    public void Attributes_are_read_as_in_a_browser(string tag, string expected) =>
        Assert.Equal(expected, string.Join("|", AttributesOf(tag).Select(a => $"{a.Name}={a.Value}")));

    [Fact]
    public void Names_are_lower_case_and_interned()
    {
        var body = HtmlDocument.Parse("<body><DIV CLASS=x></DIV><div class=y></div><My-Widget A=1></my-widget><my-widget a=2></my-widget>").Body;
        var elements = body.Children.Where(n => n.IsElement).ToList();
        Assert.Equal(["div", "div", "my-widget", "my-widget"], elements.Select(e => e.Name));
        Assert.Same(elements[0].Name, elements[1].Name);
        Assert.Same(elements[2].Name, elements[3].Name);
        Assert.Same(elements[2].Attributes[0].Name, elements[3].Attributes[0].Name);
    }

    [Theory]
    [InlineData("<div class=\"x", "")]
    [InlineData("a<div class=x", "a")]
    [InlineData("a<div", "a")]
    [InlineData("a<!--", "a")]
    [InlineData("a<!-- b", "a")]
    [InlineData("a<!DOCTYPE html", "a")]
    [InlineData("a<?xml", "a")]
    [InlineData("a<![CDATA[b", "ab")]
    [InlineData("a</div", "a")]
    [InlineData("&#x", "&#x")]
    [InlineData("a&am", "a&am")]
    [InlineData("<p>a<b>b<i>c", "abc")]
    [InlineData("<title>a", "a")]
    [InlineData("<textarea>a&amp;", "a&")]
    public void Truncated_input_keeps_what_came_before_the_cut(string html, string text) => Assert.Equal(text, TextOf(html));

    [Theory]
    [InlineData("\uD800x", "\uD800x")]
    [InlineData("x\uDC00", "x\uDC00")]
    [InlineData("a\0b", "ab")]
    [InlineData("\0", "")]
    [InlineData("<script>\0</script>", "\uFFFD")]
    [InlineData("<title>\0</title>", "\uFFFD")]
    public void Lone_surrogates_and_NULs_are_kept_or_replaced_as_in_a_browser(string html, string text) => Assert.Equal(text, TextOf(html));

    [Fact]
    public void A_NUL_in_a_tag_name_becomes_a_replacement_character()
    {
        var body = HtmlDocument.Parse("<body><d\0v>a</d\0v>b").Body;
        Assert.Equal("d\uFFFDv", body.Children[0].Name);
        Assert.Equal("a", body.Children[0].TextContent);
        Assert.Equal("b", body.Children[1].Text);
    }
}
