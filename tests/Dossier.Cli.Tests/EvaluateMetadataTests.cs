using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

public sealed partial class EvaluateMetadataTests
{
    /// <summary>
    /// The pinned scores: every field must stay at or above its floor in eval/baselines.json (the measured accuracy
    /// rounded down to two decimals). Raise a floor when the reader improves; never lower one to make this pass.
    /// </summary>
    [SharedDataFact("data/extraction/readability-pages")]
    public void Metadata_accuracy_stays_at_or_above_the_pinned_floors()
    {
        using var baselines = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json")));
        var metadata = baselines.RootElement.GetProperty("metadata");
        var data = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", metadata.GetProperty("data").GetString()!));

        var result = Cli.Run("evaluate", "metadata", "--data", data);

        Assert.Equal(0, result.ExitCode);
        var scores = Scores(result.Out);
        foreach (var floor in metadata.GetProperty("floors").EnumerateObject())
        {
            Assert.True(scores.TryGetValue(floor.Name, out var accuracy), $"no '{floor.Name}' line in:\n{result.Out}");
            Assert.True(accuracy >= floor.Value.GetDouble(), $"{floor.Name}: {accuracy:0.000} is below the pinned {floor.Value.GetDouble():0.00}");
        }
    }

    [Fact]
    public void Scores_hand_written_pages_and_writes_predictions()
    {
        using var folder = new TempFolder();
        Page(folder, "strike", """
            <html lang="en"><head><title>Port strike ends | Harbor Ledger</title>
            <meta property="og:site_name" content="Harbor Ledger"><meta name="author" content="Jane Doe">
            <meta property="article:published_time" content="2025-06-09T23:30:00-04:00"></head>
            <body><h1>Port strike ends</h1><p>The strike is over.</p></body></html>
            """, """{"title": "Port strike ends", "byline": "By Jane Doe", "siteName": "Harbor Ledger", "publishedTime": "2025-06-10T03:30:00Z", "lang": "en-US"}""");
        Page(folder, "bare", "<html><head><title>Notes</title></head><body><p>x</p></body></html>",
            """{"title": "Other notes", "byline": null, "siteName": null, "publishedTime": null}""");
        var predictions = folder.File("predictions.json");

        var result = Cli.Run("evaluate", "metadata", "--data", folder.Path, "--predictions", predictions);

        Assert.Equal(0, result.ExitCode);
        var scores = Scores(result.Out);
        Assert.Equal(0.5, scores["title"]);
        Assert.Equal(1.0, scores["byline"]);
        Assert.Equal(1.0, scores["siteName"]);
        Assert.Equal(1.0, scores["published"]);
        Assert.Contains("no gold: 1, agreed none: 1", result.Out.Split('\n').Single(l => Regex.IsMatch(l, @"^byline\s+n=")));
        using var written = JsonDocument.Parse(File.ReadAllText(predictions));
        var bare = written.RootElement.EnumerateArray().Single(p => p.GetProperty("page").GetString() == "bare");
        Assert.Equal("wrong", bare.GetProperty("title").GetProperty("verdict").GetString());
        Assert.Equal("Notes", bare.GetProperty("title").GetProperty("predicted").GetString());
        Assert.Equal("title", bare.GetProperty("title").GetProperty("evidence").GetString());
    }

    [Fact]
    public void A_missing_or_empty_data_folder_is_a_one_line_user_error()
    {
        using var folder = new TempFolder();

        var missing = Cli.Run("evaluate", "metadata", "--data", folder.File("nowhere"));
        var empty = Cli.Run("evaluate", "metadata", "--data", folder.Path);

        Assert.Equal(1, missing.ExitCode);
        Assert.Single(missing.Err.Trim().Split('\n'));
        Assert.Contains("is not a folder", missing.Err);
        Assert.Equal(1, empty.ExitCode);
        Assert.Contains("holds no Readability test pages", empty.Err);
    }

    [Fact]
    public void A_gold_file_that_is_not_json_is_a_one_line_user_error()
    {
        using var folder = new TempFolder();
        Page(folder, "broken", "<p>x</p>", "{ not json");

        var result = Cli.Run("evaluate", "metadata", "--data", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Contains("is not valid JSON", result.Err);
    }

    private static void Page(TempFolder folder, string name, string html, string gold)
    {
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, name)).FullName;
        File.WriteAllText(Path.Combine(directory, "source.html"), html);
        File.WriteAllText(Path.Combine(directory, "expected-metadata.json"), gold);
    }

    private static Dictionary<string, double> Scores(string output) =>
        ScoreLine().Matches(output).ToDictionary(m => m.Groups["field"].Value.Trim(), m => double.Parse(m.Groups["accuracy"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(?<field>\S.*?)\s+n=\d+\s+correct=\d+\s+accuracy=(?<accuracy>[\d.]+)", RegexOptions.Multiline)]
    private static partial Regex ScoreLine();
}
