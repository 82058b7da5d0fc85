namespace Dossier.Core.Stories;

/// <summary>
/// MinHash signatures of shingle sets: for each of <see cref="Hashes"/> fixed hash functions, the least hash over
/// the set. Two sets agree at one position with probability equal to their Jaccard similarity, so the share of
/// agreeing positions estimates it (standard error at most 0.05 with 120 hashes). The functions are multiply-add
/// on 64 bits keeping the high 32 (a universal family over inputs that are already well-mixed 64-bit hashes), with
/// constants drawn from a fixed splitmix64 sequence: the same signature in every process, so it may be stored.
/// </summary>
internal static class MinHash
{
    public const int Hashes = 120;

    private static readonly ulong[] Multipliers = new ulong[Hashes];
    private static readonly ulong[] Offsets = new ulong[Hashes];

    static MinHash()
    {
        var state = 0x5EED_D055_1E12_0007UL;
        for (var i = 0; i < Hashes; i++)
        {
            Multipliers[i] = NextSplitMix(ref state) | 1;
            Offsets[i] = NextSplitMix(ref state);
        }
    }

    /// <summary>Writes the signature of <paramref name="shingles"/> (non-empty) into <paramref name="signature"/>.</summary>
    public static void Sign(HashSet<ulong> shingles, Span<uint> signature)
    {
        signature[..Hashes].Fill(uint.MaxValue);
        ReadOnlySpan<ulong> multipliers = Multipliers, offsets = Offsets;
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Hashes; i++)
            {
                var value = (uint)((shingle * multipliers[i] + offsets[i]) >> 32);
                if (value < signature[i]) signature[i] = value;
            }
        }
    }

    /// <summary>How many positions two signatures agree on.</summary>
    public static int Agreements(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
            if (a[i] == b[i]) same++;
        return same;
    }

    private static ulong NextSplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
