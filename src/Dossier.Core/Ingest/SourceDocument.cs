using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

public enum SourceFormat
{
    PlainText,
    Html,
}

/// <summary>
/// A document as read from its source, before extraction: decoded content, what the source said about it, and the
/// problems met while reading it (an encoding fallback, say) that the article will carry.
/// </summary>
public sealed record SourceDocument(
    string Origin,
    SourceFormat Format,
    string Content,
    ArticleMetadata Metadata,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>One result of reading sources: either a document or a problem with a source that gave none.</summary>
public readonly record struct IngestItem(SourceDocument? Document, Diagnostic? Problem)
{
    public static IngestItem Of(SourceDocument document) => new(document, null);

    public static IngestItem Failed(Diagnostic problem) => new(null, problem);
}
