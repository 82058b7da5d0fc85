using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

/// <summary>`dossier evaluate extraction`: the pinned score on the Zyte benchmark, and the command's handling of bad data.</summary>
public sealed partial class EvaluationTests
{
    [GeneratedRegex(@"F1 (?<f1>[0-9.]+)\s+precision (?<p>[0-9.]+)\s+recall (?<r>[0-9.]+)")]
    private static partial Regex ScoreLine();

    /// <summary>The floors, kept in one place (eval/baselines.json): each is a measured figure rounded down to 3 decimals.</summary>
    private static JsonElement Baseline(string task) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json"))).RootElement.GetProperty(task);

    private static (double F1, double Precision, double Recall) Scores(string output)
    {
        var match = ScoreLine().Match(output);
        Assert.True(match.Success, output);
        double Value(string name) => double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return (Value("f1"), Value("p"), Value("r"));
    }

    [SharedDataFact("data/extraction/zyte")]
    public void Extraction_on_the_zyte_benchmark_stays_at_or_above_its_pinned_score()
    {
        var baseline = Baseline("extraction");
        var data = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", baseline.GetProperty("data").GetString()!));
        using var temp = new TempFolder();
        var predictions = temp.File("predictions.json");

        var result = Cli.Run("evaluate", "extraction", "--data", data, "--predictions", predictions);

        Assert.True(result.ExitCode == 0, result.Err);
        var (f1, precision, recall) = Scores(result.Out);
        Assert.True(f1 >= baseline.GetProperty("f1").GetDouble(), $"F1 {f1} fell below the pinned {baseline.GetProperty("f1").GetDouble()}");
        Assert.True(precision >= baseline.GetProperty("precision").GetDouble(), $"precision {precision} fell below the pin");
        Assert.True(recall >= baseline.GetProperty("recall").GetDouble(), $"recall {recall} fell below the pin");
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        Assert.Equal(181, written.RootElement.EnumerateObject().Count());
        Assert.All(written.RootElement.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.GetProperty("articleBody").ValueKind));
    }

    [Fact]
    public void A_tiny_data_set_is_scored_with_the_benchmark_metric()
    {
        using var temp = new TempFolder();
        const string first = "Dock workers at the port of Saltmere walked out on Monday morning, leaving forty ships at anchor in the bay.";
        const string second = "The union said the strike would last until the harbour board agreed to talks on pay, shifts and the new cranes.";
        const string third = "Freight companies warned that the queue of vessels, already the longest this year, could double within a week.";
        const string body = first + "\n\n" + second + "\n\n" + third;
        File.WriteAllText(temp.File("ground-truth.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["page1"] = new { articleBody = body, url = "https://example.com/1" },
        }));
        Directory.CreateDirectory(temp.File("html"));
        using (var file = File.Create(temp.File(Path.Combine("html", "page1.html.gz"))))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
            writer.Write($"<html><body><nav><a href=\"/\">Home</a></nav><article><p>{first}</p><p>{second}</p><p>{third}</p></article></body></html>");

        var result = Cli.Run("evaluate", "extraction", "--data", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal((1.0, 1.0, 1.0), Scores(result.Out));
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("no-ground-truth")]
    [InlineData("bad-json")]
    [InlineData("missing-page")]
    [InlineData("not-gzip")]
    public void Bad_evaluation_data_is_a_one_line_user_error(string problem)
    {
        using var temp = new TempFolder();
        var data = problem == "missing-folder" ? temp.File("nowhere") : temp.Path;
        if (problem is "bad-json") File.WriteAllText(temp.File("ground-truth.json"), "{ not json");
        if (problem is "missing-page" or "not-gzip") File.WriteAllText(temp.File("ground-truth.json"), "{\"k\": {\"articleBody\": \"x\"}}");
        if (problem == "not-gzip")
        {
            Directory.CreateDirectory(temp.File("html"));
            File.WriteAllText(temp.File(Path.Combine("html", "k.html.gz")), "<p>plain</p>");
        }

        var result = Cli.Run("evaluate", "extraction", "--data", data);

        Assert.Equal(DossierCli.UserError, result.ExitCode);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.Err);
    }
}
