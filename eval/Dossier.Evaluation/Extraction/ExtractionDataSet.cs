using System.IO.Compression;
using System.Text.Json;
using Dossier.Core.Ingest;

namespace Dossier.Evaluation.Extraction;

/// <summary>One benchmark page: its key, its decoded HTML and the gold article body.</summary>
public sealed record ExtractionPage(string Key, string Html, string GoldBody);

/// <summary>
/// Reads a data set laid out like the Zyte benchmark: <c>ground-truth.json</c> ({key: {articleBody, url}}) and
/// <c>html/KEY.html.gz</c>. A missing or malformed file is the user's mistake and says so in one line.
/// </summary>
public static class ExtractionDataSet
{
    /// <summary>The benchmark's pages are all under 2 MB; anything far larger is not this data set.</summary>
    private const long MaxPageBytes = 32L * 1024 * 1024;

    public static List<ExtractionPage> Load(string directory)
    {
        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
            throw new EvaluationDataException($"no ground-truth.json in '{directory}' (expected the Zyte benchmark layout: ground-truth.json and html/KEY.html.gz)");
        var pages = new List<ExtractionPage>();
        foreach (var (key, gold) in ReadGroundTruth(truthPath))
        {
            var htmlPath = Path.Combine(directory, "html", key + ".html.gz");
            if (!File.Exists(htmlPath)) throw new EvaluationDataException($"ground-truth.json names page '{key}' but '{htmlPath}' does not exist");
            pages.Add(new ExtractionPage(key, ReadPage(htmlPath), gold));
        }
        if (pages.Count == 0) throw new EvaluationDataException($"'{truthPath}' lists no pages");
        return pages;
    }

    private static List<(string Key, string Gold)> ReadGroundTruth(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new EvaluationDataException($"'{path}' is not a JSON object of pages");
            var entries = new List<(string, string)>();
            foreach (var page in json.RootElement.EnumerateObject())
            {
                var body = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var b)
                    && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
                entries.Add((page.Name, body));
            }
            return entries;
        }
        catch (JsonException ex)
        {
            throw new EvaluationDataException($"'{path}' is not valid JSON: {ex.Message}");
        }
    }

    private static string ReadPage(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                bytes.Write(buffer, 0, read);
                if (bytes.Length > MaxPageBytes) throw new EvaluationDataException($"'{path}' unpacks to more than {MaxPageBytes / (1024 * 1024)} MiB");
            }
            // The product's own decoding, so that the score measures what ingest would give.
            var decoded = TextDecoder.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), path);
            return decoded.Text ?? throw new EvaluationDataException($"'{path}': {decoded.Diagnostic?.Message ?? "cannot be decoded"}");
        }
        catch (InvalidDataException ex)
        {
            throw new EvaluationDataException($"'{path}' is not a gzip file: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new EvaluationDataException($"cannot read '{path}': {ex.Message}");
        }
    }
}
