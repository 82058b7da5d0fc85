namespace Dossier.Core.Analysis.Terms;

/// <summary>A sparse weighted term vector, L2-normalised, for cosine similarity between texts.</summary>
public sealed class TermVector
{
    private readonly Dictionary<string, double> _weights;

    private TermVector(Dictionary<string, double> weights) => _weights = weights;

    public IReadOnlyDictionary<string, double> Weights => _weights;

    /// <summary>Weights each term by its count (sub-linear) times its weight from <paramref name="termWeight"/>, then normalises.</summary>
    public static TermVector From(IEnumerable<string> terms, Func<string, double> termWeight)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
            counts[term] = counts.GetValueOrDefault(term) + 1;
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts)
            weights[term] = (1 + Math.Log(count)) * termWeight(term);
        return new TermVector(weights).Normalised();
    }

    /// <summary>The normalised sum of several vectors: the centroid of a group of texts.</summary>
    public static TermVector Centroid(IEnumerable<TermVector> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        foreach (var (term, weight) in vector._weights)
            sum[term] = sum.GetValueOrDefault(term) + weight;
        return new TermVector(sum).Normalised();
    }

    public double Cosine(TermVector other)
    {
        var (small, large) = _weights.Count <= other._weights.Count ? (_weights, other._weights) : (other._weights, _weights);
        var dot = 0.0;
        foreach (var (term, weight) in small)
            if (large.TryGetValue(term, out var w)) dot += weight * w;
        return dot;
    }

    private TermVector Normalised()
    {
        var norm = Math.Sqrt(_weights.Values.Sum(w => w * w));
        if (norm == 0) return this;
        foreach (var term in _weights.Keys.ToList())
            _weights[term] /= norm;
        return this;
    }
}
