using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

public sealed partial class EvaluateRecognizersTests
{
    [Fact]
    public void A_small_spec_folder_is_scored_per_category_with_marked_cases_apart()
    {
        var result = Cli.Run("evaluate", "recognizers", "--data", RepoPaths.TestData("recognizers-specs"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        // Both Number cases right; the one marked NotSupported is counted apart, not in the share.
        Assert.Contains(lines, l => l.StartsWith("Number    1.000 right (2/2);  marked unsupported: 1", StringComparison.Ordinal));
        // "a quarter" is no percentage to us: one of two.
        Assert.Contains(lines, l => l.StartsWith("Percent   0.500 right (1/2)", StringComparison.Ordinal));
        // "$ 3.5 million" and "40 pence" (0.40 GBP) both right.
        Assert.Contains(lines, l => l.StartsWith("Currency  1.000 right (2/2)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("DateTime", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_is_not_a_spec_folder_is_one_line_of_error()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("evaluate", "recognizers", "--data", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a Recognizers-Text Specs folder", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.Equal(1, Cli.Run("evaluate", "recognizers", "--data", Path.Combine(temp.Path, "missing")).ExitCode);
    }

    /// <summary>The pinned shares: every category stays at or above its floor in eval/baselines.json ("recognizers").</summary>
    [SharedDataFact("data/time/recognizers-specs-en")]
    public void Recognizer_shares_stay_at_or_above_the_pinned_floors()
    {
        using var baselines = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json")));
        var recognizers = baselines.RootElement.GetProperty("recognizers");
        var data = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", recognizers.GetProperty("data").GetString()!));

        var result = Cli.Run("evaluate", "recognizers", "--data", data);

        Assert.Equal(0, result.ExitCode);
        var shares = ShareLine().Matches(result.Out).ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        foreach (var floor in recognizers.GetProperty("floors").EnumerateObject())
        {
            Assert.True(shares.TryGetValue(floor.Name, out var share), $"no '{floor.Name}' line in:\n{result.Out}");
            Assert.True(share >= floor.Value.GetDouble(), $"{floor.Name}: {share:0.000} is below the pinned {floor.Value.GetDouble():0.000}");
        }
    }

    [GeneratedRegex(@"^(\w+)\s+(\d\.\d{3}) right", RegexOptions.Multiline)]
    private static partial Regex ShareLine();
}
