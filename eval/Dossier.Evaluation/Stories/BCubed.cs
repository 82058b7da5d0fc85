namespace Dossier.Evaluation.Stories;

/// <summary>Item-averaged BCubed precision, recall and F1 of one clustering against a gold one.</summary>
public sealed record BCubedScore(int Items, double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// BCubed (Bagga and Baldwin): for each item, precision is the share of its predicted cluster that is in its gold
/// cluster, recall the share of its gold cluster that is in its predicted cluster; both are averaged over the items.
/// It is the standard figure for story and cross-document event clustering because, unlike pairwise counts, it does
/// not let one huge cluster dominate.
/// </summary>
public static class BCubed
{
    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="gold"/>, both mapping an item to its cluster label.
    /// The items are those of the gold; a gold item the prediction lacks counts as a cluster of its own, so a system
    /// cannot gain precision by leaving items out. Predicted items absent from the gold are ignored.
    /// </summary>
    public static BCubedScore Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0) return new BCubedScore(0, 0, 0);

        // Unlabelled items get a label no real one can equal: the NUL character cannot come from a file name or JSON key we write.
        string PredictedOf(string item) => predicted.TryGetValue(item, out var label) ? label : "\0" + item;

        // Per item, |gold ∩ predicted| is the size of the (gold, predicted) cell it falls in.
        var cells = new Dictionary<(string Gold, string Predicted), int>();
        var goldSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, label) in gold)
        {
            var p = PredictedOf(item);
            cells[(label, p)] = cells.GetValueOrDefault((label, p)) + 1;
            goldSizes[label] = goldSizes.GetValueOrDefault(label) + 1;
            predictedSizes[p] = predictedSizes.GetValueOrDefault(p) + 1;
        }

        // Each cell of n items contributes n * (n / |predicted|) to the precision sum and n * (n / |gold|) to recall.
        double precision = 0, recall = 0;
        foreach (var ((g, p), n) in cells)
        {
            precision += (double)n * n / predictedSizes[p];
            recall += (double)n * n / goldSizes[g];
        }
        return new BCubedScore(gold.Count, precision / gold.Count, recall / gold.Count);
    }
}
