using System.IO.Compression;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Warc;

/// <summary>
/// Reads web archive files (WARC 1.0 and 1.1, plain or gzip-compressed as a series of gzip members, one per record, as
/// Common Crawl's news crawl is distributed). Each 2xx HTML response becomes one source document, its URL the record's
/// target; request, metadata, warcinfo, revisit and non-HTML records are skipped. The file is streamed, never loaded
/// whole; a truncated or malformed file gives the documents before the damage and one diagnostic.
/// </summary>
public static class WarcReader
{
    public static bool IsWarcPath(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<IngestItem> Read(string path, IngestOptions options)
    {
        var (file, openProblem) = Open(path);
        if (file is null)
        {
            yield return IngestItem.Failed(openProblem!);
            yield break;
        }
        using (file)
        {
            var reader = new WarcRecordReader(file);
            var documents = 0;
            var skipped = 0;
            var problems = 0;
            var read = 0;
            while (true)
            {
                var (record, problem) = Next(reader, path, options, read);
                if (problem is not null)
                {
                    problems++;
                    yield return IngestItem.Failed(problem);
                    break;
                }
                if (record is null) break;
                if (++read > options.MaxWarcRecords)
                {
                    problems++;
                    yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.TooManyRecords, "ingest", Severity.Warning,
                        $"only the first {options.MaxWarcRecords:N0} records were read", path));
                    break;
                }
                if (!IsHttpResponse(record)) continue;
                if (record.Block is null)
                {
                    problems++;
                    yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.ResponseTooLarge, "ingest", Severity.Warning,
                        $"record {record.Number} has {record.ContentLength:N0} bytes, over the limit of {options.MaxWarcRecordBytes:N0}; it was skipped",
                        Origin(path, record)));
                    continue;
                }
                var item = ToItem(record, path, options);
                if (item is null)
                {
                    skipped++;
                    continue;
                }
                if (item.Value.Document is not null) documents++;
                else problems++;
                yield return item.Value;
            }
            // Skipped pages are worth a word; a file that gave nothing at all needs one, unless a problem said why.
            if (skipped > 0 || documents == 0 && problems == 0)
                yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.WarcRecordsSkipped, "ingest", Severity.Info,
                    $"{documents:N0} HTML page(s) read; {skipped:N0} response record(s) were not successful HTML pages and were skipped", path));
        }
    }

    private static (Stream? File, Diagnostic? Problem) Open(string path)
    {
        try
        {
            var file = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            // By content, not by name: a .warc.gz that is not compressed, or the reverse, is still read.
            // GZipStream reads concatenated members one after another, so one member per record needs nothing more.
            return (n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(DiagnosticCodes.UnreadableFile, "ingest", Severity.Error, $"the file cannot be read: {ex.Message}", path));
        }
    }

    private static (WarcRecord? Record, Diagnostic? Problem) Next(WarcRecordReader reader, string path, IngestOptions options, int readSoFar)
    {
        try
        {
            // Only response blocks within the caps are read; everything else is skipped as the stream goes by.
            var record = reader.Next((fields, length) =>
                readSoFar < options.MaxWarcRecords
                && string.Equals(fields.GetValueOrDefault("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase)
                && length <= options.MaxWarcRecordBytes);
            return (record, null);
        }
        catch (WarcRecordReader.FormatException ex)
        {
            return (null, Invalid(path, $"{ex.Message}; the rest of the file was not read"));
        }
        catch (InvalidDataException ex)
        {
            return (null, Invalid(path, $"the gzip data is corrupt ({ex.Message}); the rest of the file was not read"));
        }
        catch (IOException ex)
        {
            return (null, new Diagnostic(DiagnosticCodes.UnreadableFile, "ingest", Severity.Error, $"reading the file failed: {ex.Message}", path));
        }
    }

    /// <summary>A response record holding an HTTP response (not DNS or other protocols crawlers also record) for an http(s) URL.</summary>
    private static bool IsHttpResponse(WarcRecord record) =>
        string.Equals(record.Type, "response", StringComparison.OrdinalIgnoreCase)
        && (record.Fields.GetValueOrDefault("Content-Type")?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) ?? true)
        && TargetUri(record) is { } uri
        && (uri.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    /// <summary>The item for one response record; null when it is not a page to read (not 2xx, not HTML, empty).</summary>
    private static IngestItem? ToItem(WarcRecord record, string path, IngestOptions options)
    {
        var origin = Origin(path, record);
        var (payload, error) = HttpPayload.Parse(record.Block!, options.MaxWarcRecordBytes);
        if (payload is null)
            return IngestItem.Failed(Invalid(origin, $"record {record.Number} ({TargetUri(record)}): {error}"));
        if (payload.Status is < 200 or > 299) return null;

        string? charset = null;
        if (payload.ContentType is { } contentType)
        {
            if (!MediaTypes.IsHtml(MediaTypes.MediaTypeOf(contentType))) return null;
            charset = HtmlCharset.CharsetOf(contentType);
        }
        else if (!LooksLikeHtml(payload.Body))
        {
            return null;
        }

        var decoded = HtmlCharset.Decode(payload.Body, charset, origin);
        if (decoded.Text is null) return IngestItem.Failed(decoded.Diagnostics[^1]);
        if (string.IsNullOrWhiteSpace(decoded.Text)) return null;
        return IngestItem.Of(new SourceDocument(origin, SourceFormat.Html, decoded.Text,
            new ArticleMetadata { Url = TargetUri(record) }, decoded.Diagnostics));
    }

    /// <summary>"path#N": N is the record's position in the file, so one record of a crawl can be found again.</summary>
    private static string Origin(string path, WarcRecord record) => $"{path}#{record.Number}";

    /// <summary>WARC 1.0 examples wrap the URI in angle brackets; 1.1 does not.</summary>
    private static string? TargetUri(WarcRecord record) =>
        record.Fields.GetValueOrDefault("WARC-Target-URI")?.Trim().TrimStart('<').TrimEnd('>');

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = System.Text.Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static Diagnostic Invalid(string source, string message) =>
        new(DiagnosticCodes.InvalidWarc, "ingest", Severity.Error, message, source);
}
