using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Core.Analysis.Learning;

/// <summary>Scores every label for a token's features: the sum of each feature's weights.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>What a trainer gives a decoder: weight updates, and a tick after each sequence for the averaging.</summary>
internal interface ILearner
{
    void Update(ReadOnlySpan<ulong> features, int label, float delta);

    void EndOfSentence();
}

/// <summary>
/// Trained weights of a linear tagger: for each feature key seen in training, one weight per label (averaged
/// perceptron weights). Stored sparsely on disk, dense in memory so a token is scored with a few vector adds per feature.
/// </summary>
internal sealed class LinearModel : ILabelScorer
{
    private const int Version = 1;

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;

    public LinearModel(Dictionary<ulong, int> index, float[] weights, int labelCount)
    {
        if (labelCount is < 1 or > 32) throw new ArgumentOutOfRangeException(nameof(labelCount));
        _index = index;
        _weights = weights;
        LabelCount = labelCount;
    }

    public int LabelCount { get; }

    public int FeatureCount => _index.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int labels = LabelCount;
        int vectors = labels / 8;
        Span<Vector256<float>> sums = stackalloc Vector256<float>[4];
        sums.Clear();
        Span<float> rest = stackalloc float[8];
        rest.Clear();
        ref float weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (ulong feature in features)
        {
            if (!_index.TryGetValue(feature, out int row)) continue;
            ref float w = ref Unsafe.Add(ref weights, row * labels);
            for (int v = 0; v < vectors; v++) sums[v] += Vector256.LoadUnsafe(ref w, (nuint)(v * 8));
            for (int y = vectors * 8; y < labels; y++) rest[y - vectors * 8] += Unsafe.Add(ref w, y);
        }
        for (int v = 0; v < vectors; v++) sums[v].CopyTo(scores[(v * 8)..]);
        rest[..(labels - vectors * 8)].CopyTo(scores[(vectors * 8)..]);
    }

    /// <summary>Writes the model under <paramref name="magic"/>; features in key order, so the same weights give the same file.</summary>
    public void Write(Stream stream, string magic)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(magic);
        writer.Write(Version);
        writer.Write(LabelCount);
        writer.Write(_index.Count);
        foreach (var (key, row) in _index.OrderBy(e => e.Key))
        {
            var weights = _weights.AsSpan(row * LabelCount, LabelCount);
            uint mask = 0;
            for (int y = 0; y < weights.Length; y++) if (weights[y] != 0) mask |= 1u << y;
            writer.Write(key);
            writer.Write(mask);
            for (int y = 0; y < weights.Length; y++) if (weights[y] != 0) writer.Write((Half)weights[y]);
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model of this kind and version.</exception>
    public static LinearModel Read(Stream stream, string magic, int labelCount)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != magic || reader.ReadInt32() != Version || reader.ReadInt32() != labelCount)
        {
            throw new InvalidDataException($"not a {magic} model of this version; rebuild it with `dossier train`");
        }
        int count = reader.ReadInt32();
        var index = new Dictionary<ulong, int>(count);
        var weights = new float[count * labelCount];
        for (int row = 0; row < count; row++)
        {
            index.Add(reader.ReadUInt64(), row);
            uint mask = reader.ReadUInt32();
            for (int y = 0; y < labelCount; y++)
            {
                if ((mask & (1u << y)) != 0) weights[row * labelCount + y] = (float)reader.ReadHalf();
            }
        }
        return new LinearModel(index, weights, labelCount);
    }
}
