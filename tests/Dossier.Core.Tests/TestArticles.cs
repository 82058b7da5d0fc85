using Dossier.Core.Analysis.Sentences;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests;

/// <summary>Builds articles the way the engine does, from text written in the test.</summary>
internal static class TestArticles
{
    private static readonly ArticleExtractor Extractor = new(new IngestOptions());
    private static readonly ArticlePipeline Pipeline = new([new BlockClassifier(), new SentenceStage(new SentenceSplitter())]);

    public static Article FromText(string text, string origin = "test.txt", ArticleMetadata? metadata = null) =>
        Process(new SourceDocument(origin, SourceFormat.PlainText, text, metadata ?? new ArticleMetadata(), []));

    public static Article FromHtml(string html, string origin = "test.html") =>
        Process(new SourceDocument(origin, SourceFormat.Html, html, new ArticleMetadata(), []));

    private static Article Process(SourceDocument source)
    {
        var article = Extractor.Extract(source).Article ?? throw new InvalidOperationException("the test text is not an article");
        Pipeline.Process(article);
        return article;
    }

    public static (BlockRole Role, BoilerplateKind Kind) LabelOf(Article article, string blockText) =>
        article.Blocks.Where(b => article.TextOf(b.Span) == blockText).Select(b => (b.Role, b.Kind)).Single();
}
