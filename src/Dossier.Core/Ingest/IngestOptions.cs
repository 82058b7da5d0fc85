namespace Dossier.Core.Ingest;

/// <summary>Limits that keep one bad or hostile input from exhausting the machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are refused with a diagnostic, unread.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>At most this many records are read from one JSON or JSON Lines file.</summary>
    public int MaxRecordsPerFile { get; init; } = 100_000;

    /// <summary>Decoded article text longer than this is cut, with a diagnostic.</summary>
    public int MaxTextChars { get; init; } = 2 * 1024 * 1024;
}
