using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>One source document's outcome: its extracted article, or none, and the diagnostics met on the way.</summary>
public sealed record ReadResult(string Origin, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads sources (files, folders, URLs) and extracts their articles, with the classifier's block labels, storing
/// nothing. `dossier extract` prints what it gives; the engine stores it.
/// </summary>
public sealed class ArticleReader(IngestOptions options, IFetchValidatorStore? validators = null, TimeProvider? time = null)
{
    private readonly ArticleExtractor _extractor = new(options);
    private readonly ArticlePipeline _classifier = new([new BlockClassifier()]);

    public IEnumerable<ReadResult> Read(IEnumerable<string> sources)
    {
        using var reader = new SourceReader(options, validators, time);
        foreach (var item in reader.Read(sources))
        {
            if (item.Problem is { } problem)
            {
                yield return new ReadResult(problem.Source ?? "", null, [problem]);
                continue;
            }
            var document = item.Document!;
            if (!TryExtract(document, out var article, out var failure))
            {
                yield return new ReadResult(document.Origin, null, [failure]);
                continue;
            }
            _classifier.Process(article);
            yield return new ReadResult(document.Origin, article, article.Diagnostics);
        }
    }

    /// <summary>Extraction is guarded like the other stages: a bug met on one document costs that document only.</summary>
    private bool TryExtract(SourceDocument document, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Article? article,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out Diagnostic? failure)
    {
        try
        {
            article = _extractor.Extract(document);
            failure = null;
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            article = null;
            failure = new Diagnostic(DiagnosticCodes.StageFailed, "extract", Severity.Error,
                $"internal error in stage 'extract': {ex.GetType().Name}: {ex.Message}", document.Origin);
            return false;
        }
    }
}
