using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Analysis.Quotes.Training;

namespace Dossier.Cli.Tests;

/// <summary>`dossier evaluate quotes` and `dossier train quotes`: the pinned PolNeAR dev scores, the brat predictions, repeatable training.</summary>
public sealed partial class EvaluateQuotesTests
{
    [GeneratedRegex(@"^(?<span>content|source)\s+(?<match>overlapping|exact)\s+[0-9.]+\s+[0-9.]+\s+(?<f1>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static JsonElement Baseline() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json"))).RootElement.GetProperty("quotes");

    private static string SharedFile(string relative) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relative));

    [SharedDataFact("data/quotes/polnear/dev")]
    public void The_dev_scores_stay_at_or_above_their_pins_and_the_predictions_score_the_same_when_read_back()
    {
        var baseline = Baseline();
        using var temp = new TempFolder();
        var data = SharedFile(baseline.GetProperty("data").GetString()!);

        var result = Cli.Run("evaluate", "quotes", "--data", data, "--predictions", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        var scores = Row().Matches(result.Out).ToDictionary(
            m => m.Groups["span"].Value + " " + m.Groups["match"].Value, m => double.Parse(m.Groups["f1"].Value, CultureInfo.InvariantCulture));
        foreach (var floor in baseline.GetProperty("floors").EnumerateObject())
        {
            Assert.True(scores[floor.Name] >= floor.Value.GetDouble(), $"{floor.Name} F1 {scores[floor.Name]} fell below the pinned {floor.Value.GetDouble()}");
        }

        // The .ann files written are brat that our reader takes back: scoring them gives the printed figure.
        var gold = BratAttributions.ReadCorpus(data);
        Assert.Equal(gold.Count, Directory.GetFiles(temp.Path, "*.ann").Length);
        var rescored = new AttributionScore();
        foreach (var document in gold)
        {
            var (predicted, malformed) = BratAttributions.Parse(File.ReadAllText(Path.Combine(temp.Path, document.Name + ".ann")), document.Text.Length);
            Assert.Equal(0, malformed);
            rescored.Add(document.Text, document.Gold, predicted);
        }
        Assert.Equal(scores["content overlapping"], Math.Round(rescored.Content.OverlapF1, 3));
        Assert.Equal(scores["source overlapping"], Math.Round(rescored.Source.OverlapF1, 3));
    }

    [SharedDataFact("data/quotes/polnear/train")]
    public void Training_again_gives_the_committed_model_byte_for_byte()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("train", "quotes", "--data", SharedFile("data/quotes/polnear/train"), "--models", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var file in new[] { "attributions.model", "cues.tsv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", file)), File.ReadAllBytes(temp.File(file)));
        }
    }

    [Fact]
    public void A_folder_without_annotations_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("lonely.txt"), "Nothing is annotated here.");

        var result = Cli.Run("evaluate", "quotes", "--data", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("holds no brat .ann file", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void A_tiny_brat_folder_is_scored()
    {
        using var temp = new TempFolder();
        const string text = "The factory will close in June, the manager said.";
        File.WriteAllText(temp.File("one.txt"), text);
        File.WriteAllText(temp.File("one.ann"), "T1\tContent 0 30\tThe factory will close in June\nT2\tSource 32 43\tthe manager\nT3\tCue 44 48\tsaid\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n");

        var result = Cli.Run("evaluate", "quotes", "--data", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("1 annotation files, 1 gold attributions", result.Out);
        Assert.Matches(@"content\s+overlapping\s+1\.000\s+1\.000\s+1\.000", result.Out);
        Assert.Matches(@"source\s+exact\s+1\.000\s+1\.000\s+1\.000", result.Out);
    }
}
