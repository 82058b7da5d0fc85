using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;

namespace Dossier.Storage.Tests;

internal static class Samples
{
    public static Article Article(string id, string text = "Some text.", string? title = "A title") =>
        new(id, $"inbox/{id}.html", text, new ArticleMetadata { Title = title });

    /// <summary>An article that uses every field, every block role and kind, and diagnostics with and without a span.</summary>
    public static Article Full(string id = "full-1")
    {
        const string text = "Heading\n\nBody paragraph one. Second sentence.\n\nA caption.\n\nSubscribe now.";
        var article = new Article(id, "https://example.org/news/1", text, new ArticleMetadata
        {
            Title = "Städte & Flüsse: a headline",
            Outlet = "Example Times",
            Url = "https://example.org/news/1",
            Published = new DateTimeOffset(2024, 3, 1, 14, 30, 15, TimeSpan.FromHours(5.5)).AddTicks(1234567),
            ModifiedDate = new PageDate(new DateTimeOffset(2024, 3, 2, 9, 5, 0, TimeSpan.FromHours(-4)), DatePrecision.Minute, hasZone: true),
            Authors = ["Jane Doe", "Jürgen \uD83D\uDE00 Roe"],
            Language = "de",
            Sources =
            [
                new FieldSource(MetadataFields.Title, new Evidence(EvidenceKind.Meta, "og:title"), 0.94),
                new FieldSource(MetadataFields.Authors, new Evidence(EvidenceKind.JsonLd, "author"), 0.9),
                new FieldSource(MetadataFields.Modified, new Evidence(EvidenceKind.Time), 0.6),
            ],
        });

        article.Blocks.Add(new Block(new TextSpan(0, 7), BlockRole.Heading));
        article.Blocks.Add(new Block(new TextSpan(9, 36), BlockRole.Body));
        article.Blocks.Add(new Block(new TextSpan(47, 10), BlockRole.Caption));
        foreach (var kind in Enum.GetValues<BoilerplateKind>())
        {
            article.Blocks.Add(new Block(new TextSpan(59, 14), BlockRole.Boilerplate, kind));
        }

        article.Sentences.Add(new Sentence(new TextSpan(0, 7), 0));
        article.Sentences.Add(new Sentence(new TextSpan(9, 19), 1));
        article.Sentences.Add(new Sentence(new TextSpan(29, 16), 1));

        article.Mentions.Add(new EntityMention(new TextSpan(9, 4), EntityType.Person));
        article.Mentions.Add(new EntityMention(new TextSpan(14, 9), EntityType.Organization));
        article.Mentions.Add(new EntityMention(new TextSpan(29, 6), EntityType.Location));
        article.Mentions.Add(new EntityMention(new TextSpan(36, 8), EntityType.Misc));

        article.Diagnostics.Add(new Diagnostic(
            DiagnosticCodes.TextTruncated, "extract", Severity.Warning, "unclosed <p>", article.Origin, new TextSpan(9, 4)));
        article.Diagnostics.Add(new Diagnostic(DiagnosticCodes.UnparsableDate, "extract", Severity.Info, "date 'yesterday'"));
        article.Diagnostics.Add(new Diagnostic(
            DiagnosticCodes.StageFailed, "sentences", Severity.Error, "boom", null, new TextSpan(0, 0)));
        return article;
    }
}
