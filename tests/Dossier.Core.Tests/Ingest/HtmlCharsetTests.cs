using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Ingest;

/// <summary>HtmlCharset on hand-made byte arrays: each test builds the bytes a server or a saved page would hold.</summary>
public sealed class HtmlCharsetTests
{
    static HtmlCharsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(string text, int codePage) => Encoding.GetEncoding(codePage).GetBytes(text);

    private static string Page(string head, string body) => $"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>";

    [Fact]
    public void Undeclared_valid_utf8_is_utf8()
    {
        var html = Page("", "Crème brûlée — “quoted” 漢字");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p.html");

        Assert.Equal(html, result.Text);
        Assert.Equal("utf-8", result.Encoding);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252_with_a_warning()
    {
        var html = Page("", "café “ok” – €5");

        var result = HtmlCharset.Decode(Bytes(html, 1252), null, "legacy.html");

        Assert.Equal(html, result.Text);
        Assert.Equal("windows-1252", result.Encoding);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Equal("legacy.html", warning.Source);
    }

    [Fact]
    public void Meta_charset_iso_8859_2_is_honoured()
    {
        var html = Page("<meta charset=\"iso-8859-2\">", "Łódź, Žďár nad Sázavou, Szczęście");

        var result = HtmlCharset.Decode(Bytes(html, 28592), null, "pl.html");

        Assert.Equal(html, result.Text);
        Assert.Equal("iso-8859-2", result.Encoding);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Http_equiv_content_type_declares_the_charset_too()
    {
        var html = Page("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">", "Новости дня");

        var result = HtmlCharset.Decode(Bytes(html, 1251), null, "ru.html");

        Assert.Equal(html, result.Text);
        Assert.Equal("windows-1251", result.Encoding);
    }

    [Fact]
    public void A_content_charset_without_http_equiv_declares_nothing()
    {
        // The standard takes content="…charset=…" only together with http-equiv="content-type".
        var html = Page("<meta name=\"description\" content=\"charset=iso-8859-2\">", "Łódź");

        var result = HtmlCharset.Decode(Bytes(html, 28592), null, "p.html");

        Assert.Equal("windows-1252", result.Encoding);
    }

    [Fact]
    public void Shift_jis_from_the_http_header()
    {
        var html = Page("", "東京で地震、交通機関に影響");

        var result = HtmlCharset.Decode(Bytes(html, 932), HtmlCharset.CharsetOf("text/html; charset=Shift_JIS"), "jp");

        Assert.Equal(html, result.Text);
        Assert.Equal("shift_jis", result.Encoding);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Gb2312_from_the_http_header_is_read_with_the_gb18030_decoder()
    {
        var html = Page("", "北京举行新闻发布会");

        var result = HtmlCharset.Decode(Bytes(html, 936), "gb2312", "cn");

        Assert.Equal(html, result.Text);
        Assert.Equal("gb18030", result.Encoding);
    }

    [Fact]
    public void The_http_header_wins_over_the_meta_declaration()
    {
        var html = Page("<meta charset=\"utf-8\">", "Łódź");

        var result = HtmlCharset.Decode(Bytes(html, 28592), "ISO-8859-2", "p");

        Assert.Equal(html, result.Text);
        Assert.Equal("iso-8859-2", result.Encoding);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_utf16_bom_wins_over_every_declaration(bool littleEndian)
    {
        var html = Page("<meta charset=\"windows-1252\">", "Zürich — 漢字");
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(html)];

        var result = HtmlCharset.Decode(bytes, "iso-8859-2", "p");

        Assert.Equal(html, result.Text);
        Assert.Equal(littleEndian ? "utf-16le" : "utf-16be", result.Encoding);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_utf8_bom_is_dropped_and_wins_over_the_header()
    {
        var html = Page("", "Zürich");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)];

        var result = HtmlCharset.Decode(bytes, "windows-1252", "p");

        Assert.Equal(html, result.Text);
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("ISO-8859-1")]
    [InlineData("us-ascii")]
    [InlineData(" \"ascii\" ")]
    public void Latin1_and_ascii_labels_mean_windows_1252_as_in_browsers(string label)
    {
        // 0x80 is € and 0x93/0x94 are curly quotes in Windows-1252, but control characters in ISO-8859-1.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<p>"), 0x80, 0x93, (byte)'x', 0x94, .. Encoding.ASCII.GetBytes("</p>")];

        var result = HtmlCharset.Decode(bytes, label, "p");

        Assert.Equal("<p>€“x”</p>", result.Text);
        Assert.Equal("windows-1252", result.Encoding);
    }

    [Fact]
    public void An_unknown_header_label_is_reported_and_the_meta_decides()
    {
        var html = Page("<meta charset=\"iso-8859-2\">", "Łódź");

        var result = HtmlCharset.Decode(Bytes(html, 28592), "x-klingon", "p");

        Assert.Equal(html, result.Text);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownCharset, warning.Code);
        Assert.Contains("x-klingon", warning.Message);
        Assert.Contains("server", warning.Message);
    }

    [Fact]
    public void An_unknown_meta_label_is_reported_and_a_later_known_one_is_used()
    {
        var html = Page("<meta charset=\"x-made-up\"><meta charset=\"iso-8859-2\">", "Łódź");

        var result = HtmlCharset.Decode(Bytes(html, 28592), null, "p");

        Assert.Equal(html, result.Text);
        Assert.Equal(DiagnosticCodes.UnknownCharset, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_unsupported_label_falls_through_to_utf8_detection()
    {
        // ISO-8859-16 is a real encoding, but .NET has no decoder for it.
        var html = Page("<meta charset=\"iso-8859-16\">", "naïve");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p");

        Assert.Equal(html, result.Text);
        Assert.Equal("utf-8", result.Encoding);
        Assert.Equal(DiagnosticCodes.UnknownCharset, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("<!-- <meta charset=\"iso-8859-2\"> -->")]
    [InlineData("<div title='<meta charset=\"iso-8859-2\">'></div>")]
    [InlineData("<p data-x=\"<meta charset=iso-8859-2>\"></p>")]
    public void Meta_tags_inside_comments_or_attribute_values_declare_nothing(string head)
    {
        var html = Page(head, "Zürich");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p");

        Assert.Equal("utf-8", result.Encoding);
        Assert.Equal(html, result.Text);
    }

    [Fact]
    public void An_empty_comment_ends_at_its_own_closing_and_the_meta_after_it_counts()
    {
        var html = Page("<!--><meta charset=\"iso-8859-2\">", "Łódź");

        var result = HtmlCharset.Decode(Bytes(html, 28592), null, "p");

        Assert.Equal(html, result.Text);
        Assert.Equal("iso-8859-2", result.Encoding);
    }

    [Fact]
    public void A_meta_cut_off_by_the_end_of_the_first_1024_bytes_is_not_seen()
    {
        var padding = new string('x', 1000 - "<!DOCTYPE html><html><head><!--  -->".Length);
        var html = Page($"<!-- {padding} --><meta name=\"a\" charset=\"iso-8859-2\">", "Zürich");
        Assert.InRange(html.IndexOf("<meta", StringComparison.Ordinal), 990, 1010);

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p");

        Assert.Equal("utf-8", result.Encoding);
    }

    [Fact]
    public void A_meta_after_the_first_1024_bytes_is_not_seen()
    {
        var html = Page($"<!-- {new string('x', 1100)} --><meta charset=\"iso-8859-2\">", "Zürich");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p");

        Assert.Equal("utf-8", result.Encoding);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("windows-1252")]
    public void A_declared_legacy_encoding_gives_way_to_valid_multibyte_utf8(string? header)
    {
        // A page saved as UTF-8 that kept its old declaration, as tools that re-save pages leave them.
        var html = Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "北京举行新闻发布会, Łódź");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), header, "saved.html");

        Assert.Equal(html, result.Text);
        Assert.Equal("utf-8", result.Encoding);
        var note = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DeclaredCharsetIgnored, note.Code);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains(header is null ? "gb18030" : "windows-1252", note.Message);
    }

    [Fact]
    public void Pure_ascii_keeps_the_declared_encoding_without_a_note()
    {
        var result = HtmlCharset.Decode(Encoding.ASCII.GetBytes(Page("<meta charset=\"iso-8859-2\">", "plain")), null, "p");

        Assert.Equal("iso-8859-2", result.Encoding);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_meta_that_says_utf16_means_utf8()
    {
        var html = Page("<meta charset=\"utf-16\">", "Zürich");

        var result = HtmlCharset.Decode(Encoding.UTF8.GetBytes(html), null, "p");

        Assert.Equal(html, result.Text);
        Assert.Equal("utf-8", result.Encoding);
    }

    [Fact]
    public void Declared_utf8_with_a_bad_byte_keeps_utf8_and_replaces_the_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Zürich "), 0xE9, .. Encoding.UTF8.GetBytes(" 漢字</p>")];

        var result = HtmlCharset.Decode(bytes, null, "p");

        Assert.Equal("<meta charset=utf-8><p>Zürich \uFFFD 漢字</p>", result.Text);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Contains("U+FFFD", warning.Message);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13];

        var result = HtmlCharset.Decode(bytes, "utf-8", "image");

        Assert.Null(result.Text);
        Assert.Equal(DiagnosticCodes.BinaryFile, result.Diagnostics[^1].Code);
    }

    [Theory]
    [InlineData("text/html; charset=UTF-8", "UTF-8")]
    [InlineData("text/html;charset=\"iso-8859-2\"", "iso-8859-2")]
    [InlineData("text/html", null)]
    [InlineData("text/html; charset=utf-8;;", "utf-8")]
    [InlineData(null, null)]
    public void Reads_the_charset_parameter_of_a_content_type(string? contentType, string? charset) =>
        Assert.Equal(charset, HtmlCharset.CharsetOf(contentType));

    [Fact]
    public void Any_bytes_and_any_header_decode_without_throwing()
    {
        var labels = Gen.Elements<string?>(null, "utf-8", "shift_jis", "iso-8859-2", "utf-16", "bogus", "gbk");
        var markup = Gen.Elements("<meta charset=", "<meta http-equiv=content-type content=\"text/html;charset=", "<!--", "-->",
            "<", ">", "'", "\"", "shift_jis", "utf-8", " ", "/", "=", "<a b=", "\u00e9", "\u6f22", "</", "<!", "<?");
        var pages = Gen.ListOf(markup).Select(parts => string.Concat(parts))
            .SelectMany(text => Gen.Elements(1252, 65001, 932).Select(cp => Encoding.GetEncoding(cp).GetBytes(text)));
        var rawBytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var inputs = Gen.OneOf(pages, rawBytes).SelectMany(bytes => labels.Select(label => (bytes, label)));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(inputs), input =>
        {
            var result = HtmlCharset.Decode(input.bytes, input.label, "fuzz");
            return result.Text is not null || result.Diagnostics.Any(d => d.Code == DiagnosticCodes.BinaryFile);
        }));
    }
}
