using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class MetadataMergeTests
{
    private static readonly ArticleExtractor Extractor = new(new IngestOptions());

    // Long enough to be an article: a shorter page is refused as not one (DSR202).
    private const string Body = "<p>The talks resumed on Monday after a week of delays, and both delegations said the first session had gone well.</p>" +
        "<p>Negotiators met for six hours in the harbour office and agreed to meet again on Thursday to settle the open points.</p>" +
        "<p>Neither side would say which points were still open, but both said a draft could be ready by the end of the month.</p>";

    [Fact]
    public void What_the_source_gave_wins_field_by_field_and_says_so()
    {
        var given = new ArticleMetadata { Title = "Given title", Published = new DateTimeOffset(2025, 6, 9, 8, 0, 0, TimeSpan.Zero) };
        var html = $"""
            <html lang="en"><head><title>Page title</title><meta name="author" content="Jane Doe">
            <meta property="og:site_name" content="Harbor Ledger"></head><body>{Body}</body></html>
            """;

        var article = Extractor.Extract(new SourceDocument("a.json#1", SourceFormat.Html, html, given, [])).Article!;

        Assert.Equal("Given title", article.Metadata.Title);
        Assert.Equal("source", article.Metadata.SourceOf(MetadataFields.Title)!.Value.Evidence.ToString());
        Assert.Equal("Harbor Ledger", article.Metadata.Outlet);
        Assert.Equal("meta:og:site_name", article.Metadata.SourceOf(MetadataFields.Outlet)!.Value.Evidence.ToString());
        Assert.Equal(["Jane Doe"], article.Metadata.Authors);
        Assert.Equal("en", article.Metadata.Language);
        Assert.Equal(given.Published, article.Metadata.Published);
    }

    [Fact]
    public void Metadata_problems_become_diagnostics_of_the_article()
    {
        var html = $"""<html><head><meta property="article:published_time" content="soon"></head><body>{Body}</body></html>""";

        var article = Extractor.Extract(new SourceDocument("page.html", SourceFormat.Html, html, new ArticleMetadata(), [])).Article!;

        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnparsableMetadataDate, diagnostic.Code);
        Assert.Equal("extract", diagnostic.Stage);
        Assert.Equal(Severity.Info, diagnostic.Severity);
        Assert.Equal("page.html", diagnostic.Source);
    }

    [Fact]
    public void Plain_text_gets_its_language_from_the_detector()
    {
        var text = "Le syndicat a annoncé lundi que les ouvriers reprendraient le travail si la société acceptait les nouvelles conditions. Les navires attendent depuis trois jours devant le port.";

        var article = Extractor.Extract(new SourceDocument("a.txt", SourceFormat.PlainText, text, new ArticleMetadata(), [])).Article!;

        Assert.Equal("fr", article.Metadata.Language);
        Assert.Equal("detector", article.Metadata.SourceOf(MetadataFields.Language)!.Value.Evidence.ToString());
    }

    [Fact]
    public void Metadata_with_equal_lists_are_equal()
    {
        var a = new ArticleMetadata { Authors = ["Jane Doe"], Sources = [new FieldSource("title", new Evidence(EvidenceKind.Title), 0.5)] };
        var b = new ArticleMetadata { Authors = new List<string> { "Jane Doe" }, Sources = [new FieldSource("title", new Evidence(EvidenceKind.Title), 0.5)] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Authors = ["John Roe"] });
    }
}
