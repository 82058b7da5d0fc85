using System.Text;
using System.Text.Json;
using Dossier.Core.Analysis.Language;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;

namespace Dossier.Evaluation;

/// <summary>
/// Scores the page metadata reader on the Readability test pages (one folder per page with source.html and
/// expected-metadata.json). For each field, accuracy is over the pages whose gold has a value; pages whose gold has
/// none are counted apart, as right when the reader also gives none. How values are compared is in
/// <see cref="MetadataNormalisation"/> and docs/EVALUATION.md.
/// </summary>
public static class MetadataEvaluation
{
    public static readonly string[] Fields = ["title", "byline", "byline (gold as written)", "siteName", "published", "language"];

    // A source page larger than this is not a test page; reading it would only cost memory.
    private const long MaxPageBytes = 16 * 1024 * 1024;

    public enum Verdict : byte
    {
        /// <summary>The gold has a value and the prediction matches it.</summary>
        Correct,

        /// <summary>The gold has a value and the prediction differs or is missing.</summary>
        Wrong,

        /// <summary>The gold has no value and neither has the prediction.</summary>
        AgreedNone,

        /// <summary>The gold has no value but the prediction has one.</summary>
        Extra,

        /// <summary>The gold cannot settle the question (a byline that is the site's name); left out of every count.</summary>
        NotScored,
    }

    /// <param name="Evidence">Where the reader found its value ("meta:og:title"), for finding out why it is wrong.</param>
    public sealed record FieldResult(string Field, string? Gold, string? Predicted, Verdict Verdict, string? Evidence = null);

    public sealed record PageResult(string Page, IReadOnlyList<FieldResult> Fields);

    public sealed record FieldScore(string Field, int WithGold, int Correct, int WithoutGold, int AgreedNone, int NotScored)
    {
        public double Accuracy => WithGold == 0 ? 0 : (double)Correct / WithGold;
    }

    public sealed record Report(string DataDirectory, IReadOnlyList<FieldScore> Scores, IReadOnlyList<PageResult> Pages, FieldScore DetectorOnly);

    /// <summary>Runs the reader on every page under <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="EvaluationDataException">The folder is missing or holds no test pages, or a gold file is not valid JSON.</exception>
    public static Report Run(string dataDirectory)
    {
        var pagesDirectory = FindPages(dataDirectory);
        var pages = new List<PageResult>();
        var detectorOnly = new List<FieldResult>();
        foreach (var directory in Directory.GetDirectories(pagesDirectory).Order(StringComparer.Ordinal))
        {
            var goldPath = Path.Combine(directory, "expected-metadata.json");
            var sourcePath = Path.Combine(directory, "source.html");
            if (!File.Exists(goldPath) || !File.Exists(sourcePath)) continue;
            if (new FileInfo(sourcePath).Length > MaxPageBytes) throw new EvaluationDataException($"'{sourcePath}' is larger than {MaxPageBytes / 1024 / 1024} MiB; it is not a test page");
            var gold = ReadGold(goldPath);
            var document = HtmlDocument.Parse(File.ReadAllText(sourcePath));
            var metadata = PageMetadataReader.Read(document);
            var name = Path.GetFileName(directory);
            pages.Add(new PageResult(name, Score(gold, metadata)));
            detectorOnly.Add(ScoreLanguage(gold.Lang, LanguageDetector.Detect(ParagraphText(document))?.Tag));
        }
        if (pages.Count == 0) throw new EvaluationDataException($"'{pagesDirectory}' holds no test pages (folders with source.html and expected-metadata.json)");

        var scores = Fields.Select(field => Summarise(field, pages.Select(p => p.Fields.First(f => f.Field == field)))).ToList();
        return new Report(pagesDirectory, scores, pages, Summarise("language (detector only)", detectorOnly));
    }

    /// <summary>The per-page predictions and gold values as JSON, for `--predictions FILE`.</summary>
    public static void WritePredictions(Report report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var page in report.Pages)
        {
            json.WriteStartObject();
            json.WriteString("page", page.Page);
            foreach (var field in page.Fields)
            {
                json.WriteStartObject(field.Field);
                json.WriteString("gold", field.Gold);
                json.WriteString("predicted", field.Predicted);
                json.WriteString("evidence", field.Evidence);
                json.WriteString("verdict", field.Verdict switch
                {
                    Verdict.Correct => "correct",
                    Verdict.Wrong => "wrong",
                    Verdict.AgreedNone => "agreed-none",
                    Verdict.Extra => "extra",
                    _ => "not-scored",
                });
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private sealed record Gold(string? Title, string? Byline, string? SiteName, string? Published, string? Lang);

    private static IReadOnlyList<FieldResult> Score(Gold gold, PageMetadata metadata)
    {
        var results = new List<FieldResult>();

        var title = metadata.Title?.Value;
        results.Add(Judge("title", gold.Title, title, MetadataNormalisation.TitlesMatch(gold.Title, title)) with { Evidence = metadata.Title?.Evidence.ToString() });

        // Bylines compare as sets of person words. A gold byline that is the site's own name ("Harbor News" on Harbor News,
        // or a personal blog named after its author) does not say whether a person wrote the page: not scored.
        var authors = metadata.Authors?.Value ?? [];
        var predictedByline = authors.Count == 0 ? null : string.Join("; ", authors);
        var predictedWords = MetadataNormalisation.AuthorWords(authors);
        var evidence = metadata.Authors?.Evidence.ToString();
        if (gold.Byline is not null && MetadataNormalisation.SiteNamesMatch(gold.SiteName, gold.Byline))
            results.Add(new FieldResult("byline", gold.Byline, predictedByline, Verdict.NotScored, evidence));
        else
        {
            var goldWords = MetadataNormalisation.GoldPersonWords(gold.Byline);
            results.Add(Judge("byline", goldWords.Count == 0 ? null : gold.Byline, predictedByline, goldWords.SetEquals(predictedWords)) with { Evidence = evidence });
        }
        var asWritten = MetadataNormalisation.BylineWords(gold.Byline);
        results.Add(Judge("byline (gold as written)", asWritten.Count == 0 ? null : gold.Byline, predictedByline, asWritten.SetEquals(predictedWords)) with { Evidence = evidence });

        var site = metadata.Outlet?.Value;
        results.Add(Judge("siteName", gold.SiteName, site, MetadataNormalisation.SiteNamesMatch(gold.SiteName, site)) with { Evidence = metadata.Outlet?.Evidence.ToString() });

        var goldDate = MetadataNormalisation.ParseGoldDate(gold.Published);
        var published = metadata.Published?.Value;
        var sameDay = goldDate is { } g && published is { } p && p.Precision >= Dossier.Core.Model.DatePrecision.Day
            && MetadataNormalisation.SameDay(g, p.Instant, p.HasZone);
        results.Add(Judge("published", goldDate is null ? null : gold.Published, published?.ToIso(), sameDay) with { Evidence = metadata.Published?.Evidence.ToString() });

        results.Add(ScoreLanguage(gold.Lang, metadata.Language?.Value) with { Evidence = metadata.Language?.Evidence.ToString() });
        return results;
    }

    private static FieldResult ScoreLanguage(string? goldTag, string? predicted)
    {
        var gold = MetadataNormalisation.PrimaryLanguage(goldTag);
        return Judge("language", gold.Length == 0 ? null : goldTag, predicted, gold.Length > 0 && gold == MetadataNormalisation.PrimaryLanguage(predicted));
    }

    private static FieldResult Judge(string field, string? gold, string? predicted, bool matches)
    {
        if (string.IsNullOrWhiteSpace(gold))
            return new FieldResult(field, null, predicted, string.IsNullOrWhiteSpace(predicted) ? Verdict.AgreedNone : Verdict.Extra);
        return new FieldResult(field, gold, predicted, matches ? Verdict.Correct : Verdict.Wrong);
    }

    private static FieldScore Summarise(string field, IEnumerable<FieldResult> results)
    {
        var list = results.ToList();
        return new FieldScore(field,
            list.Count(r => r.Verdict is Verdict.Correct or Verdict.Wrong),
            list.Count(r => r.Verdict == Verdict.Correct),
            list.Count(r => r.Verdict is Verdict.AgreedNone or Verdict.Extra),
            list.Count(r => r.Verdict == Verdict.AgreedNone),
            list.Count(r => r.Verdict == Verdict.NotScored));
    }

    private static string ParagraphText(HtmlDocument document)
    {
        var sb = new StringBuilder();
        foreach (var p in document.Body.Elements("p"))
        {
            foreach (var text in p.Descendants())
                if (text.IsText && text.Parent?.Name is not ("script" or "style")) sb.Append(text.Text).Append(' ');
            if (sb.Length > 20_000) break;
        }
        return sb.ToString();
    }

    /// <summary>The folder of page folders: the given one, or its test/test-pages (the repository's layout).</summary>
    private static string FindPages(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory)) throw new EvaluationDataException($"'{dataDirectory}' is not a folder");
        foreach (var candidate in (string[])[dataDirectory, Path.Combine(dataDirectory, "test", "test-pages"), Path.Combine(dataDirectory, "test-pages")])
            if (Directory.Exists(candidate) && Directory.EnumerateDirectories(candidate).Any(d => File.Exists(Path.Combine(d, "expected-metadata.json"))))
                return candidate;
        throw new EvaluationDataException($"'{dataDirectory}' holds no Readability test pages (folders with source.html and expected-metadata.json)");
    }

    private static Gold ReadGold(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new EvaluationDataException($"'{path}' is not a JSON object");
            return new Gold(Field("title"), Field("byline"), Field("siteName"), Field("publishedTime"), Field("lang"));

            string? Field(string name) =>
                root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
        }
        catch (JsonException ex)
        {
            throw new EvaluationDataException($"'{path}' is not valid JSON: {ex.Message}");
        }
    }
}
