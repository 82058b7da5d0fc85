using System.Text;
using System.Text.Json;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Evaluation.Extraction;

/// <summary>What the extractor gave for one page and how it scored.</summary>
public sealed record PageResult(string Key, string Predicted, ShingleCounts Counts, bool Exact);

public sealed record ExtractionReport(ShingleScore Score, IReadOnlyList<PageResult> Pages);

/// <summary>
/// Runs the product's extraction (the HTML extractor, then the block classifier, as ingest does) on every page of a
/// benchmark and scores the article body against the gold with <see cref="ShingleMetric"/>.
/// </summary>
public static class ExtractionEvaluation
{
    // Both hold no per-article state; made once, not once per page, since the benchmark times this very path.
    private static readonly ArticleExtractor Extractor = new(new IngestOptions());
    private static readonly BlockClassifier Classifier = new();

    public static ExtractionReport Run(IReadOnlyList<ExtractionPage> pages) => Run(pages, page => PredictBody(page.Key, page.Html));

    public static ExtractionReport Run(IReadOnlyList<ExtractionPage> pages, Func<ExtractionPage, string> predict)
    {
        var results = new List<PageResult>(pages.Count);
        foreach (var page in pages)
        {
            var predicted = predict(page);
            results.Add(new PageResult(page.Key, predicted, ShingleMetric.Compare(page.GoldBody, predicted),
                ShingleMetric.SameTokens(page.GoldBody, predicted)));
        }
        var score = ShingleMetric.Score(results.Select(r => r.Counts).ToList(), results.Select(r => r.Exact).ToList());
        return new ExtractionReport(score, results);
    }

    /// <summary>
    /// The article body as ingest would produce it for this page: extraction and the block classifier, then the
    /// article's main text (<see cref="Article.MainText"/>), which leaves out the headline, as the gold does.
    /// </summary>
    public static string PredictBody(string key, string html)
    {
        var source = new SourceDocument(key, SourceFormat.Html, html, new ArticleMetadata(), []);
        // A page judged not to be an article gives no article, so nothing is predicted for it.
        if (Extractor.Extract(source).Article is not { } article) return "";
        Classifier.Process(article);
        return article.MainText();
    }

    /// <summary>
    /// Reads another system's predictions in the benchmark's format, so that it is scored with this very metric; a page
    /// it has no prediction for counts as an empty prediction.
    /// </summary>
    public static Func<ExtractionPage, string> ReadPredictions(string path)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object) throw new EvaluationDataException($"'{path}' is not a JSON object of predictions");
            foreach (var page in json.RootElement.EnumerateObject())
                if (page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
                    bodies[page.Name] = body.GetString()!;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new EvaluationDataException($"cannot read predictions '{path}': {ex.Message}");
        }
        return page => bodies.GetValueOrDefault(page.Key, "");
    }

    /// <summary>Writes predictions in the benchmark's own format, {key: {"articleBody": text}}, so its script can read them too.</summary>
    public static void WritePredictions(ExtractionReport report, string path)
    {
        try
        {
            using var stream = File.Create(path);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            foreach (var page in report.Pages)
            {
                json.WriteStartObject(page.Key);
                json.WriteString("articleBody", page.Predicted);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationDataException($"cannot write predictions to '{path}': {ex.Message}");
        }
    }
}
