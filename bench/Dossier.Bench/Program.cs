using System.Diagnostics;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Running;
using Dossier.Core.Extraction;
using Dossier.Core.Html;

namespace Dossier.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Dossier.Bench` runs the BenchmarkDotNet suite (pass BenchmarkDotNet's own
/// arguments, e.g. --filter '*'); `... -- quick [--data DIR] [--seconds N]` times the same work with a stopwatch on one
/// thread and prints MB/s and pages/s, in a few seconds. `... -- quick metadata [--data DIR] [--seconds N] [--dump FILE]`
/// parses the pages first and times only the metadata reader (see <see cref="MetadataBench"/>). `... -- quick gazetteers`
/// times loading the gazetteers and matching them over CoNLL-2003 (see <see cref="GazetteerBench"/>). `... -- quick neardup`
/// times the near-duplicate index on the Reuters-21578 stream (see <see cref="NearDuplicateBench"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "quick" && args[1] == "gazetteers") return GazetteerBench.Run(args[2..]);
        if (args.Length > 1 && args[0] == "quick" && args[1] == "neardup") return NearDuplicateBench.Run(args[2..]);
        if (args.Length > 0 && args[0] == "quick") return Quick(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Quick(string[] args)
    {
        string? data = null, dump = null;
        var seconds = 3.0;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--data") data = args[i + 1];
            if (args[i] == "--seconds") seconds = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            if (args[i] == "--dump") dump = args[i + 1];
        }
        var pages = Pages.Load(Pages.Folder(data));
        var bytes = Pages.Bytes(pages);
        Console.WriteLine($"{pages.Count} pages, {bytes / 1e6:F1} MB (UTF-8), {bytes / 1e3 / pages.Count:F0} KB a page");
        if (args.Length > 0 && args[0] == "metadata") return MetadataBench.Run(pages, seconds, dump);

        var angleSharp = new HtmlParser();
        PrintTreeSizes(pages);
        Measure("AngleSharp ParseDocument", pages, bytes, seconds, page => angleSharp.ParseDocument(page).All.Length);
        Measure("Dossier HtmlDocument.Parse", pages, bytes, seconds, page => HtmlDocument.Parse(page).Body.Children.Count);
        Measure("Dossier HtmlTextExtractor.Extract", pages, bytes, seconds, page => HtmlTextExtractor.Extract(page).Blocks.Count);
        return 0;
    }

    /// <summary>What the parser builds per page on average: the allocations follow from these counts.</summary>
    private static void PrintTreeSizes(List<string> pages)
    {
        long elements = 0, texts = 0, attributes = 0, attributeChars = 0;
        foreach (var page in pages)
        {
            foreach (var node in HtmlDocument.Parse(page).Root.Descendants())
            {
                if (node.IsText)
                {
                    texts++;
                    continue;
                }
                elements++;
                attributes += node.Attributes.Count;
                foreach (var attribute in node.Attributes) attributeChars += attribute.Value.Length;
            }
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var page in pages) HtmlDocument.Parse(page);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"a page: {elements / pages.Count} elements, {texts / pages.Count} text nodes, {attributes / pages.Count} attributes " +
                          $"({attributeChars / pages.Count} chars of values); parsing allocates {allocated / pages.Count / 1024} KB");
    }

    private static void Measure(string name, List<string> pages, long bytes, double seconds, Func<string, int> work)
    {
        var (best, rounds, sink) = BestRound(pages, seconds, work);
        Console.WriteLine($"{name,-36} {bytes / 1e6 / best,8:F1} MB/s {pages.Count / best,8:F0} pages/s  (best of {rounds}, {sink % 10})");
    }

    private const double WarmUpSeconds = 5;

    /// <summary>The fastest of the rounds over all items (at least two, for at least <paramref name="seconds"/>), after a warm-up.</summary>
    internal static (double BestSeconds, int Rounds, int Sink) BestRound<T>(List<T> items, double seconds, Func<T, int> work)
    {
        var sink = 0;
        // Warm up for a while, not one round: the runtime compiles hot methods fully in the background, on the same
        // core when the process is pinned to one.
        var total = Stopwatch.StartNew();
        do
        {
            foreach (var item in items) sink += work(item);
        } while (total.Elapsed.TotalSeconds < WarmUpSeconds);
        var best = double.MaxValue;
        total.Restart();
        var rounds = 0;
        while (total.Elapsed.TotalSeconds < seconds || rounds < 2)
        {
            var round = Stopwatch.StartNew();
            foreach (var item in items) sink += work(item);
            best = Math.Min(best, round.Elapsed.TotalSeconds);
            rounds++;
        }
        return (best, rounds, sink);
    }
}
