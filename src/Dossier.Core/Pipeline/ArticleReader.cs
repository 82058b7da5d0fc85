using System.Diagnostics.CodeAnalysis;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>One source document's outcome: its extracted article, or the diagnostic saying why it gave none.</summary>
public readonly record struct ReadResult(string Origin, Article? Article, Diagnostic? Problem);

/// <summary>
/// Reads sources (files, folders, URLs) and extracts their articles, storing nothing: the engine stores what it
/// gives, `dossier extract` prints it.
/// </summary>
public sealed class ArticleReader(IngestOptions options, IFetchValidatorStore? validators = null, TimeProvider? time = null)
{
    private readonly ArticleExtractor _extractor = new(options);

    public IEnumerable<ReadResult> Read(IEnumerable<string> sources)
    {
        using var reader = new SourceReader(options, validators, time);
        foreach (var item in reader.Read(sources))
        {
            if (item.Problem is { } problem)
            {
                yield return new ReadResult(problem.Source ?? "", null, problem);
                continue;
            }
            var document = item.Document!;
            yield return TryExtract(document, out var article, out var failure)
                ? new ReadResult(document.Origin, article, null)
                : new ReadResult(document.Origin, null, failure);
        }
    }

    /// <summary>
    /// Extraction is guarded like the other stages: a bug met on one document costs that document only. A page that
    /// is not an article gives its diagnostic instead of an article.
    /// </summary>
    private bool TryExtract(SourceDocument document, [NotNullWhen(true)] out Article? article, [NotNullWhen(false)] out Diagnostic? failure)
    {
        try
        {
            var result = _extractor.Extract(document);
            article = result.Article;
            failure = article is null ? result.Problem ?? throw new InvalidOperationException("extraction gave neither an article nor a reason") : null;
            return article is not null;
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
