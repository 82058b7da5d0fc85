using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

/// <summary>`dossier evaluate entities` and `dossier train entities`: the pinned dev score, the predictions file, repeatable training.</summary>
public sealed partial class EvaluateEntitiesTests
{
    [GeneratedRegex(@"^(?<type>overall|PER|ORG|LOC|MISC)\s+precision:\s+[0-9.]+%; recall:\s+[0-9.]+%; FB1:\s+(?<f1>[0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static JsonElement Baseline() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json"))).RootElement.GetProperty("entities");

    private static string SharedFile(string relative) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relative));

    [SharedDataFact("data/entities/conll2003/eng.testa")]
    public void The_dev_score_stays_at_or_above_its_pin_and_the_predictions_can_be_rescored()
    {
        var baseline = Baseline();
        using var temp = new TempFolder();
        var predictions = temp.File("testa.predicted");

        var result = Cli.Run("evaluate", "entities", "--data", SharedFile(baseline.GetProperty("data").GetString()!), "--predictions", predictions);

        Assert.True(result.ExitCode == 0, result.Err);
        var scores = Row().Matches(result.Out).ToDictionary(m => m.Groups["type"].Value, m => double.Parse(m.Groups["f1"].Value, CultureInfo.InvariantCulture));
        foreach (var floor in baseline.GetProperty("floors").EnumerateObject())
        {
            Assert.True(scores[floor.Name] >= floor.Value.GetDouble(), $"{floor.Name} F1 {scores[floor.Name]} fell below the pinned {floor.Value.GetDouble()}");
        }

        // Every line is `word gold predicted`; a blank line between sentences; as many words as the data has.
        var lines = File.ReadAllLines(predictions);
        Assert.Equal(51362, lines.Count(l => l.Length > 0));
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(3, l.Split(' ').Length));
        Assert.Contains("processed 51362 tokens with 5942 phrases", result.Out);
    }

    [SharedDataFact("data/entities/conll2003/eng.train")]
    public void Training_again_gives_the_committed_model_byte_for_byte()
    {
        using var temp = new TempFolder();
        foreach (var lexicon in new[] { "word-clusters.tsv", "casing.tsv", "gazetteers.tsv" })
        {
            File.Copy(Path.Combine(RepoPaths.Root, "models", lexicon), temp.File(lexicon));
        }

        var result = Cli.Run("train", "entities", "--reuse-lexicons", "--data", SharedFile("data/entities/conll2003/eng.train"), "--models", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", "entities.model")), File.ReadAllBytes(temp.File("entities.model")));
    }

    [Fact]
    public void A_file_that_is_not_conll_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        var path = temp.File("bad.conll");
        File.WriteAllText(path, "Anna NNP I-NP I-PERSON\n");

        var result = Cli.Run("evaluate", "entities", "--data", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'I-PERSON' is not an entity tag", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void A_tiny_file_is_scored_and_written_back_as_conll()
    {
        using var temp = new TempFolder();
        var path = temp.File("tiny.conll");
        File.WriteAllText(path, "-DOCSTART- -X- O O\n\nIngrid NNP I-NP I-PER\nHalvorsen NNP I-NP I-PER\nvisited VBD I-VP O\nOslo NNP I-NP I-LOC\n. . O O\n");
        var predictions = temp.File("out.txt");

        var result = Cli.Run("evaluate", "entities", "--data", path, "--predictions", predictions);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("processed 5 tokens with 2 phrases", result.Out);
        Assert.Equal(["Ingrid I-PER I-PER", "Halvorsen I-PER I-PER", "visited O O", "Oslo I-LOC I-LOC", ". O O", ""], File.ReadAllLines(predictions));
    }
}
