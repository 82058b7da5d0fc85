using System.Globalization;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Evaluation.Stories;

/// <summary>One prepared document of a fitting set: the article as the product reads it, and its gold story and topic.</summary>
public sealed record FittingCase(string Name, Article Article, string GoldStory, string? GoldTopic);

/// <summary>
/// Fits the online clusterer's weights and thresholds to a labelled set (ECB+ dev) by grid search, scoring each setting
/// by BCubed F1 averaged over several shuffled stream orders so a setting that suits one order by luck does not win.
/// Stories are fitted first (story decisions do not depend on topics), then, with those fixed, the topic settings.
/// Articles are prepared once and streamed again for every setting; the clusterer never changes them.
/// </summary>
public static class StoryFitting
{
    public static readonly double[] TermNameAnchor = [0.2, 0.5];
    public static readonly double[] JoinThresholds = [0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3];
    public static readonly double[] SplitThresholds = [0.4, 0.45, 0.5, 0.55];
    public static readonly double[] TopicThresholds = [0.12, 0.15, 0.18, 0.22, 0.26, 0.3];
    public static readonly double[] TopicMergeThresholds = [0.2, 0.25, 0.3, 0.35, 0.4];
    public static readonly double[] TopicNameWeights = [0, 0.2, 0.5];

    public static List<FittingCase> Prepare(StoryDataSet data, ArticlePipeline pipeline)
    {
        var extractor = new ArticleExtractor(new IngestOptions());
        var cases = new List<FittingCase>();
        foreach (var item in data.Cases)
        {
            var article = item.Read().Document is { } document ? extractor.Extract(document).Article : null;
            if (article is null) continue;
            pipeline.Process(article);
            cases.Add(new FittingCase(item.Name, article, item.GoldStory, item.GoldTopic));
        }
        // A fixed starting order, whatever order the data set was loaded in; each scoring run shuffles its own copy.
        cases.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return cases;
    }

    /// <summary>Mean story and topic BCubed F1 of one setting over the stream orders of <paramref name="seeds"/>.</summary>
    public static (double Stories, double Topics) Score(
        IReadOnlyList<FittingCase> cases, StoryStreamOptions options, BackgroundFrequencies? background, IReadOnlyList<int> seeds)
    {
        double stories = 0, topics = 0;
        var goldStories = cases.ToDictionary(c => c.Name, c => c.GoldStory, StringComparer.Ordinal);
        var goldTopics = cases.Where(c => c.GoldTopic is not null).ToDictionary(c => c.Name, c => c.GoldTopic!, StringComparer.Ordinal);
        foreach (int seed in seeds)
        {
            var order = cases.ToList();
            new StableRandom((ulong)seed).Shuffle(order);
            var stream = new OnlineStoryClusterer(options, background);
            var assigned = order.Select(c => (c.Name, Assignment: stream.Add(c.Article))).ToList();
            var final = assigned.ToDictionary(a => a.Name, a => ((IStoryStream)stream).Resolve(a.Assignment), StringComparer.Ordinal);
            stories += BCubed.Score(goldStories, final.ToDictionary(f => f.Key, f => f.Value.StoryId, StringComparer.Ordinal)).F1;
            topics += BCubed.Score(goldTopics, final.ToDictionary(f => f.Key, f => f.Value.TopicId, StringComparer.Ordinal)).F1;
        }
        return (stories / seeds.Count, topics / seeds.Count);
    }

    /// <summary>The best setting of the grid, starting from <paramref name="start"/>; each improvement is logged.</summary>
    public static StoryStreamOptions Fit(
        IReadOnlyList<FittingCase> cases, StoryStreamOptions start, BackgroundFrequencies? background, IReadOnlyList<int> seeds, TextWriter log)
    {
        var best = start;
        double bestStories = -1;
        foreach (double names in TermNameAnchor)
        foreach (double anchors in TermNameAnchor)
        foreach (double join in JoinThresholds)
        foreach (double split in SplitThresholds)
        {
            var options = best with { TermWeight = 1, NameWeight = names, AnchorWeight = anchors, JoinThreshold = join, SplitThreshold = split };
            var (stories, _) = Score(cases, options, background, seeds);
            if (stories <= bestStories) continue;
            (best, bestStories) = (options, stories);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stories F1 {stories:F4}: names {names}, anchors {anchors}, join {join}, split {split}"));
        }
        double bestTopics = -1;
        var storyBest = best;
        foreach (double threshold in TopicThresholds)
        foreach (double merge in TopicMergeThresholds)
        foreach (double nameWeight in TopicNameWeights)
        {
            var options = storyBest with { TopicThreshold = threshold, TopicMergeThreshold = merge, TopicNameWeight = nameWeight };
            var (_, topics) = Score(cases, options, background, seeds);
            if (topics <= bestTopics) continue;
            (best, bestTopics) = (options, topics);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"topics F1 {topics:F4}: topic threshold {threshold}, merge {merge}, name weight {nameWeight}"));
        }
        return best;
    }
}
