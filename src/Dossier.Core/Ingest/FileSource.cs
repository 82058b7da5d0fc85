using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Reads files and folders (recursively, in a stable order) into source documents. Every file that gives no document
/// gives exactly one diagnostic saying why, so a user can account for each file.
/// </summary>
public sealed class FileSource(IngestOptions options)
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
                $"'{Path.GetExtension(path)}' files are not read; supported: .txt, .html, .htm, .json, .jsonl", path);
            yield break;
        }

        var (bytes, problem) = ReadBytes(path);
        if (problem is not null)
        {
            yield return IngestItem.Failed(problem);
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
            case FileFormat.Html:
                yield return IngestItem.Of(new SourceDocument(path, SourceFormat.Html, decoded.Text, new ArticleMetadata(), carried));
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

    private enum FileFormat
    {
        Text,
        Html,
        Json,
        JsonLines,
    }

    private static FileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => FileFormat.Text,
        ".html" or ".htm" or ".xhtml" => FileFormat.Html,
        ".json" => FileFormat.Json,
        ".jsonl" or ".ndjson" => FileFormat.JsonLines,
        _ => null,
    };
}
