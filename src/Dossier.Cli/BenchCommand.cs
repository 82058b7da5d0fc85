using System.CommandLine;
using Dossier.Evaluation.Entities;
using Dossier.Evaluation.Extraction;
using Dossier.Evaluation.Time;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier bench TASK`: throughput and memory of one stage on real data, on one thread.</summary>
    private static Command BenchCommand(TextWriter stdout, TextWriter stderr)
    {
        var bench = new Command("bench", "Measure the speed and memory of a stage on one thread (run under `taskset -c 0` for one core).");

        var dataOption = new Option<string>("--data") { Description = "The Zyte benchmark folder: ground-truth.json and html/KEY.html.gz.", Required = true };
        var roundsOption = new Option<int>("--rounds") { Description = "Timed rounds over all pages after one warm-up round; the best is reported.", DefaultValueFactory = _ => 5 };
        var extraction = new Command("extraction", "Pages per second of whole-page extraction as ingest does it: parsing, main text, metadata, block labels.") { dataOption, roundsOption };
        extraction.SetAction(parse => Guard(stderr, () =>
        {
            var rounds = parse.GetValue(roundsOption);
            if (rounds < 1) throw new UserErrorException("--rounds must be at least 1");
            var result = ExtractionBenchmark.Run(ExtractionDataSet.Load(parse.GetValue(dataOption)!), rounds);
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                system = "dossier",
                pages = result.Pages,
                seconds = result.BestSeconds,
                pagesPerSecond = result.PagesPerSecond,
                megabytesPerSecond = result.MegabytesPerSecond,
                allocatedKilobytesPerPage = result.AllocatedBytesPerPage / 1024.0,
                peakWorkingSetMegabytes = result.PeakWorkingSetBytes / (1024.0 * 1024.0),
            }));
            return Success;
        }));
        bench.Add(extraction);
        bench.Add(BenchEntitiesCommand(stdout, stderr));
        bench.Add(BenchTimeCommand(stdout, stderr));
        bench.Add(BenchStoriesCommand(stdout, stderr));
        return bench;
    }

    private static Command BenchEntitiesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-2003 file whose documents are tagged (eng.testa).", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds after two warm-up rounds; the best is reported.", DefaultValueFactory = _ => 5 };
        var models = new Option<string?>("--models") { Description = "Load the models from this folder instead of the built-in ones." };
        var command = new Command("entities", "Tokens per second of the entity tagger, with and without tokenizing, and the model's load time.") { data, rounds, models };
        command.SetAction(parse => Guard(stderr, () =>
        {
            if (parse.GetValue(rounds) < 1) throw new UserErrorException("--rounds must be at least 1");
            var documents = ReadConll(parse.GetValue(data)!);
            var result = EntityBenchmark.Run(documents, parse.GetValue(rounds), () => LoadTagger(parse.GetValue(models)));
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                system = "dossier",
                modelLoadSeconds = result.LoadSeconds,
                tokens = result.Tokens,
                tokensPerSecond = result.TokensPerSecond,
                rawTextTokensPerSecond = result.RawTextTokensPerSecond,
                allocatedBytesPerToken = result.AllocatedBytesPerToken,
                peakWorkingSetMegabytes = result.PeakWorkingSetBytes / (1024.0 * 1024.0),
            }));
            return Success;
        }));
        return command;
    }

    private static Command BenchTimeCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The TempEval-3 folder of .tml files: each gold DATE expression is one case.", Required = true };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds after three warm-up rounds; the best is reported.", DefaultValueFactory = _ => 5 };
        var writeCases = new Option<string?>("--write-cases") { Description = "Also write the cases (text, reference, gold) as JSON, for a peer to parse." };
        var score = new Option<string?>("--score") { Description = "Score a peer's values for the cases instead (a JSON array, same order, null for none)." };
        var command = new Command("time", "Accuracy and expressions per second of date resolution on TempEval-3's gold DATE expressions, each parsed alone.") { data, rounds, writeCases, score };
        command.SetAction(parse => Guard(stderr, () =>
        {
            if (parse.GetValue(rounds) < 1) throw new UserErrorException("--rounds must be at least 1");
            var cases = DateExpressionBenchmark.Cases(parse.GetValue(data)!);
            if (parse.GetValue(writeCases) is { } path)
            {
                try
                {
                    using var file = File.Create(path);
                    DateExpressionBenchmark.WriteCases(cases, file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UserErrorException($"cannot write '{path}': {ex.Message}");
                }
            }
            if (parse.GetValue(score) is { } predictions)
            {
                int right = DateExpressionBenchmark.Right(cases, DateExpressionBenchmark.ReadPredictions(predictions));
                stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { cases = cases.Count, right, accuracy = (double)right / Math.Max(1, cases.Count) }));
                return Success;
            }
            var (result, _) = DateExpressionBenchmark.Run(cases, parse.GetValue(rounds));
            var textSpeed = DateExpressionBenchmark.TextMegabytesPerSecond(parse.GetValue(data)!, parse.GetValue(rounds));
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                system = "dossier",
                cases = result.Cases,
                right = result.Right,
                accuracy = result.Accuracy,
                seconds = result.BestSeconds,
                expressionsPerSecond = result.ExpressionsPerSecond,
                timeAndQuantitiesMegabytesPerSecond = textSpeed,
                peakWorkingSetMegabytes = result.PeakWorkingSetBytes / (1024.0 * 1024.0),
            }));
            return Success;
        }));
        return command;
    }
}
