using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;

namespace Dossier.Bench;

/// <summary>
/// `quick metadata`: the page metadata reader alone, on pages parsed beforehand. Prints the time per page of the whole
/// read, then of each of its steps (the page context, then each field's reader, in the order PageMetadataReader runs
/// them), each the best of its rounds. `--dump FILE` writes everything the reader found on every page, confidences
/// included, so that two builds can be diffed to show a speed-up changed nothing.
/// </summary>
internal static class MetadataBench
{
    private static readonly string[] Steps = ["context", "url", "outlet", "title", "authors", "dates", "language"];

    public static int Run(List<string> pages, double seconds, string? dumpPath)
    {
        var documents = pages.Select(HtmlDocument.Parse).ToList();
        if (dumpPath is not null) File.WriteAllText(dumpPath, Dump(documents));

        var (best, rounds, sink) = Program.BestRound(documents, seconds, document => PageMetadataReader.Read(document).Problems.Count);
        Console.WriteLine($"{"PageMetadataReader.Read",-36} {best * 1e3 / documents.Count,8:F3} ms/page {documents.Count / best,8:F0} pages/s  (best of {rounds}, {sink % 10})");

        var bestSteps = Enumerable.Repeat(double.MaxValue, Steps.Length).ToArray();
        var stepRounds = 0;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || stepRounds < 2)
        {
            var round = new long[Steps.Length];
            foreach (var document in documents) TimeSteps(document, round);
            for (var i = 0; i < Steps.Length; i++) bestSteps[i] = Math.Min(bestSteps[i], round[i] / (double)Stopwatch.Frequency);
            stepRounds++;
        }
        for (var i = 0; i < Steps.Length; i++)
            Console.WriteLine($"  {Steps[i],-34} {bestSteps[i] * 1e3 / documents.Count,8:F3} ms/page  (best of {stepRounds})");
        return 0;
    }

    /// <summary>The steps of <see cref="PageMetadataReader.Read"/>, each timed on its own (ticks added to <paramref name="ticks"/>).</summary>
    private static void TimeSteps(HtmlDocument document, long[] ticks)
    {
        var at = Stopwatch.GetTimestamp();
        void Lap(int step)
        {
            var now = Stopwatch.GetTimestamp();
            ticks[step] += now - at;
            at = now;
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
