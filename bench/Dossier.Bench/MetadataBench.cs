using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;

namespace Dossier.Bench;

/// <summary>
/// `quick metadata`: the page metadata reader alone, on pages parsed beforehand. Prints the time per page of the whole
/// read (best of its rounds) and what it allocates; the same when each page is read right after it is parsed; then
/// each step on its own (the page context, then each field's reader, in the order PageMetadataReader runs them).
/// `--dump FILE` writes everything the reader found on every page, confidences included, so that two builds can be
/// diffed to show that a speed-up changed nothing.
/// </summary>
internal static class MetadataBench
{
    private static readonly string[] Steps = ["context", "url", "outlet", "title", "authors", "dates", "language"];

    public static int Run(List<string> pages, double seconds, string? dumpPath)
    {
        var documents = pages.Select(HtmlDocument.Parse).ToList();
        if (dumpPath is not null) File.WriteAllText(dumpPath, Dump(documents));

        var (best, rounds, sink) = Program.BestRound(documents, seconds, document => PageMetadataReader.Read(document).Problems.Count);
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var document in documents) PageMetadataReader.Read(document);
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / documents.Count;
        Console.WriteLine($"{"PageMetadataReader.Read",-36} {best * 1e3 / documents.Count,8:F3} ms/page {documents.Count / best,8:F0} pages/s  " +
                          $"(best of {rounds}, {sink % 10}); allocates {allocated / 1024.0:F1} KB a page");
        var (warm, warmRounds) = RightAfterParsing(pages, seconds);
        Console.WriteLine($"{"  right after parsing each page",-36} {warm * 1e3 / documents.Count,8:F3} ms/page {documents.Count / warm,8:F0} pages/s  (best of {warmRounds})");

        var bestSteps = Enumerable.Repeat(double.MaxValue, Steps.Length).ToArray();
        var stepBytes = new long[Steps.Length];
        var stepRounds = 0;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || stepRounds < 2)
        {
            var ticks = new long[Steps.Length];
            Array.Clear(stepBytes);
            foreach (var document in documents) TimeSteps(document, ticks, stepBytes);
            for (var i = 0; i < Steps.Length; i++) bestSteps[i] = Math.Min(bestSteps[i], ticks[i] / (double)Stopwatch.Frequency);
            stepRounds++;
        }
        for (var i = 0; i < Steps.Length; i++)
            Console.WriteLine($"  {Steps[i],-34} {bestSteps[i] * 1e3 / documents.Count,8:F3} ms/page  (best of {stepRounds}); " +
                              $"allocates {stepBytes[i] / 1024.0 / documents.Count,5:F1} KB a page");
        return 0;
    }

    /// <summary>
    /// The reader's time over all pages when each page is read just after it is parsed, as extraction does: the tree
    /// is then still in the processor's caches, which it is not when all pages were parsed long before. Parsing is
    /// not counted. Best of the rounds, in seconds.
    /// </summary>
    private static (double BestSeconds, int Rounds) RightAfterParsing(List<string> pages, double seconds)
    {
        var best = double.MaxValue;
        var rounds = 0;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || rounds < 3)
        {
            long ticks = 0;
            foreach (var page in pages)
            {
                var document = HtmlDocument.Parse(page);
                var start = Stopwatch.GetTimestamp();
                PageMetadataReader.Read(document);
                ticks += Stopwatch.GetTimestamp() - start;
            }
            if (rounds++ > 0) best = Math.Min(best, ticks / (double)Stopwatch.Frequency); // the first round warms up
        }
        return (best, rounds - 1);
    }

    /// <summary>The steps of <see cref="PageMetadataReader.Read"/>, each timed on its own: its ticks and allocated bytes are added up.</summary>
    private static void TimeSteps(HtmlDocument document, long[] ticks, long[] bytes)
    {
        var at = Stopwatch.GetTimestamp();
        var allocatedAt = GC.GetAllocatedBytesForCurrentThread();
        void Lap(int step)
        {
            ticks[step] += Stopwatch.GetTimestamp() - at;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            bytes[step] += allocated - allocatedAt;
            allocatedAt = allocated;
            at = Stopwatch.GetTimestamp(); // reading the allocation counter is not the next step's time
        }

        var page = new PageContext(document);
        Lap(0);
        var url = UrlReader.Read(page);
        var host = Uri.TryCreate(url?.Value, UriKind.Absolute, out var canonical) ? canonical.Host : null;
        Lap(1);
        var outlet = OutletReader.Read(page);
        Lap(2);
        TitleReader.Read(page, outlet?.Value, host);
        Lap(3);
        AuthorReader.Read(page, outlet?.Value);
        Lap(4);
        DateReader.Read(page, url?.Value);
        Lap(5);
        LanguageReader.Read(page);
        Lap(6);
    }

    private static string Dump(List<HtmlDocument> documents)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < documents.Count; i++)
        {
            var m = PageMetadataReader.Read(documents[i]);
            sb.Append("page ").Append(i).Append('\n');
            Field("title", m.Title, v => v);
            Field("outlet", m.Outlet, v => v);
            Field("url", m.CanonicalUrl, v => v);
            Field("published", m.Published, v => v.ToIso());
            Field("modified", m.Modified, v => v.ToIso());
            Field("authors", m.Authors, v => string.Join("; ", v));
            Field("language", m.Language, v => v);
            foreach (var problem in m.Problems) sb.Append("  problem ").Append(problem.Code).Append(' ').Append(problem.Message).Append('\n');
        }
        return sb.ToString();

        void Field<T>(string name, Sourced<T>? value, Func<T, string> show)
        {
            if (value is null) return;
            sb.Append("  ").Append(name).Append(" = ").Append(show(value.Value)).Append(" [").Append(value.Evidence.ToString())
                .Append(' ').Append(value.Confidence.ToString("R", CultureInfo.InvariantCulture)).Append("]\n");
        }
    }
}
