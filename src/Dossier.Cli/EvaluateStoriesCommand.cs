using System.CommandLine;
using System.Globalization;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;
using Dossier.Evaluation.Stories;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>
    /// `dossier evaluate stories --data DIR`: BCubed of the story stream's stories against gold events (ECB+) or story
    /// ids (UCI), and of its topics against gold topics (ECB+) or categories (UCI).
    /// </summary>
    private static Command EvaluateStoriesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "ECB+ (a folder with docs/*.txt and gold.json) or UCI News Aggregator (a folder with uci-news-aggregator*.csv, or the file).", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write {document: {\"story\": id, \"topic\": id}} as JSON to this file." };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffled order ECB+ documents are streamed in (UCI is streamed by timestamp).", DefaultValueFactory = _ => StoryDataSet.DefaultSeed };
        var models = new Option<string?>("--models") { Description = "Use the entity model in this folder instead of the one built into the program." };
        var command = new Command("stories", "BCubed precision, recall and F1 of stories and topics, articles streamed one at a time into the story stream.") { data, predictions, seed, models };
        command.SetAction(parse => Guard(stderr, () =>
        {
            if (parse.GetValue(seed) < 0) throw new UserErrorException("--seed must be 0 or more");
            var dataSet = StoryDataSet.Load(parse.GetValue(data)!, parse.GetValue(seed));
            var pipeline = parse.GetValue(models) is { } folder ? ArticlePipeline.Standard().WithStage(new EntityStage(LoadTagger(folder))) : ArticlePipeline.Standard();
            var stream = StoryStreams.Default();
            var result = StoryEvaluation.Run(dataSet, stream, pipeline);
            var ci = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(ci,
                $"{dataSet.Layout}: {dataSet.Cases.Count} documents, {dataSet.Cases.Select(c => c.GoldStory).Distinct().Count()} gold stories; stream: {stream.GetType().Name}"));
            if (dataSet.SkippedRecords > 0) stdout.WriteLine(string.Create(ci, $"{dataSet.SkippedRecords} incomplete last record skipped"));
            if (result.Unread > 0) stdout.WriteLine(string.Create(ci, $"{result.Unread} document(s) gave no article and count as stories of their own"));
            stdout.WriteLine("level    against                precision  recall  F1     (clusters)");
            stdout.WriteLine(string.Create(ci, $"stories  {"gold stories",-21}  {result.Stories.Precision,9:F3}  {result.Stories.Recall,6:F3}  {result.Stories.F1:F3}  ({result.PredictedStories})"));
            stdout.WriteLine(string.Create(ci, $"topics   {dataSet.TopicGold,-21}  {result.Topics.Precision,9:F3}  {result.Topics.Recall,6:F3}  {result.Topics.F1:F3}  ({result.PredictedTopics})"));
            stdout.WriteLine(string.Create(ci,
                $"articles prepared in {result.PrepareSeconds:F2} s; clustering (Add calls only) {result.AddSeconds:F3} s, {result.Predictions.Count / Math.Max(result.AddSeconds, 1e-9):F0} articles/s, one thread, including JIT warm-up"));
            if (parse.GetValue(predictions) is { } path)
            {
                try
                {
                    using var file = File.Create(path);
                    StoryEvaluation.WritePredictions(result.Predictions, file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UserErrorException($"cannot write '{path}': {ex.Message}");
                }
                stdout.WriteLine($"predictions written to {path}");
            }
            return Success;
        }));
        return command;
    }
}
