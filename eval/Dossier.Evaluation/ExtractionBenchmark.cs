using System.Diagnostics;
using System.IO.Compression;
using Dossier.Core.Extraction;
using Dossier.Core.Ingest;

namespace Dossier.Evaluation;

/// <summary>
/// Times whole-page extraction (parsing, main text and metadata) over a folder of gzipped pages, on the calling thread.
/// Pages are decoded into memory first, so file reading and decompression are not timed, as for the peers.
/// </summary>
public static class ExtractionBenchmark
{
    public sealed record Result(int Pages, double Megabytes, double BestSeconds, long AllocatedBytesPerPage, long PeakWorkingSetBytes)
    {
        public double PagesPerSecond => Pages / BestSeconds;

        public double MegabytesPerSecond => Megabytes / BestSeconds;
    }

    public static Result Run(string dataDir, int rounds)
    {
        var pages = LoadPages(dataDir);
        var megabytes = pages.Sum(p => (double)System.Text.Encoding.UTF8.GetByteCount(p)) / 1e6;
        ExtractAll(pages); // warm-up: tiered JIT reaches its optimised code before timing starts
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

    private static void ExtractAll(List<string> pages)
    {
        foreach (var page in pages) HtmlTextExtractor.Extract(page);
    }

    private static List<string> LoadPages(string dataDir)
    {
        var htmlDir = Path.Combine(dataDir, "html");
        if (!Directory.Exists(htmlDir)) throw new EvaluationDataException($"no 'html' folder of gzipped pages in '{dataDir}'");
        var pages = new List<string>();
        foreach (var file in Directory.EnumerateFiles(htmlDir, "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            if (TextDecoder.Decode(bytes.ToArray(), file).Text is { } text) pages.Add(text);
        }
        if (pages.Count == 0) throw new EvaluationDataException($"no .html.gz pages in '{htmlDir}'");
        return pages;
    }
}
