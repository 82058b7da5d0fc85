using System.CommandLine;
using Dossier.Evaluation.Entities;
using Dossier.Evaluation.Extraction;

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
}
