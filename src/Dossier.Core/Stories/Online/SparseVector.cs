namespace Dossier.Core.Stories.Online;

/// <summary>A small sparse vector of named weights, L2-normalised once built; what an article brings to the clusterer.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([]);

    public SparseVector(Dictionary<string, float> weights)
    {
        Weights = weights;
        double norm = 0;
        foreach (var w in weights.Values) norm += w * w;
        if (norm > 0)
        {
            float scale = (float)(1 / Math.Sqrt(norm));
            foreach (var key in weights.Keys.ToList()) weights[key] *= scale;
        }
        // Sorted once: the index is queried and posted with the heaviest keys several times per article.
        Ordered = [.. weights.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key)];
    }

    public Dictionary<string, float> Weights { get; }

    /// <summary>The keys, heaviest first (ties by key, so the order is repeatable).</summary>
    public string[] Ordered { get; }

    /// <summary>The <paramref name="count"/> heaviest keys.</summary>
    public ReadOnlySpan<string> Top(int count) => Ordered.AsSpan(0, Math.Min(count, Ordered.Length));
}

/// <summary>
/// The running sum of the vectors of a story's (or topic's) articles, kept to its heaviest keys so a story that grows
/// for weeks stays the same size. Its cosine with an article vector is the article's similarity to the story's centroid.
/// </summary>
internal sealed class Centroid(int capacity)
{
    private readonly Dictionary<string, float> _sums = new(StringComparer.Ordinal);
    private double _normSquared;
    private double _norm;

    public IReadOnlyDictionary<string, float> Sums => _sums;

    public void Add(SparseVector vector)
    {
        foreach (var (key, weight) in vector.Weights)
        {
            ref float sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_sums, key, out _);
            _normSquared += (2 * sum + weight) * (double)weight; // (s + w)² − s²
            sum += weight;
        }
        if (_sums.Count > 2 * capacity)
        {
            // Prune to the heaviest keys only now and then, so the cost per article stays constant on average.
            foreach (var key in _sums.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(_sums.Count - capacity).Select(e => e.Key).ToList())
                _sums.Remove(key);
            Renormalise();
        }
        _norm = Math.Sqrt(Math.Max(0, _normSquared));
    }

    private void Renormalise()
    {
        _normSquared = 0;
        foreach (var w in _sums.Values) _normSquared += (double)w * w;
    }

    /// <summary>Forgets everything: for a story that aged out, whose id is all that is kept.</summary>
    public void Clear()
    {
        _sums.Clear();
        _sums.TrimExcess();
        _normSquared = 0;
        _norm = 0;
    }

    public void Add(Centroid other)
    {
        foreach (var (key, weight) in other._sums) _sums[key] = _sums.GetValueOrDefault(key) + weight;
        Renormalise();
        Add(SparseVector.Empty);
    }

    public double Cosine(SparseVector vector)
    {
        if (_norm == 0) return 0;
        double dot = 0;
        foreach (var (key, weight) in vector.Weights)
            if (_sums.TryGetValue(key, out var sum)) dot += weight * sum;
        return dot / _norm;
    }

    public double Cosine(Centroid other)
    {
        if (_norm == 0 || other._norm == 0) return 0;
        var (small, large) = _sums.Count <= other._sums.Count ? (_sums, other._sums) : (other._sums, _sums);
        double dot = 0;
        foreach (var (key, weight) in small)
            if (large.TryGetValue(key, out var w)) dot += weight * w;
        return dot / (_norm * other._norm);
    }
}
