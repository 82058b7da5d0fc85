namespace Dossier.Core.Stories;

/// <summary>
/// MinHash signatures of shingle sets: for each of <see cref="Hashes"/> fixed hash functions, the least hash over
/// the set. Two sets agree at one position with probability equal to their Jaccard similarity, so the share of
/// agreeing positions estimates it (standard error at most 0.05 with 120 hashes). Each function xors in its own key,
/// then multiplies and xor-shifts, keeping the high 32 bits. A plain multiply-add (a·x + b) was tried first and
/// overestimated similarity by 0.03 to 0.12 on the test texts: an added constant only rotates the order of the
/// hashes, so the minimum favours the same elements across functions. The keys come from a fixed splitmix64
/// sequence: the same signature in every process, so it may be stored.
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
                var value = Mix(shingle ^ offsets[i], multipliers[i]);
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

    /// <summary>One hash of the family: a multiply and xor-shift rounds, keyed by the function's constants.</summary>
    private static uint Mix(ulong x, ulong multiplier)
    {
        x *= multiplier;
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        return (uint)(x >> 32);
    }

    private static ulong NextSplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
