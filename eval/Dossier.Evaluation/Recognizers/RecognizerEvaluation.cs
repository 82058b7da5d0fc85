using System.Globalization;
using System.Text.Json;
using Dossier.Core.Analysis.Quantities;

namespace Dossier.Evaluation.Recognizers;

/// <summary>
/// A guess at one spec case: the (span, resolved value) pairs found in an input. Each value is already normalised to
/// the form <see cref="RecognizerEvaluation"/> compares (see docs/EVALUATION.md, "recognizers").
/// </summary>
public delegate IReadOnlyList<(int Start, int End, string Value)> CaseResolver(string input, DateTime? reference);

/// <summary>The score of one category: cases right among those the spec does not mark, and the marked ones apart.</summary>
public sealed record CategoryScore(string Category, string File, bool Wired, int Cases, int Scored, int Right, int Marked, int MarkedRight)
{
    public double Share => Scored == 0 ? 0 : (double)Right / Scored;
}

/// <summary>
/// Scores Dossier on the Microsoft Recognizers-Text English test specs. A case is right when the set of
/// (span, normalised value) pairs we find in its Input equals the set in its Results. Cases the spec marks
/// NotSupported or NotSupportedByDesign (for any platform) are scored apart and printed, never dropped.
/// </summary>
public static class RecognizerEvaluation
{
    /// <summary>The categories, each with its spec file under the Specs folder.</summary>
    public static readonly IReadOnlyList<(string Category, string File)> Categories =
    [
        ("Number", "Number/English/NumberModel.json"),
        ("Percent", "Number/English/PercentModel.json"),
        ("Currency", "NumberWithUnit/English/CurrencyModel.json"),
        ("DateTime", "DateTime/English/DateTimeModel.json"),
    ];

    /// <summary>Cases past this many in one file are not read: the real files hold under a thousand.</summary>
    public const int MaxCases = 100_000;

    /// <summary>Scores every category; <paramref name="dateTime"/> is null until a time tagger is wired in.</summary>
    public static List<CategoryScore> Run(string specsDirectory, CaseResolver? dateTime = null)
    {
        if (!Directory.Exists(specsDirectory))
            throw new EvaluationDataException($"no such folder: '{specsDirectory}'");
        if (!Categories.Any(c => File.Exists(Path.Combine(specsDirectory, c.File))))
            throw new EvaluationDataException(
                $"'{specsDirectory}' is not a Recognizers-Text Specs folder: none of {string.Join(", ", Categories.Select(c => c.File))} is in it");
        var scores = new List<CategoryScore>();
        foreach (var (category, file) in Categories)
        {
            var path = Path.Combine(specsDirectory, file);
            if (!File.Exists(path)) continue;
            var cases = ReadCases(path);
            CaseResolver? resolver = category switch
            {
                "Number" => ResolveNumbers,
                "Percent" => (input, _) => ResolveFigures(input, QuantityKind.Percent),
                "Currency" => (input, _) => ResolveFigures(input, QuantityKind.Money),
                _ => dateTime,
            };
            scores.Add(Score(category, file, cases, resolver));
        }
        return scores;
    }

    public static CategoryScore Score(string category, string file, IReadOnlyList<SpecCase> cases, CaseResolver? resolver)
    {
        int scored = 0, right = 0, marked = 0, markedRight = 0;
        foreach (var c in cases)
        {
            if (c.Marked) marked++;
            else scored++;
            if (resolver is null) continue;
            var ours = resolver(c.Input, c.Reference).Select(r => (r.Start, r.End, r.Value)).Order().ToList();
            var gold = c.Expected.Order().ToList();
            if (!ours.SequenceEqual(gold)) continue;
            if (c.Marked) markedRight++;
            else right++;
        }
        return new CategoryScore(category, file, resolver is not null, cases.Count, scored, right, marked, markedRight);
    }

    /// <summary>One case of a spec file: the input, its expected (span, value) pairs, and whether the spec marks it unsupported.</summary>
    public sealed record SpecCase(string Input, DateTime? Reference, IReadOnlyList<(int Start, int End, string Value)> Expected, bool Marked);

    public static List<SpecCase> ReadCases(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new EvaluationDataException($"cannot read '{path}': {ex.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new EvaluationDataException($"'{path}' is not a Recognizers-Text spec: its top level is not a list of cases");
            var cases = new List<SpecCase>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (cases.Count == MaxCases) break;
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("Input", out var input) || input.ValueKind != JsonValueKind.String)
                    throw new EvaluationDataException($"'{path}': case {cases.Count + 1} has no Input text");
                bool marked = item.TryGetProperty("NotSupported", out _) || item.TryGetProperty("NotSupportedByDesign", out _);
                DateTime? reference = null;
                if (item.TryGetProperty("Context", out var context) && context.ValueKind == JsonValueKind.Object
                    && context.TryGetProperty("ReferenceDateTime", out var r) && r.ValueKind == JsonValueKind.String
                    && DateTime.TryParse(r.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)) reference = when;
                var expected = new List<(int, int, string)>();
                if (item.TryGetProperty("Results", out var results) && results.ValueKind == JsonValueKind.Array)
                {
                    foreach (var result in results.EnumerateArray()) expected.Add(Expected(result));
                }
                cases.Add(new SpecCase(input.GetString()!, reference, expected, marked));
            }
            return cases;
        }
    }

    private static (int, int, string) Expected(JsonElement result)
    {
        int start = result.TryGetProperty("Start", out var s) && s.TryGetInt32(out var si) ? si : -1;
        int end = result.TryGetProperty("End", out var e) && e.TryGetInt32(out var ei) ? ei + 1 : -1; // the spec's End is inclusive
        string type = result.TryGetProperty("TypeName", out var t) ? t.GetString() ?? "" : "";
        string value = "null";
        if (result.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object)
        {
            var raw = resolution.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var unit = resolution.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            if (type == "datetimeV2" || type.StartsWith("datetimeV2.", StringComparison.Ordinal)) value = DateTimeValue(resolution);
            else if (type == "percentage") value = raw is null ? "null" : PercentValue(raw);
            else if (type == "currency") value = CurrencyValue(raw, unit);
            else value = raw is null ? "null" : NumberValue(raw);
        }
        return (start, end, value);
    }

    /// <summary>A number in twelve significant digits, so "0.666666666666667" and 2/3 agree.</summary>
    public static string Normalise(double value) =>
        Math.Abs(value) < 1e-300 ? "0" : value.ToString("G12", CultureInfo.InvariantCulture);

    private static string NumberValue(string raw) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? Normalise(v) : "?" + raw;

    private static string PercentValue(string raw) => NumberValue(raw.TrimEnd('%').Trim()) + "%";

    /// <summary>The spec's unit names as ISO 4217 codes; cents and pence as hundredths of dollars and pounds.</summary>
    private static readonly Dictionary<string, (string Code, double Factor)> CurrencyUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dollar"] = ("USD", 1), ["United States dollar"] = ("USD", 1), ["Cent"] = ("USD", 0.01), ["Euro"] = ("EUR", 1),
        ["Pound"] = ("GBP", 1), ["British pound"] = ("GBP", 1), ["Pence"] = ("GBP", 0.01), ["Penny"] = ("GBP", 0.01),
        ["Japanese yen"] = ("JPY", 1), ["Chinese yuan"] = ("CNY", 1), ["Canadian dollar"] = ("CAD", 1),
        ["Australian dollar"] = ("AUD", 1), ["Hong Kong dollar"] = ("HKD", 1), ["New Zealand dollar"] = ("NZD", 1),
        ["Mexican peso"] = ("MXN", 1), ["Swiss franc"] = ("CHF", 1), ["Franc"] = ("FRF", 1), ["Finnish markka"] = ("FIM", 1),
        ["Netherlands guilder"] = ("NLG", 1), ["Peseta"] = ("ESP", 1), ["Rupee"] = ("INR", 1), ["Turkish lira"] = ("TRY", 1),
        ["Bitcoin"] = ("BTC", 1), ["Korean won"] = ("KRW", 1), ["South Korean won"] = ("KRW", 1),
    };

    private static string CurrencyValue(string? raw, string? unit)
    {
        var (code, factor) = unit is not null && CurrencyUnits.TryGetValue(unit, out var known) ? known : ("?" + unit, 1.0);
        if (raw is null) return "null " + code;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return "?" + raw + " " + code;
        return Normalise(v * factor) + " " + code;
    }

    /// <summary>A DateTime result as the sorted, distinct TIMEX values of its resolution ("2019-01-04", "XXXX-WXX-1").</summary>
    private static string DateTimeValue(JsonElement resolution)
    {
        var timexes = new SortedSet<string>(StringComparer.Ordinal);
        if (resolution.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in values.EnumerateArray())
            {
                if (v.TryGetProperty("timex", out var t) && t.ValueKind == JsonValueKind.String) timexes.Add(t.GetString()!);
            }
        }
        return timexes.Count == 0 ? "null" : string.Join("|", timexes);
    }

    private static IReadOnlyList<(int, int, string)> ResolveNumbers(string input, DateTime? _) =>
        QuantityTagger.Numbers(input).Where(f => f.Amount.Kind == QuantityKind.Number)
            .Select(f => (f.Span.Start, f.Span.End, Normalise(f.Amount.Value))).ToList();

    private static IReadOnlyList<(int, int, string)> ResolveFigures(string input, QuantityKind kind) =>
        QuantityTagger.Figures(input).Where(f => f.Amount.Kind == kind)
            .Select(f => (f.Span.Start, f.Span.End, kind == QuantityKind.Percent
                ? Normalise(f.Amount.Value) + "%"
                : Normalise(f.Amount.Value) + " " + f.Amount.Unit)).ToList();
}
