namespace Dossier.Core.Analysis.Learning;

/// <summary>
/// The averaged perceptron's bookkeeping: current weights that a decoder moves after each wrong label, and running
/// totals from which <see cref="Averaged"/> gives the average over all steps, which generalises far better than the
/// last weights. Features get a row the first time they are updated.
/// </summary>
internal sealed class AveragedPerceptron : ILearner, ILabelScorer
{
    private readonly Dictionary<ulong, int> _index = [];
    private readonly int _labels;
    private float[] _weights;
    private double[] _totals;
    private long _step = 1;

    public AveragedPerceptron(int labelCount)
    {
        _labels = labelCount;
        _weights = new float[(1 << 16) * labelCount];
        _totals = new double[_weights.Length];
    }

    public int FeatureCount => _index.Count;

    public void Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (ulong feature in features)
        {
            int at = Row(feature) * _labels + label;
            _weights[at] += delta;
            _totals[at] += delta * _step;
        }
    }

    public void EndOfSentence() => _step++;

    /// <summary>Scores with the current (not averaged) weights, as the perceptron learns.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[.._labels].Clear();
        foreach (ulong feature in features)
        {
            if (!_index.TryGetValue(feature, out int row)) continue;
            var weights = _weights.AsSpan(row * _labels, _labels);
            for (int y = 0; y < _labels; y++) scores[y] += weights[y];
        }
    }

    /// <summary>
    /// The averaged weights (w − Σ step·Δ / steps). Weights smaller than <paramref name="dropBelow"/> are set to zero and
    /// features left with none are dropped, which keeps the model small.
    /// </summary>
    public LinearModel Averaged(float dropBelow = 1e-3f)
    {
        var index = new Dictionary<ulong, int>();
        var weights = new List<float>();
        Span<float> row = stackalloc float[_labels];
        foreach (var (feature, r) in _index.OrderBy(e => e.Key))
        {
            bool any = false;
            for (int y = 0; y < _labels; y++)
            {
                int at = r * _labels + y;
                float average = (float)(_weights[at] - _totals[at] / _step);
                row[y] = Math.Abs(average) < dropBelow ? 0 : average;
                any |= row[y] != 0;
            }
            if (!any) continue;
            index.Add(feature, index.Count);
            foreach (float w in row) weights.Add(w);
        }
        return new LinearModel(index, [.. weights], _labels);
    }

    private int Row(ulong feature)
    {
        ref int row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, feature, out bool exists);
        if (!exists)
        {
            row = _index.Count - 1;
            if ((row + 1) * _labels > _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
                Array.Resize(ref _totals, _totals.Length * 2);
            }
        }
        return row;
    }
}
