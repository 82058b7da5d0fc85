using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories.Online;

namespace Dossier.Evaluation.Stories;

/// <summary>
/// Builds the online clusterer's background frequencies from Reuters-21578: every story body of at least
/// <see cref="MinBodyChars"/> characters (briefs and tables say little about which words are common in news), read as
/// a plain-text source and through the article pipeline, so its keys are made exactly as a stream's are.
/// </summary>
public static class StoryBackground
{
    public const int MinBodyChars = 400;

    /// <exception cref="EvaluationDataException">The folder holds no Reuters-21578 file.</exception>
    public static BackgroundFrequencies Build(string reutersFolder, ArticlePipeline pipeline)
    {
        if (!Directory.Exists(reutersFolder)) throw new EvaluationDataException($"no such folder: {reutersFolder}");
        try
        {
            ReutersCorpus.Files(reutersFolder); // fails early, with a message, on a folder without corpus files
        }
        catch (FileNotFoundException ex)
        {
            throw new EvaluationDataException(ex.Message);
        }
        var extractor = new ArticleExtractor(new IngestOptions());
        return BackgroundFrequencies.Build(ReutersCorpus.ReadDirectory(reutersFolder)
            .Where(body => body.Length >= MinBodyChars)
            .Select((body, i) => extractor.Extract(new SourceDocument($"reuters-{i}", SourceFormat.PlainText, body, new ArticleMetadata(), [])).Article)
            .OfType<Article>()
            .Select(article =>
            {
                pipeline.Process(article);
                return article;
            }));
    }
}
