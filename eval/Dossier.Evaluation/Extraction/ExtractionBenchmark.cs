using System.Diagnostics;

namespace Dossier.Evaluation.Extraction;

/// <summary>
/// Times whole-page extraction as ingest does it (parsing, main text, metadata, block classification) over the
/// benchmark's pages, on the calling thread. Pages are decoded into memory first, so file reading and decompression
/// are not timed, as for the peers.
/// </summary>
public static class ExtractionBenchmark
{
    public sealed record Result(int Pages, double Megabytes, double BestSeconds, long AllocatedBytesPerPage, long PeakWorkingSetBytes)
    {
        public double PagesPerSecond => Pages / BestSeconds;

        public double MegabytesPerSecond => Megabytes / BestSeconds;
    }

    /// <summary>Untimed rounds first, the same number the Readability.js script runs: both JITs reach their optimised code.</summary>
    public const int WarmUpRounds = 3;

    public static Result Run(IReadOnlyList<ExtractionPage> pages, int rounds)
    {
        var megabytes = pages.Sum(p => (double)System.Text.Encoding.UTF8.GetByteCount(p.Html)) / 1e6;
        for (var round = 0; round < WarmUpRounds; round++) ExtractAll(pages);
        var best = double.MaxValue;
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            ExtractAll(pages);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        using var process = Process.GetCurrentProcess();
        return new Result(pages.Count, megabytes, best, allocated / pages.Count, process.PeakWorkingSet64);
    }

    private static void ExtractAll(IReadOnlyList<ExtractionPage> pages)
    {
        foreach (var page in pages) ExtractionEvaluation.PredictBody(page.Key, page.Html);
    }
}
