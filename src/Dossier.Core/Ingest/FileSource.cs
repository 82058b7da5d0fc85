using Dossier.Core.Ingest.Feeds;
using Dossier.Core.Ingest.Warc;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Reads files and folders (recursively, in a stable order) into source documents. Every file that gives no document
/// gives exactly one diagnostic saying why, so a user can account for each file.
/// </summary>
/// <param name="pages">Fetches the pages of feed items that carry no full text; without it such items keep their short text.</param>
public sealed class FileSource(IngestOptions options, IFeedPageFetcher? pages = null)
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        // Hidden files (.DS_Store, editor swap files) are never articles; listing them as problems would be noise.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
    };

    public IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", Walk)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !IsUnderHiddenFolder(path, f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                foreach (var item in ReadFile(file))
                    yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                    yield return item;
            }
            else
            {
                yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.PathNotFound, "ingest", Severity.Error,
                    "no such file or folder", path));
            }
        }
    }

    /// <summary>Counts the files <see cref="Read"/> would visit, for progress reporting.</summary>
    public static int CountFiles(IEnumerable<string> paths) =>
        paths.Sum(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", Walk).Count() : 1);

    private static bool IsUnderHiddenFolder(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Any(part => part.StartsWith('.'));

    public IEnumerable<IngestItem> ReadFile(string path)
    {
        var format = FormatOf(path);
        if (format is null)
        {
            yield return Problem(DiagnosticCodes.UnsupportedFileType, Severity.Warning,
                $"'{Path.GetExtension(path)}' files are not read; supported: {SupportedExtensions}", path);
            yield break;
        }
        if (format == FileFormat.Warc)
        {
            // Streamed record by record: archives are far larger than MaxFileBytes, which applies to each record instead.
            foreach (var item in WarcReader.Read(path, options))
                yield return item;
            yield break;
        }

        var (bytes, problem) = ReadBytes(path);
        if (problem is not null)
        {
            yield return IngestItem.Failed(problem);
            yield break;
        }

        if (format is FileFormat.Feed or FileFormat.Json)
        {
            // Whether a .json file is a JSON Feed or JSON records, and whether an .xml file is a feed at all, is in the content.
            var feed = FeedReader.Read(bytes!, path, options.MaxFileBytes);
            if (feed.Outcome == FeedReader.Outcome.Invalid)
            {
                yield return IngestItem.Failed(feed.Problem!);
                yield break;
            }
            if (feed.Outcome == FeedReader.Outcome.Feed)
            {
                foreach (var item in FeedExpander.Expand(feed.Feed!, path, baseUrl: null, options, pages))
                    yield return item;
                yield break;
            }
            if (format == FileFormat.Feed)
            {
                yield return Problem(DiagnosticCodes.InvalidFeed, Severity.Error,
                    "the file is not an RSS 2.0, RSS 1.0, Atom or JSON feed", path);
                yield break;
            }
        }

        if (format == FileFormat.Html)
        {
            var page = HtmlCharset.Decode(bytes!, headerCharset: null, path);
            if (page.Text is null)
                yield return IngestItem.Failed(page.Diagnostics[^1]);
            else if (string.IsNullOrWhiteSpace(page.Text))
                yield return Problem(DiagnosticCodes.EmptyFile, Severity.Error, "the file holds only white space", path);
            else
                yield return IngestItem.Of(new SourceDocument(path, SourceFormat.Html, page.Text, new ArticleMetadata(), page.Diagnostics));
            yield break;
        }

        var decoded = TextDecoder.Decode(bytes!, path);
        if (decoded.Text is null)
        {
            yield return IngestItem.Failed(decoded.Diagnostic!);
            yield break;
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            yield return Problem(DiagnosticCodes.EmptyFile, Severity.Error, "the file holds only white space", path);
            yield break;
        }

        IReadOnlyList<Diagnostic> carried = decoded.Diagnostic is null ? [] : [decoded.Diagnostic];
        switch (format)
        {
            case FileFormat.Json:
            case FileFormat.JsonLines:
                foreach (var item in JsonRecordReader.Read(decoded.Text, path, format == FileFormat.JsonLines, options.MaxRecordsPerFile, carried))
                    yield return item;
                break;
            default:
                yield return IngestItem.Of(new SourceDocument(path, SourceFormat.PlainText, decoded.Text, new ArticleMetadata(), carried));
                break;
        }
    }

    private (byte[]? Bytes, Diagnostic? Problem) ReadBytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length == 0)
                return (null, new Diagnostic(DiagnosticCodes.EmptyFile, "ingest", Severity.Error, "the file is empty", path));
            if (info.Length > options.MaxFileBytes)
                return (null, new Diagnostic(DiagnosticCodes.FileTooLarge, "ingest", Severity.Error,
                    $"the file is {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0}; it was skipped", path));
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(DiagnosticCodes.UnreadableFile, "ingest", Severity.Error,
                $"the file cannot be read: {ex.Message}", path));
        }
    }

    private static IngestItem Problem(string code, Severity severity, string message, string path) =>
        IngestItem.Failed(new Diagnostic(code, "ingest", severity, message, path));

    private const string SupportedExtensions = ".txt, .html, .htm, .json, .jsonl, .xml, .rss, .atom, .warc, .warc.gz";

    private enum FileFormat
    {
        Text,
        Html,
        Json,
        JsonLines,
        Feed,
        Warc,
    }

    private static FileFormat? FormatOf(string path) => WarcReader.IsWarcPath(path) ? FileFormat.Warc : Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => FileFormat.Text,
        ".html" or ".htm" or ".xhtml" => FileFormat.Html,
        ".json" => FileFormat.Json,
        ".jsonl" or ".ndjson" => FileFormat.JsonLines,
        ".xml" or ".rss" or ".atom" or ".rdf" => FileFormat.Feed,
        _ => null,
    };
}
