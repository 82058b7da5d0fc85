using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate metadata --data DIR`: accuracy of the page metadata reader per field on the Readability test pages.</summary>
    private static Command EvaluateMetadataCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data")
        {
            Description = "The Readability test pages: a folder of page folders (source.html, expected-metadata.json), or a folder holding test/test-pages.",
            Required = true,
        };
        var predictions = new Option<string?>("--predictions") { Description = "Also write each page's predicted and gold values to this JSON file." };
        var command = new Command("metadata", "Accuracy of title, byline, site name, publication date and language against the Readability test pages.") { data, predictions };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var report = MetadataEvaluation.Run(parse.GetValue(data)!);
            stdout.WriteLine($"metadata: {report.Pages.Count} pages in {report.DataDirectory}");
            stdout.WriteLine("accuracy is over the pages whose gold has the field (n); pages without gold are counted apart, as agreed when nothing was predicted");
            foreach (var score in report.Scores.Append(report.DetectorOnly))
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{score.Field,-24} n={score.WithGold,-4} correct={score.Correct,-4} accuracy={score.Accuracy:0.000}   no gold: {score.WithoutGold}, agreed none: {score.AgreedNone}{(score.NotScored > 0 ? $", not scored: {score.NotScored}" : "")}"));
            if (parse.GetValue(predictions) is { } path)
            {
                try
                {
                    using var file = File.Create(path);
                    MetadataEvaluation.WritePredictions(report, file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UserErrorException($"cannot write '{path}': {ex.Message}");
                }
                stdout.WriteLine($"predictions written to {path}");
            }
            return Success;
        }));
        return command;
    }
}
