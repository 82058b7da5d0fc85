namespace Dossier.Core.Analysis.Entities.Training;

/// <summary>
/// conlleval's score: a predicted name counts only when its words and its type both match a gold name exactly.
/// Precision, recall and F1 per type and over all types (micro-averaged, as conlleval does).
/// </summary>
public sealed class NameScore
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];

    public int Tokens { get; private set; }

    public void Add(IReadOnlyList<(int Start, int End, EntityType Type)> gold, IReadOnlyList<(int Start, int End, EntityType Type)> predicted, int tokens)
    {
        Tokens += tokens;
        foreach (var name in gold) _gold[(int)name.Type]++;
        foreach (var name in predicted)
        {
            _predicted[(int)name.Type]++;
            if (gold.Contains(name)) _correct[(int)name.Type]++;
        }
    }

    public (int Gold, int Predicted, int Correct) Counts(EntityType? type) => type is { } t
        ? (_gold[(int)t], _predicted[(int)t], _correct[(int)t])
        : (_gold.Sum(), _predicted.Sum(), _correct.Sum());

    public double Precision(EntityType? type = null) => Ratio(Counts(type).Correct, Counts(type).Predicted);

    public double Recall(EntityType? type = null) => Ratio(Counts(type).Correct, Counts(type).Gold);

    public double F1(EntityType? type = null)
    {
        double p = Precision(type), r = Recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
