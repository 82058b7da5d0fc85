using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

/// <summary>`dossier evaluate time`: the pinned TempEval-3 scores, a small fixture scored and written back, bad data.</summary>
public sealed partial class EvaluateTimeTests
{
    [GeneratedRegex(@"^overall:\n  strict span .* F1 (?<strict>[0-9.]+)\n  relaxed span .* F1 (?<relaxed>[0-9.]+)\n  type +accuracy (?<typeacc>[0-9.]+) .*\n  value +accuracy (?<valueacc>[0-9.]+)  F1 (?<valuef1>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex Overall();

    private static Dictionary<string, double> Scores(string output)
    {
        var m = Overall().Match(output.ReplaceLineEndings("\n"));
        Assert.True(m.Success, output);
        double V(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        return new()
        {
            ["strict span F1"] = V("strict"), ["relaxed span F1"] = V("relaxed"), ["type accuracy"] = V("typeacc"),
            ["value accuracy"] = V("valueacc"), ["value F1"] = V("valuef1"),
        };
    }

    [SharedDataFact("data/time/tempeval3-train")]
    public void TempEval3_scores_stay_at_or_above_their_pins()
    {
        var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json"))).RootElement.GetProperty("time");
        var data = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", baseline.GetProperty("data").GetString()!));

        var result = Cli.Run("evaluate", "time", "--data", data);

        Assert.True(result.ExitCode == 0, result.Err);
        var scores = Scores(result.Out);
        foreach (var floor in baseline.GetProperty("floors").EnumerateObject())
        {
            Assert.True(scores[floor.Name] >= floor.Value.GetDouble(), $"{floor.Name} {scores[floor.Name]} fell below the pinned {floor.Value.GetDouble()}");
        }
    }

    [Fact]
    public void A_small_fixture_scores_perfectly_and_its_predictions_are_timeml()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");

        var result = Cli.Run("evaluate", "time", "--data", Path.GetDirectoryName(RepoPaths.TestData(Path.Combine("time", "sample.tml")))!, "--predictions", output);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("1 documents, 4 gold timexes, 4 found", result.Out);
        Assert.All(Scores(result.Out).Values, v => Assert.Equal(1.0, v));
        var written = File.ReadAllText(Path.Combine(output, "sample.tml"));
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-06-09\">yesterday</TIMEX3>", written);
        Assert.Contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"PT6H\">six hours</TIMEX3>", written);
        Assert.Contains("&amp;", written);
        Assert.Contains("functionInDocument=\"CREATION_TIME\">2025-06-10</TIMEX3>", written);
        System.Xml.Linq.XDocument.Parse(written);
    }

    [Fact]
    public void A_missing_folder_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("evaluate", "time", "--data", temp.File("absent"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Contains("no such folder", result.Err);
    }
}
