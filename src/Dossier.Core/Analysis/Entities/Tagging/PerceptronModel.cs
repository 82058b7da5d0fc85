using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>Scores every label for a token's features: the sum of each feature's weights.</summary>
internal interface ILabelScorer
{
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// The trained weights: for each feature key seen in training, one weight per label (averaged perceptron weights).
/// Stored sparsely on disk, dense in memory so a token is scored with one vector add per feature.
/// </summary>
internal sealed class PerceptronModel : ILabelScorer
{
    private const string Magic = "DSRNER";
    private const int Version = 1;

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;

    public PerceptronModel(Dictionary<ulong, int> index, float[] weights)
    {
        _index = index;
        _weights = weights;
    }

    public int FeatureCount => _index.Count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // 17 labels: two 8-wide vector adds and one scalar add per known feature.
        var low = Vector256<float>.Zero;
        var high = Vector256<float>.Zero;
        float last = 0;
        ref float weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        foreach (ulong feature in features)
        {
            if (!_index.TryGetValue(feature, out int row)) continue;
            ref float w = ref Unsafe.Add(ref weights, row * EntityLabels.Count);
            low += Vector256.LoadUnsafe(ref w);
            high += Vector256.LoadUnsafe(ref w, 8);
            last += Unsafe.Add(ref w, 16);
        }
        low.CopyTo(scores);
        high.CopyTo(scores[8..]);
        scores[16] = last;
    }

    /// <summary>Writes the model; features are written in key order, so the same weights give the same file.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(EntityLabels.Count);
        writer.Write(_index.Count);
        foreach (var (key, row) in _index.OrderBy(e => e.Key))
        {
            var weights = _weights.AsSpan(row * EntityLabels.Count, EntityLabels.Count);
            uint mask = 0;
            for (int y = 0; y < weights.Length; y++) if (weights[y] != 0) mask |= 1u << y;
            writer.Write(key);
            writer.Write(mask);
            for (int y = 0; y < weights.Length; y++) if (weights[y] != 0) writer.Write((Half)weights[y]);
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    public static PerceptronModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != EntityLabels.Count)
        {
            throw new InvalidDataException("not an entity model of this version; rebuild it with `dossier train entities`");
        }
        int count = reader.ReadInt32();
        var index = new Dictionary<ulong, int>(count);
        var weights = new float[count * EntityLabels.Count];
        for (int row = 0; row < count; row++)
        {
            index.Add(reader.ReadUInt64(), row);
            uint mask = reader.ReadUInt32();
            for (int y = 0; y < EntityLabels.Count; y++)
            {
                if ((mask & (1u << y)) != 0) weights[row * EntityLabels.Count + y] = (float)reader.ReadHalf();
            }
        }
        return new PerceptronModel(index, weights);
    }
}
