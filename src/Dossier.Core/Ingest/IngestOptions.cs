using Dossier.Core.Ingest.Web;

namespace Dossier.Core.Ingest;

/// <summary>Limits that keep one bad or hostile input from exhausting the machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are refused with a diagnostic, unread (WARC files excepted: they are streamed).</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>At most this many records are read from one JSON or JSON Lines file.</summary>
    public int MaxRecordsPerFile { get; init; } = 100_000;

    /// <summary>Decoded article text longer than this is cut, with a diagnostic.</summary>
    public int MaxTextChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>Fetching URLs: timeouts, size and redirect caps, the address policy.</summary>
    public WebOptions Web { get; init; } = new();

    /// <summary>At most this many items of one feed are read (and their pages fetched).</summary>
    public int MaxFeedItems { get; init; } = 50;

    /// <summary>A feed item with at least this many words of text is taken as it is; a shorter one has its link fetched.</summary>
    public int FeedFullContentMinWords { get; init; } = 150;

    /// <summary>WARC records whose block is larger than this are skipped with a diagnostic.</summary>
    public long MaxWarcRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>At most this many records (of every type) are read from one WARC file.</summary>
    public int MaxWarcRecords { get; init; } = 1_000_000;
}
