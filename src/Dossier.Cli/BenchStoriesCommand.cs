using System.CommandLine;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;
using Dossier.Evaluation.Stories;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>
    /// `dossier bench stories`: articles per second of the story stream on a generated feed of Reuters-21578 stories and
    /// their perturbed replicas, per 10,000 articles so that a cost growing with the stream shows, and peak memory.
    /// </summary>
    private static Command BenchStoriesCommand(TextWriter stdout, TextWriter stderr)
    {
        var articles = new Option<int>("--articles") { Description = "Length of the generated stream.", DefaultValueFactory = _ => 100_000 };
        var corpus = new Option<string>("--corpus") { Description = "The Reuters-21578 folder (reut2-*.sgm).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "corpora", "reuters21578") };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated stream.", DefaultValueFactory = _ => 7 };
        var command = new Command("stories", "Articles per second of the clustering step (the story stream's Add calls only; article preparation is timed apart) "
            + "on a generated stream of Reuters-21578 stories and near-duplicate replicas, with the rate of the first and last 10,000 articles and peak memory.")
        {
            articles, corpus, seed,
        };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var count = parse.GetValue(articles);
            if (count < 1 || count > 10_000_000) throw new UserErrorException("--articles must be between 1 and 10,000,000");
            if (parse.GetValue(seed) < 0) throw new UserErrorException("--seed must be 0 or more");
            var folder = parse.GetValue(corpus)!;
            try
            {
                ReutersCorpus.Files(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"cannot read the Reuters-21578 corpus: {ex.Message}");
            }
            var feed = new ReplicaStream(() => ReutersCorpus.ReadDirectory(folder), (ulong)parse.GetValue(seed)).Generate(count);
            var stream = StoryStreams.Default();
            var result = StoryBenchmark.Run(feed, stream, ArticlePipeline.Standard());
            stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                system = "dossier",
                stream = stream.GetType().Name,
                articles = result.Articles,
                timed = "IStoryStream.Add calls only",
                addSeconds = result.AddSeconds,
                articlesPerSecond = result.ArticlesPerSecond,
                firstSegmentArticlesPerSecond = result.FirstSegmentRate,
                lastSegmentArticlesPerSecond = result.LastSegmentRate,
                segment = result.Segment,
                segmentArticlesPerSecond = result.SegmentRates.Select(r => Math.Round(r)).ToArray(),
                prepareSeconds = result.PrepareSeconds,
                stories = result.Stories,
                topics = result.Topics,
                peakWorkingSetMegabytes = result.PeakWorkingSetBytes / (1024.0 * 1024.0),
                managedMegabytesAtEnd = result.ManagedBytesAtEnd / (1024.0 * 1024.0),
            }));
            return Success;
        }));
        return command;
    }
}
