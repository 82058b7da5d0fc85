using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class MetadataPropertyTests
{
    // Pieces of head markup as pages get them wrong: broken JSON-LD, odd dates, empty and repeated tags, stray quotes.
    private static readonly Gen<string> HeadPiece = Gen.Elements(
        "<meta property=\"og:title\" content=\"", "<meta name=\"author\" content=\"", "\">", "<title>", "</title>",
        "<meta property=\"article:published_time\" content=\"", "<meta name=\"date\" content=\"2025-02-30\">",
        "<script type=\"application/ld+json\">", "</script>", "{\"@type\":\"NewsArticle\",\"author\":", "[{\"@type\":\"Person\",\"name\":",
        "\"datePublished\":", "\"@graph\":[", "]", "}", "{", ",", "\"", "null", "42", "-1e999", "<![CDATA[", "]]>",
        "2025-06-09T10:00:00+01:00", "9999-99-99", "June 31, 2025", "1437716169000", "By ", "Jane Doe", " and ", "(", ")",
        "<html lang=\"", "zz-ZZ", "<link rel=\"canonical\" href=\"", "//", "http://[::1", "javascript:", " | ", "_", "\u0000",
        "\uD800", "\uFFFF", "<h1>", "</h1>", "<time datetime=\"", "<article>", "<p>", "Updated ", "é", "の", "\n");

    private static readonly Gen<string> Heads = Gen.Frequency(
        (4, Gen.ListOf(HeadPiece).Select(parts => string.Concat(parts))),
        (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));

    [Fact]
    public void Reading_never_throws_on_arbitrary_head_markup()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Arb.From(Heads), head =>
        {
            var page = PageMetadataReader.Read(HtmlDocument.Parse($"<html><head>{head}</head><body>{head}<p>Text.</p></body></html>"));
            var metadata = page.ToArticleMetadata();
            foreach (var source in metadata.Sources) Assert.InRange(source.Confidence, 0, 1);
            if (metadata.Url is { } url) Assert.True(Uri.IsWellFormedUriString(url, UriKind.Absolute) || Uri.TryCreate(url, UriKind.Absolute, out _));
        }));
    }

    [Fact]
    public void Date_and_name_parsing_never_throw_on_arbitrary_text()
    {
        var texts = ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(Gen.Frequency((3, texts), (2, Gen.ListOf(HeadPiece).Select(p => string.Concat(p))))), text =>
        {
            if (PageDateParser.Parse(text) is { } date) Assert.Equal(date.ToIso(), PageDateParser.Parse(date.ToIso())!.Value.ToIso());
            PageDateParser.Find(text);
            foreach (var name in PersonNames.FromByline(text)) Assert.False(string.IsNullOrWhiteSpace(name));
            PersonNames.FromProfileUrl(text);
        }));
    }

    [Fact]
    public void Evidence_reads_back_what_it_writes()
    {
        foreach (var kind in Enum.GetValues<EvidenceKind>())
        foreach (var key in (string?[])[null, "og:title", "datePublished", "a:b:c"])
        {
            var evidence = new Evidence(kind, key);
            Assert.Equal(evidence, Evidence.Parse(evidence.ToString()));
        }
        Assert.Null(Evidence.Parse("nonsense"));
    }
}
