using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Reads article records from JSON (one object or an array of objects) and JSON Lines. A record has "text" or "html"
/// and optionally "url", "title", "published", "outlet". A bad record or line is a diagnostic; the others are read.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

    public static IEnumerable<IngestItem> Read(string content, string path, bool lines, int maxRecords, IReadOnlyList<Diagnostic> carried)
    {
        var results = new List<IngestItem>();
        if (lines)
        {
            var lineNumber = 0;
            var records = 0;
            foreach (var line in content.AsSpan().EnumerateLines())
            {
                lineNumber++;
                if (line.IsWhiteSpace()) continue;
                if (++records > maxRecords)
                {
                    results.Add(TooMany(path, maxRecords));
                    break;
                }
                var origin = $"{path}#{lineNumber}";
                if (TryParse(line.ToString(), origin, $"line {lineNumber}", out var root, out var problem))
                    using (root)
                        results.Add(FromRecord(root!.RootElement, origin, carried));
                else
                    results.Add(IngestItem.Failed(problem!));
            }
            return results;
        }

        if (!TryParse(content, path, "the file", out var doc, out var error))
            return [IngestItem.Failed(error!)];
        using (doc)
        {
            var root = doc!.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var element in root.EnumerateArray())
                {
                    if (++index > maxRecords)
                    {
                        results.Add(TooMany(path, maxRecords));
                        break;
                    }
                    results.Add(FromRecord(element, $"{path}#{index}", carried));
                }
                // "[]" gave no document and, without this, no diagnostic either: every file that gives no document
                // must say why (see FileSource).
                if (index == 0)
                    results.Add(IngestItem.Failed(new Diagnostic(DiagnosticCodes.JsonRecordWithoutText, "ingest", Severity.Error,
                        "the file holds an empty array: there are no records to read", path)));
            }
            else
            {
                results.Add(FromRecord(root, path, carried));
            }
        }
        return results;
    }

    private static bool TryParse(string json, string origin, string where, out JsonDocument? document, out Diagnostic? problem)
    {
        try
        {
            document = JsonDocument.Parse(json, Options);
            problem = null;
            return true;
        }
        catch (JsonException ex)
        {
            document = null;
            problem = new Diagnostic(DiagnosticCodes.InvalidJson, "ingest", Severity.Error,
                $"{where} is not valid JSON: {ex.Message}", origin);
            return false;
        }
    }

    private static IngestItem TooMany(string path, int max) =>
        IngestItem.Failed(new Diagnostic(DiagnosticCodes.TooManyRecords, "ingest", Severity.Warning,
            $"only the first {max:N0} records were read", path));

    private static IngestItem FromRecord(JsonElement record, string origin, IReadOnlyList<Diagnostic> carried)
    {
        try
        {
            return ReadRecord(record, origin, carried);
        }
        catch (InvalidOperationException ex)
        {
            // The parser accepts an unpaired surrogate escape ("\ud800") but GetString throws on it. Without this catch
            // one such string in one record escaped FileSource.Read and ended the whole run.
            return IngestItem.Failed(new Diagnostic(DiagnosticCodes.InvalidJson, "ingest", Severity.Error,
                $"the record holds a string that is not valid text: {ex.Message}", origin));
        }
    }

    private static IngestItem ReadRecord(JsonElement record, string origin, IReadOnlyList<Diagnostic> carried)
    {
        if (record.ValueKind != JsonValueKind.Object)
            return IngestItem.Failed(new Diagnostic(DiagnosticCodes.JsonRecordWithoutText, "ingest", Severity.Error,
                $"the record is a JSON {record.ValueKind.ToString().ToLowerInvariant()}, not an object with \"text\" or \"html\"", origin));

        var text = StringField(record, "text");
        var html = StringField(record, "html");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
            return IngestItem.Failed(new Diagnostic(DiagnosticCodes.JsonRecordWithoutText, "ingest", Severity.Error,
                "the record has neither a \"text\" nor an \"html\" field with content", origin));

        var diagnostics = new List<Diagnostic>(carried);
        var publishedText = StringField(record, "published");
        DateTimeOffset? published = null;
        if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
                published = value;
            else
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnparsableDate, "ingest", Severity.Warning,
                    $"\"published\" is not a date: '{Truncate(publishedText, 60)}'", origin));
        }

        var metadata = new ArticleMetadata
        {
            Title = Blank(StringField(record, "title")),
            Outlet = Blank(StringField(record, "outlet")),
            Url = Blank(StringField(record, "url")),
            Published = published,
        };
        // Text wins over HTML when a record has both: it is what the producer chose to give as the article.
        return string.IsNullOrWhiteSpace(text)
            ? IngestItem.Of(new SourceDocument(origin, SourceFormat.Html, html!, metadata, diagnostics))
            : IngestItem.Of(new SourceDocument(origin, SourceFormat.PlainText, text, metadata, diagnostics));
    }

    private static string? StringField(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max] + "…";
}
