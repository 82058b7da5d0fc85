using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>Runs the article stages in order. A stage that fails on one article marks that article and the batch goes on.</summary>
public sealed class ArticlePipeline(IReadOnlyList<IArticleStage> stages)
{
    public IReadOnlyList<IArticleStage> Stages { get; } = stages;

    /// <summary>The stages every extracted article goes through: block classification, sentences, then names.</summary>
    public static ArticlePipeline Standard() => new([
        new Extraction.BlockClassifier(),
        new Analysis.Sentences.SentenceStage(new Analysis.Sentences.SentenceSplitter()),
        new Analysis.Entities.EntityStage(Analysis.Entities.EntityRecognizers.Default()),
    ]);

    /// <summary>
    /// This pipeline with <paramref name="stage"/> in place of the stage of the same name, or added at the end when there
    /// is none: running a stage twice would only waste time, so a caller that brings its own entity stage replaces the
    /// standard one rather than adding a second.
    /// </summary>
    public ArticlePipeline WithStage(IArticleStage stage)
    {
        var stages = Stages.ToList();
        var index = stages.FindIndex(s => s.Name == stage.Name);
        if (index >= 0) stages[index] = stage;
        else stages.Add(stage);
        return new ArticlePipeline(stages);
    }

    public void Process(Article article)
    {
        foreach (var stage in Stages)
        {
            try
            {
                stage.Process(article);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A bug in a stage must not cost the user the rest of the batch: record it on the article and go on.
                article.Diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.StageFailed, stage.Name, Severity.Error,
                    $"internal error in stage '{stage.Name}': {ex.GetType().Name}: {ex.Message}", article.Origin));
            }
        }
    }
}
