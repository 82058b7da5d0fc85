using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Evaluation.Stories;

namespace Dossier.Cli.Tests;

/// <summary>`dossier evaluate stories` and `dossier bench stories`: pinned BCubed floors, the predictions file, the bench's report.</summary>
public sealed partial class EvaluateStoriesTests
{
    [GeneratedRegex(@"^(?<level>stories|topics)\s+.+?\s+(?<p>[0-9.]+)\s+(?<r>[0-9.]+)\s+(?<f1>[0-9.]+)\s+\((?<clusters>\d+)\)", RegexOptions.Multiline)]
    private static partial Regex Row();

    private static JsonElement Baseline() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "eval", "baselines.json"))).RootElement.GetProperty("stories");

    private static string SharedFile(string relative) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relative));

    private static Dictionary<string, double> F1s(string output) =>
        Row().Matches(output).ToDictionary(m => m.Groups["level"].Value + " F1", m => double.Parse(m.Groups["f1"].Value, CultureInfo.InvariantCulture));

    [SharedDataFact("data/stories/ecbplus-dev")]
    public void Ecb_plus_scores_stay_at_or_above_their_pins_and_the_predictions_score_the_same_when_read_back()
    {
        var baseline = Baseline();
        using var temp = new TempFolder();
        var data = SharedFile(baseline.GetProperty("data").GetString()!);

        var result = Cli.Run("evaluate", "stories", "--data", data, "--predictions", temp.File("predictions.json"));

        Assert.True(result.ExitCode == 0, result.Err);
        var scores = F1s(result.Out);
        foreach (var floor in baseline.GetProperty("floors").EnumerateObject())
            Assert.True(scores[floor.Name] >= floor.Value.GetDouble(), $"{floor.Name} {scores[floor.Name]} fell below the pinned {floor.Value.GetDouble()}");

        // Every gold document has a story and a topic, and scoring the file gives the printed figure.
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "gold.json"))).RootElement.EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.GetProperty("event").GetString()!, StringComparer.Ordinal);
        var predictions = StoryEvaluation.ReadPredictions(File.ReadAllText(temp.File("predictions.json")));
        Assert.Equal(gold.Keys.Order(StringComparer.Ordinal), predictions.Keys.Order(StringComparer.Ordinal));
        var rescored = BCubed.Score(gold, predictions.ToDictionary(p => p.Key, p => p.Value.StoryId, StringComparer.Ordinal));
        Assert.Equal(scores["stories F1"], Math.Round(rescored.F1, 3));
    }

    [SharedDataFact("data/stories/ecbplus-dev")]
    public void Fitting_again_gives_the_committed_background_and_options_byte_for_byte()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("train", "stories", "--data", SharedFile("data/stories/ecbplus-dev"),
            "--background", SharedFile("data/corpora/reuters21578"), "--models", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var file in new[] { "story-frequencies.tsv", "stories.json" })
            Assert.True(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "models", file)).SequenceEqual(File.ReadAllBytes(temp.File(file))), $"{file} differs from the committed one");
    }

    [SharedDataFact("data/stories/uci-headlines")]
    public void Uci_headline_scores_stay_at_or_above_their_pins()
    {
        var baseline = Baseline().GetProperty("uci");

        var result = Cli.Run("evaluate", "stories", "--data", SharedFile(baseline.GetProperty("data").GetString()!));

        Assert.True(result.ExitCode == 0, result.Err);
        var scores = F1s(result.Out);
        foreach (var floor in baseline.GetProperty("floors").EnumerateObject())
            Assert.True(scores[floor.Name] >= floor.Value.GetDouble(), $"{floor.Name} {scores[floor.Name]} fell below the pinned {floor.Value.GetDouble()}");
    }

    [Fact]
    public void A_tiny_ecb_plus_folder_is_streamed_scored_and_written_the_same_for_the_same_seed()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("docs"));
        var quake = "A strong earthquake struck the coastal town of Marlow on Tuesday morning.\nRescue teams searched the rubble of the old harbour for survivors.\n";
        var fire = "A fire destroyed the warehouse of the Denby paper mill overnight.\nFirefighters from three stations fought the blaze until dawn.\n";
        File.WriteAllText(temp.File("docs/1_1.txt"), quake);
        File.WriteAllText(temp.File("docs/1_2.txt"), quake.Replace("Tuesday", "Tuesday, officials said,"));
        File.WriteAllText(temp.File("docs/2_1.txt"), fire);
        File.WriteAllText(temp.File("docs/2_2.txt"), fire.Replace("overnight", "late on Sunday"));
        File.WriteAllText(temp.File("gold.json"), """
            {"1_1.txt": {"event": "1a", "topic": "1"}, "1_2.txt": {"event": "1a", "topic": "1"},
             "2_1.txt": {"event": "2a", "topic": "2"}, "2_2.txt": {"event": "2a", "topic": "2"}}
            """);

        var first = Cli.Run("evaluate", "stories", "--data", temp.Path, "--seed", "3", "--predictions", temp.File("first.json"));
        var second = Cli.Run("evaluate", "stories", "--data", temp.Path, "--seed", "3", "--predictions", temp.File("second.json"));

        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("ECB+: 4 documents, 2 gold stories", first.Out);
        Assert.Matches(@"stories\s+gold stories\s+1\.000\s+1\.000\s+1\.000\s+\(2\)", first.Out);
        Assert.Matches(@"topics\s+gold topics\s+1\.000\s+1\.000\s+1\.000\s+\(2\)", first.Out);
        var written = File.ReadAllText(temp.File("first.json"));
        Assert.Equal(written, File.ReadAllText(temp.File("second.json")));
        using var json = JsonDocument.Parse(written);
        Assert.Equal(["1_1.txt", "1_2.txt", "2_1.txt", "2_2.txt"], json.RootElement.EnumerateObject().Select(e => e.Name));
        foreach (var entry in json.RootElement.EnumerateObject())
            Assert.Equal(["story", "topic"], entry.Value.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_tiny_uci_file_is_streamed_by_timestamp_and_its_cut_last_record_skipped()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("uci-news-aggregator.csv"), """
            ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
            1,"Volcano erupts on Tanna island, villages evacuated",http://a.example/1,Daily A,e,s1,a.example,1394470370000
            2,Tanna volcano eruption forces villages to evacuate,http://b.example/2,Daily B,e,s1,b.example,1394470380000
            3,"Central bank raises interest rates, citing inflation",http://c.example/3,Daily C,b,s2,c.example,1394470360000
            4,Interest rates raised by central bank as inflation climbs,http://d.e
            """);

        var result = Cli.Run("evaluate", "stories", "--data", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("UCI: 3 documents, 2 gold stories", result.Out);
        Assert.Contains("1 incomplete last record skipped", result.Out);
        Assert.Matches(@"stories\s+gold stories\s+1\.000\s+1\.000\s+1\.000\s+\(2\)", result.Out);
        Assert.Contains("CATEGORY", result.Out);
    }

    [Fact]
    public void A_folder_of_neither_layout_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("evaluate", "stories", "--data", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("neither gold.json", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void Gold_naming_a_missing_document_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("docs"));
        File.WriteAllText(temp.File("gold.json"), """{"gone.txt": {"event": "1a", "topic": "1"}}""");

        var result = Cli.Run("evaluate", "stories", "--data", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("gone.txt", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void The_bench_streams_the_asked_number_of_articles_from_a_tiny_corpus_and_reports_rates_and_memory()
    {
        using var temp = new TempFolder();
        var bodies = new[]
        {
            "The Bank of Canada left its key lending rate at 7.25 pct on Tuesday,\nciting steady growth in the second quarter.",
            "Grain shipments from the port of Duluth rose 12 pct in March to 1.4 mln tonnes,\nthe port authority said.",
            "Acme Corp said it agreed to buy Widget Inc for 250 mln dlrs in cash,\na deal it expects to close by June.",
        };
        File.WriteAllText(temp.File("reut2-000.sgm"), string.Concat(bodies.Select((b, i) =>
            $"<REUTERS NEWID=\"{i + 1}\"><TEXT><TITLE>T</TITLE><BODY>{b}\n Reuter\n&#3;</BODY></TEXT></REUTERS>\n")));

        var result = Cli.Run("bench", "stories", "--articles", "2000", "--corpus", temp.Path);

        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(2000, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("articlesPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("firstSegmentArticlesPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("peakWorkingSetMegabytes").GetDouble() > 0);
        var stories = root.GetProperty("stories").GetInt32();
        Assert.InRange(stories, 1, 2000);
    }

    [Fact]
    public void The_bench_without_a_corpus_is_one_line_and_exit_code_1()
    {
        using var temp = new TempFolder();

        var result = Cli.Run("bench", "stories", "--articles", "10", "--corpus", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reut2-", result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void The_replica_stream_is_the_same_for_the_same_seed_and_recurs_its_stories()
    {
        IEnumerable<string> Source() => ["First story about wheat exports of 300 mln tonnes.\nSecond paragraph here.", "Another story on oil prices at 18 dlrs.\nMore text follows."];

        var one = new ReplicaStream(Source, 11).Generate(500).ToList();
        var two = new ReplicaStream(Source, 11).Generate(500).ToList();

        Assert.Equal(one.Select(a => a.Text), two.Select(a => a.Text));
        Assert.Equal(500, one.Count);
        Assert.True(one.Select(a => a.SourceStory).Distinct().Count() < 500, "replicas recur their stories");
        Assert.True(one.Zip(one.Skip(1)).All(p => p.First.Published < p.Second.Published));
    }
}
