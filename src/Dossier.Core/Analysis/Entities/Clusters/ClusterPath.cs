namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// A word's place in the cluster tree: its bit string from the root ("0110…") and the number of its leaf cluster.
/// Words with the same path are in the same fine cluster; a shared prefix means a shared coarser cluster.
/// </summary>
public readonly record struct ClusterPath(string Bits, int Leaf)
{
    /// <summary>The longest prefix <see cref="PrefixId"/> can number.</summary>
    public const int MaxIdLength = 30;

    public int Length => Bits.Length;

    /// <summary>The first <paramref name="length"/> bits, or the whole path when it is shorter (as Brown-cluster
    /// features are usually taken).</summary>
    public ReadOnlySpan<char> Prefix(int length) => Bits.AsSpan(0, Math.Clamp(length, 0, Bits.Length));

    /// <summary>
    /// The prefix of that length as one number, unique among all prefixes of up to <see cref="MaxIdLength"/> bits:
    /// a leading 1 then the bits, so "01" and "001" differ. For features without building strings.
    /// </summary>
    public int PrefixId(int length)
    {
        var prefix = Prefix(Math.Min(length, MaxIdLength));
        int id = 1;
        foreach (char bit in prefix) id = (id << 1) | (bit == '1' ? 1 : 0);
        return id;
    }

    public override string ToString() => Bits;
}
