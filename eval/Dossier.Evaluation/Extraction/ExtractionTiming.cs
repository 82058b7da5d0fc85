using System.Diagnostics;
using Dossier.Core.Extraction;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;

namespace Dossier.Evaluation.Extraction;

/// <summary>Best-of-runs milliseconds per page: parsing, main-text extraction on the parsed tree, and metadata reading.</summary>
public sealed record ExtractionTimes(int Pages, double AverageKilobytes, double ParseMs, double MainTextMs, double MetadataMs);

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
        // Metadata (read by another component) is timed apart; the main text gets the title it would be given.
        var titles = new string?[documents.Length];
        var bestMetadata = double.MaxValue;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < documents.Length; i++) titles[i] = PageMetadataReader.Read(documents[i], null).Title?.Value;
            if (run > 0) bestMetadata = Math.Min(bestMetadata, watch.Elapsed.TotalMilliseconds);
        }
        var bestMainText = double.MaxValue;
        var sink = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < documents.Length; i++) sink += HtmlTextExtractor.MainText(documents[i], titles[i]).Blocks.Count;
            if (run > 0) bestMainText = Math.Min(bestMainText, watch.Elapsed.TotalMilliseconds);
        }
        GC.KeepAlive(sink);
        var kilobytes = pages.Average(p => p.Html.Length) / 1024.0;
        return new ExtractionTimes(pages.Count, kilobytes, bestParse / pages.Count, bestMainText / pages.Count, bestMetadata / pages.Count);
    }
}
