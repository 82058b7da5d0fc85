using System.Diagnostics;
using Dossier.Core.Extraction;
using Dossier.Core.Html;

namespace Dossier.Evaluation.Extraction;

/// <summary>Best-of-runs milliseconds per page for parsing, and for extraction alone on already parsed trees.</summary>
public sealed record ExtractionTimes(int Pages, double AverageKilobytes, double ParseMs, double ExtractMs);

/// <summary>
/// Times parsing and extraction separately: every page is parsed first and the trees kept, so that the extraction
/// figure excludes the parser. Each is repeated and the best run counts, because other work on the machine only
/// ever makes a run slower.
/// </summary>
public static class ExtractionTiming
{
    public static ExtractionTimes Measure(IReadOnlyList<ExtractionPage> pages, int runs)
    {
        runs = Math.Clamp(runs, 1, 100);
        var documents = new HtmlDocument[pages.Count];
        var bestParse = double.MaxValue;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < pages.Count; i++) documents[i] = HtmlDocument.Parse(pages[i].Html);
            // Run 0 warms up the JIT and caches and is not counted.
            if (run > 0) bestParse = Math.Min(bestParse, watch.Elapsed.TotalMilliseconds);
        }
        var bestExtract = double.MaxValue;
        var sink = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var document in documents) sink += HtmlTextExtractor.Extract(document).Blocks.Count;
            if (run > 0) bestExtract = Math.Min(bestExtract, watch.Elapsed.TotalMilliseconds);
        }
        GC.KeepAlive(sink);
        var kilobytes = pages.Average(p => p.Html.Length) / 1024.0;
        return new ExtractionTimes(pages.Count, kilobytes, bestParse / pages.Count, bestExtract / pages.Count);
    }
}
