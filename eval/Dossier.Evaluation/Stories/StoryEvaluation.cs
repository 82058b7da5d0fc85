using System.Diagnostics;
using System.Text.Json;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;

namespace Dossier.Evaluation.Stories;

/// <summary>What one evaluation run gave: each document's assignment, the scores, and where the time went.</summary>
public sealed record StoryEvaluationResult(
    IReadOnlyDictionary<string, StoryAssignment> Predictions,
    BCubedScore Stories,
    BCubedScore Topics,
    int PredictedStories,
    int PredictedTopics,
    int Unread,
    double PrepareSeconds,
    double AddSeconds);

/// <summary>
/// Streams a data set's documents through the product's path (extraction as for any plain-text source, then the
/// article pipeline) into an <see cref="IStoryStream"/>, one at a time in the data set's order, and scores the
/// assignments, resolved through the stream's merges at the end, with BCubed against the gold stories and topics.
/// </summary>
public static class StoryEvaluation
{
    public static StoryEvaluationResult Run(StoryDataSet data, IStoryStream stream, ArticlePipeline pipeline)
    {
        var extractor = new ArticleExtractor(new IngestOptions());
        var predictions = new Dictionary<string, StoryAssignment>(StringComparer.Ordinal);
        var unread = 0;
        var prepare = new Stopwatch();
        var add = new Stopwatch();
        foreach (var item in data.Cases)
        {
            prepare.Start();
            var read = item.Read();
            var article = read.Document is { } document ? extractor.Extract(document).Article : null;
            if (article is not null) pipeline.Process(article);
            prepare.Stop();
            if (article is null)
            {
                // Unreadable: left out of the predictions, so BCubed counts it as a story of its own.
                unread++;
                continue;
            }
            add.Start();
            predictions[item.Name] = stream.Add(article);
            add.Stop();
        }

        // Stories may have merged since an article was added: score where each article stands at the end of the stream.
        foreach (var name in predictions.Keys.ToList()) predictions[name] = stream.Resolve(predictions[name]);

        var goldStories = data.Cases.ToDictionary(c => c.Name, c => c.GoldStory, StringComparer.Ordinal);
        var goldTopics = data.Cases.Where(c => c.GoldTopic is not null).ToDictionary(c => c.Name, c => c.GoldTopic!, StringComparer.Ordinal);
        return new StoryEvaluationResult(
            predictions,
            BCubed.Score(goldStories, predictions.ToDictionary(p => p.Key, p => p.Value.StoryId, StringComparer.Ordinal)),
            BCubed.Score(goldTopics, predictions.ToDictionary(p => p.Key, p => p.Value.TopicId, StringComparer.Ordinal)),
            predictions.Values.Select(p => p.StoryId).Distinct(StringComparer.Ordinal).Count(),
            predictions.Values.Select(p => p.TopicId).Distinct(StringComparer.Ordinal).Count(),
            unread,
            prepare.Elapsed.TotalSeconds,
            add.Elapsed.TotalSeconds);
    }

    /// <summary>The predictions as <c>{name: {"story": id, "topic": id}}</c>, names in ordinal order, indented, UTF-8 without BOM.</summary>
    public static void WritePredictions(IReadOnlyDictionary<string, StoryAssignment> predictions, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        foreach (var name in predictions.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteStartObject(name);
            json.WriteString("story", predictions[name].StoryId);
            json.WriteString("topic", predictions[name].TopicId);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Reads what <see cref="WritePredictions"/> wrote, for tests and for scoring another system's output.</summary>
    public static Dictionary<string, StoryAssignment> ReadPredictions(string json)
    {
        var result = new Dictionary<string, StoryAssignment>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var entry in document.RootElement.EnumerateObject())
                result[entry.Name] = new StoryAssignment(entry.Value.GetProperty("story").GetString()!, entry.Value.GetProperty("topic").GetString()!);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new EvaluationDataException($"predictions are not {{name: {{\"story\": id, \"topic\": id}}}}: {ex.Message}");
        }
        return result;
    }
}
