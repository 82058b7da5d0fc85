using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Pipeline;

public sealed class ArticlePipelineTests
{
    private sealed class Failing : IArticleStage
    {
        public string Name => "failing";
        public void Process(Article article) => throw new InvalidOperationException("boom");
    }

    private sealed class Marking : IArticleStage
    {
        public string Name => "marking";
        public void Process(Article article) => article.Metadata = article.Metadata with { Title = "marked" };
    }

    [Fact]
    public void A_failing_stage_marks_the_article_and_the_next_stages_still_run()
    {
        var article = new Article("id", "origin.txt", "text", new ArticleMetadata());
        new ArticlePipeline([new Failing(), new Marking()]).Process(article);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.StageFailed, diagnostic.Code);
        Assert.Equal("failing", diagnostic.Stage);
        Assert.Contains("boom", diagnostic.Message);
        Assert.Equal("marked", article.Metadata.Title);
    }
}
