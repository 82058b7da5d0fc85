using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Training;

/// <summary>
/// Precision, recall and F1 of predicted spans of one kind (content or source) against gold spans, two ways:
/// overlapping (a predicted span counts when it shares a character with a gold span, each predicted span matched to at
/// most one gold span and each gold span to at most one predicted span, largest overlaps first) and exact (the same
/// characters once surrounding spaces and , . ; : are trimmed from each piece).
/// </summary>
public sealed class SpanScore
{
    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int OverlapMatches { get; private set; }

    public int ExactMatches { get; private set; }

    public double OverlapPrecision => Ratio(OverlapMatches, Predicted);

    public double OverlapRecall => Ratio(OverlapMatches, Gold);

    public double OverlapF1 => F1(OverlapPrecision, OverlapRecall);

    public double ExactPrecision => Ratio(ExactMatches, Predicted);

    public double ExactRecall => Ratio(ExactMatches, Gold);

    public double ExactF1 => F1(ExactPrecision, ExactRecall);

    /// <summary>Adds one document's spans (each a list of fragments in text order).</summary>
    public void Add(string text, IReadOnlyList<IReadOnlyList<TextSpan>> gold, IReadOnlyList<IReadOnlyList<TextSpan>> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        var pairs = new List<(int Overlap, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        for (int p = 0; p < predicted.Count; p++)
        {
            int overlap = Overlap(gold[g], predicted[p]);
            if (overlap > 0) pairs.Add((overlap, g, p));
        }
        var goldTaken = new bool[gold.Count];
        var predictedTaken = new bool[predicted.Count];
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.G).ThenBy(x => x.P))
        {
            if (goldTaken[g] || predictedTaken[p]) continue;
            goldTaken[g] = predictedTaken[p] = true;
            OverlapMatches++;
        }

        var exact = new HashSet<string>(gold.Select(g => Key(text, g)), StringComparer.Ordinal);
        foreach (var p in predicted) if (exact.Remove(Key(text, p))) ExactMatches++;
    }

    private static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        int total = 0;
        foreach (var x in a)
        foreach (var y in b)
            total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        return total;
    }

    private static string Key(string text, IReadOnlyList<TextSpan> fragments) =>
        string.Join(';', fragments.Select(f => Trim(text, f)).Where(f => !f.IsEmpty).Select(f => $"{f.Start} {f.End}"));

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && IsTrimmed(text[start])) start++;
        while (end > start && IsTrimmed(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or ';' or ':';

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>The scores of attributions: content spans and source spans.</summary>
public sealed class AttributionScore
{
    public SpanScore Content { get; } = new();

    public SpanScore Source { get; } = new();

    public void Add(string text, IReadOnlyList<Attribution> gold, IReadOnlyList<Attribution> predicted)
    {
        Content.Add(text, gold.Select(a => a.Content).ToList(), predicted.Select(a => a.Content).ToList());
        Source.Add(text, Sources(gold), Sources(predicted));
    }

    private static List<IReadOnlyList<TextSpan>> Sources(IReadOnlyList<Attribution> attributions) =>
        attributions.Where(a => a.Source is not null).Select(a => (IReadOnlyList<TextSpan>)[a.Source!.Value]).ToList();
}
