using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>
/// The seeds carry no date: each is dated from what its text and its story mention. The expected days are the ones
/// the texts imply: the AP report of Trump's June 6 post (talks "on June 9" still to come), two reports of the same
/// announcement that say only "next week" (the weekend before), a report on the talks "resumed ... on June 10", and
/// one on officials who "gathered" on June 9, 2025.
/// </summary>
public sealed class SeedDatingTests
{
    private static readonly Dictionary<string, DateOnly> Expected = new()
    {
        ["000_9fc6d391653dd18a.txt"] = new DateOnly(2025, 6, 6),
        ["001_98553b50be6336da.txt"] = new DateOnly(2025, 6, 7),
        ["002_ba26013e67b69951.txt"] = new DateOnly(2025, 6, 7),
        ["003_9e359b679df06602.txt"] = new DateOnly(2025, 6, 10),
        ["004_60bd86b21a1fd5af.txt"] = new DateOnly(2025, 6, 9),
    };

    [SharedDataFact("seeds", ColdStream.Reason)]
    public void Each_seed_is_dated_within_a_day_with_its_evidence()
    {
        using var temp = new TempFolder();
        var output = temp.File("seeds.json");
        var seeds = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds"));

        var result = Cli.Run("brief", seeds, "--format", "json", "--out", output);

        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var articles = json.RootElement.GetProperty("stories")[0].GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(Expected.Count, articles.Count);
        foreach (var article in articles)
        {
            var name = Path.GetFileName(article.GetProperty("path").GetString()!);
            var dated = article.GetProperty("dated");
            var day = DateOnly.Parse(dated.GetProperty("day").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(day.DayNumber - Expected[name].DayNumber) <= 1, $"{name} dated {day:yyyy-MM-dd}, expected {Expected[name]:yyyy-MM-dd} within a day");
            Assert.Equal("inferred", dated.GetProperty("source").GetString());
            Assert.NotEmpty(dated.GetProperty("evidence").EnumerateArray());
        }
    }
}
