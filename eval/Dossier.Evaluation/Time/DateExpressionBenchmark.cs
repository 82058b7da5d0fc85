using System.Diagnostics;
using System.Text.Json;
using Dossier.Core.Analysis.Time;

namespace Dossier.Evaluation.Time;

/// <summary>One gold DATE expression of TempEval-3 on its own: its text, its document's creation day, its gold value.</summary>
public sealed record DateCase(string Text, string Reference, string Gold);

/// <summary>
/// The side-by-side comparison with chrono-node: every gold DATE expression of the TempEval-3 training data, parsed
/// alone with its document's creation day as the reference, is right when the value equals the gold value. Both
/// systems get the same cases (written to a file for the peer) and the same comparison.
/// </summary>
public static class DateExpressionBenchmark
{
    public sealed record Result(int Cases, int Right, double BestSeconds, long PeakWorkingSetBytes)
    {
        public double Accuracy => Cases == 0 ? 0 : (double)Right / Cases;

        public double ExpressionsPerSecond => Cases / BestSeconds;
    }

    public const int WarmUpRounds = 3;

    public static List<DateCase> Cases(string directory)
    {
        var cases = new List<DateCase>();
        foreach (var file in TimeBenchmark.Files(directory))
        {
            var document = TimeMLDocument.Read(file);
            if (document.CreationTime is not { } dct) continue;
            var reference = dct.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var timex in document.Timexes.Where(t => t.Type == "DATE"))
            {
                cases.Add(new DateCase(document.Text.Substring(timex.Span.Start, timex.Span.Length), reference, timex.Value));
            }
        }
        return cases;
    }

    public static void WriteCases(IReadOnlyList<DateCase> cases, Stream stream) =>
        JsonSerializer.Serialize(stream, cases.Select(c => new { text = c.Text, reference = c.Reference, gold = c.Gold }));

    /// <summary>Another system's values for the cases, in the same order (null where it found nothing).</summary>
    public static IReadOnlyList<string?> ReadPredictions(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string?>>(File.ReadAllText(path)) ?? [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new EvaluationDataException($"cannot read predictions '{path}': {ex.Message}");
        }
    }

    public static int Right(IReadOnlyList<DateCase> cases, IReadOnlyList<string?> values)
    {
        if (values.Count != cases.Count) throw new EvaluationDataException($"{values.Count} predictions for {cases.Count} cases");
        return cases.Select((c, i) => c.Gold == values[i] ? 1 : 0).Sum();
    }

    /// <summary>Dossier on the cases: each text tagged alone with its reference day; the first expression's value counts.</summary>
    public static (Result Result, IReadOnlyList<string?> Values) Run(IReadOnlyList<DateCase> cases, int rounds)
    {
        var references = cases.Select(c => DateOnly.ParseExact(c.Reference, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var values = new string?[cases.Count];
        for (int round = 0; round < WarmUpRounds; round++) Resolve(cases, references, values);
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            Resolve(cases, references, values);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        using var process = Process.GetCurrentProcess();
        return (new Result(cases.Count, Right(cases, values), best, process.PeakWorkingSet64), values);
    }

    /// <summary>
    /// Megabytes (UTF-8) per second of time and quantity tagging together over whole documents' text, the way the
    /// dossier runs them (best of <paramref name="rounds"/> after warm-up).
    /// </summary>
    public static double TextMegabytesPerSecond(string directory, int rounds)
    {
        var texts = TimeBenchmark.Files(directory).Select(f => TimeMLDocument.Read(f)).Select(d => (d.Text, d.CreationTime)).ToList();
        double megabytes = texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t.Text)) / 1e6;
        double best = double.MaxValue;
        for (int round = 0; round < WarmUpRounds + rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var (text, reference) in texts)
            {
                TimeTagger.Tag(text, reference);
                Dossier.Core.Analysis.Quantities.QuantityTagger.Tag(text);
            }
            if (round >= WarmUpRounds) best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return megabytes / best;
    }

    private static void Resolve(IReadOnlyList<DateCase> cases, DateOnly[] references, string?[] values)
    {
        for (int i = 0; i < cases.Count; i++)
        {
            var found = TimeTagger.Tag(cases[i].Text, references[i]);
            values[i] = found.Count > 0 ? found[0].Value : null;
        }
    }
}
