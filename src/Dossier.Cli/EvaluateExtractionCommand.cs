using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation.Extraction;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate extraction`: main-text extraction on the Zyte article-extraction benchmark.</summary>
    private static Command EvaluateExtractionCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The benchmark folder: ground-truth.json and html/KEY.html.gz.", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Also write the predictions here as {key: {\"articleBody\": text}}." };
        var worst = new Option<int>("--worst") { Description = "Also list the N pages with the lowest F1.", DefaultValueFactory = _ => 0 };
        var time = new Option<int>("--time") { Description = "Also time parsing and extraction separately, best of N runs after a warm-up.", DefaultValueFactory = _ => 0 };
        var score = new Option<string?>("--score") { Description = "Score this predictions file ({key: {\"articleBody\": text}}, another system's) instead of Dossier's extraction." };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var command = new Command("extraction", "Score main-text extraction with the Zyte benchmark's shingle F1.") { data, predictions, worst, time, score, json };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var directory = parse.GetValue(data)!;
            if (!Directory.Exists(directory)) throw new UserErrorException($"no such folder: {directory}");
            var pages = ExtractionDataSet.Load(directory);
            var report = parse.GetValue(score) is { } scored
                ? ExtractionEvaluation.Run(pages, ExtractionEvaluation.ReadPredictions(scored))
                : ExtractionEvaluation.Run(pages);
            var s = report.Score;
            if (parse.GetValue(json))
            {
                stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { pages = pages.Count, f1 = s.F1, precision = s.Precision, recall = s.Recall, accuracy = s.Accuracy }));
                return Success;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extraction: {pages.Count} pages  F1 {s.F1:F4}  precision {s.Precision:F4}  recall {s.Recall:F4}  accuracy {s.Accuracy:F4}"));
            // Pages judged not to be articles predict nothing; the benchmark leaves them out of precision, so say how many.
            var empty = report.Pages.Count(p => p.Predicted.Length == 0);
            if (empty > 0) stdout.WriteLine($"  {empty} page(s) gave no article (judged not an article): {string.Join(", ", report.Pages.Where(p => p.Predicted.Length == 0).Select(p => p.Key[..Math.Min(12, p.Key.Length)]))}");
            foreach (var page in report.Pages.OrderBy(p => p.Counts.F1).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Math.Max(0, parse.GetValue(worst))))
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {page.Key[..Math.Min(12, page.Key.Length)]}  F1 {page.Counts.F1:F3}  precision {page.Counts.Precision:F3}  recall {page.Counts.Recall:F3}"));
            if (parse.GetValue(predictions) is { } path) ExtractionEvaluation.WritePredictions(report, path);
            if (parse.GetValue(time) is var runs and > 0)
            {
                var t = ExtractionTiming.Measure(pages, runs);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"time per page (best of {runs}, {t.Pages} pages of {t.AverageKilobytes:F0} KB on average): parse {t.ParseMs:F3} ms, main text {t.MainTextMs:F3} ms, metadata {t.MetadataMs:F3} ms"));
            }
            return Success;
        }));
        return command;
    }
}
