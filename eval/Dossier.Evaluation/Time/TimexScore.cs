using Dossier.Core.Analysis.Time;
using Dossier.Core.Model;

namespace Dossier.Evaluation.Time;

/// <summary>
/// TempEval-3's timex scores. A system timex matches a gold one strictly when the spans are equal and relaxed when
/// they overlap; each is matched at most once. Type and value accuracy are over the relaxed matches; the type and
/// value F1 count a relaxed match with the right attribute against both the system's and the gold's totals, as the
/// TempEval-3 task paper reports them.
/// </summary>
public sealed class TimexScore
{
    public int Gold { get; private set; }
    public int System { get; private set; }
    public int Strict { get; private set; }
    public int Relaxed { get; private set; }
    public int TypeCorrect { get; private set; }
    public int ValueCorrect { get; private set; }

    /// <summary>Adds one document. <paramref name="onPair"/> sees each gold timex with its match (or null) and each unmatched system timex.</summary>
    public void Add(IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimeExpression> system, Action<GoldTimex?, TimeExpression?>? onPair = null)
    {
        Gold += gold.Count;
        System += system.Count;
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            int match = -1;
            // Prefer the exact span, else the first overlapping one.
            for (int s = 0; s < system.Count && match < 0; s++) if (!used[s] && system[s].Span == g.Span) match = s;
            for (int s = 0; s < system.Count && match < 0; s++) if (!used[s] && Overlaps(system[s].Span, g.Span)) match = s;
            if (match < 0)
            {
                onPair?.Invoke(g, null);
                continue;
            }
            used[match] = true;
            var found = system[match];
            Relaxed++;
            if (found.Span == g.Span) Strict++;
            if (found.TypeName == g.Type) TypeCorrect++;
            if (found.Value == g.Value) ValueCorrect++;
            onPair?.Invoke(g, found);
        }
        for (int s = 0; s < system.Count; s++) if (!used[s]) onPair?.Invoke(null, system[s]);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    public (double Precision, double Recall, double F1) StrictSpan => Prf(Strict);
    public (double Precision, double Recall, double F1) RelaxedSpan => Prf(Relaxed);
    public (double Precision, double Recall, double F1) TypeScore => Prf(TypeCorrect);
    public (double Precision, double Recall, double F1) ValueScore => Prf(ValueCorrect);
    public double TypeAccuracy => Relaxed == 0 ? 0 : (double)TypeCorrect / Relaxed;
    public double ValueAccuracy => Relaxed == 0 ? 0 : (double)ValueCorrect / Relaxed;

    private (double, double, double) Prf(int correct)
    {
        double p = System == 0 ? 0 : (double)correct / System;
        double r = Gold == 0 ? 0 : (double)correct / Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
