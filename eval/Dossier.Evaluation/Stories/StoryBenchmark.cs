using System.Diagnostics;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;

namespace Dossier.Evaluation.Stories;

/// <summary>
/// Times a story stream on a generated feed. Each article is prepared (extraction and the article pipeline) just before
/// it is added and dropped after, so memory holds the stream's state, not the feed; only the
/// <see cref="IStoryStream.Add"/> calls are timed, in segments, so a cost that grows with the stream shows as falling
/// segment rates.
/// </summary>
public static class StoryBenchmark
{
    public sealed record Result(
        int Articles,
        int Segment,
        double AddSeconds,
        double PrepareSeconds,
        IReadOnlyList<double> SegmentRates,
        int Stories,
        int Topics,
        long PeakWorkingSetBytes,
        long ManagedBytesAtEnd)
    {
        /// <summary>Articles per second of the clustering step alone over the whole stream.</summary>
        public double ArticlesPerSecond => Articles / Math.Max(AddSeconds, 1e-9);

        public double FirstSegmentRate => SegmentRates.Count > 0 ? SegmentRates[0] : 0;

        public double LastSegmentRate => SegmentRates.Count > 0 ? SegmentRates[^1] : 0;
    }

    public const int DefaultSegment = 10_000;

    public static Result Run(IEnumerable<SyntheticArticle> feed, IStoryStream stream, ArticlePipeline pipeline, int segment = DefaultSegment)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segment, 1);
        var extractor = new ArticleExtractor(new IngestOptions());
        var assignments = new HashSet<StoryAssignment>();
        var rates = new List<double>();
        long addTicks = 0, segmentTicks = 0, prepareTicks = 0;
        int articles = 0, inSegment = 0;
        foreach (var item in feed)
        {
            var before = Stopwatch.GetTimestamp();
            var source = new SourceDocument(item.Name, SourceFormat.PlainText, item.Text, new ArticleMetadata { Published = item.Published }, []);
            var article = extractor.Extract(source).Article;
            if (article is null) continue;
            pipeline.Process(article);
            var start = Stopwatch.GetTimestamp();
            prepareTicks += start - before;
            var assignment = stream.Add(article);
            var took = Stopwatch.GetTimestamp() - start;
            addTicks += took;
            segmentTicks += took;
            assignments.Add(assignment);
            articles++;
            if (++inSegment == segment)
            {
                rates.Add(segment / Seconds(segmentTicks));
                (inSegment, segmentTicks) = (0, 0);
            }
        }
        // A short last segment is reported too: a stream shorter than one segment still gets a rate.
        if (inSegment > 0) rates.Add(inSegment / Seconds(segmentTicks));
        // Stories may have merged along the way: count them where they stand at the end.
        var resolved = assignments.Select(stream.Resolve).ToList();
        var stories = resolved.Select(a => a.StoryId).Distinct(StringComparer.Ordinal).Count();
        var topics = resolved.Select(a => a.TopicId).Distinct(StringComparer.Ordinal).Count();
        using var process = Process.GetCurrentProcess();
        return new Result(articles, segment, Seconds(addTicks), Seconds(prepareTicks), rates, stories, topics,
            process.PeakWorkingSet64, GC.GetTotalMemory(forceFullCollection: true));
    }

    private static double Seconds(long ticks) => Math.Max((double)ticks / Stopwatch.Frequency, 1e-9);
}
