namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// What the gazetteer lists say about one token: for list k, bit 2k is set when a match of that list begins at the
/// token and bit 2k+1 when the token continues one. A plain <see cref="uint"/>, so a sentence's hits fit in a span
/// with no allocation and a tagger can turn them into features with a few shifts.
/// </summary>
public readonly record struct GazetteerHits(uint Bits)
{
    /// <summary>The most lists one set of hits can describe: two bits each in 32.</summary>
    public const int MaxLists = 16;

    public bool IsEmpty => Bits == 0;

    /// <summary>A match of list <paramref name="list"/> starts at this token.</summary>
    public bool Begins(int list) => (Bits & BeginBit(list)) != 0;

    /// <summary>This token continues a match of list <paramref name="list"/> that started earlier.</summary>
    public bool Inside(int list) => (Bits & InsideBit(list)) != 0;

    /// <summary>A match of list <paramref name="list"/> covers this token (begins or continues there).</summary>
    public bool Covers(int list) => (Bits & (BeginBit(list) | InsideBit(list))) != 0;

    internal static uint BeginBit(int list) => 1u << (2 * list);

    internal static uint InsideBit(int list) => 2u << (2 * list);

    public override string ToString() => $"0x{Bits:X8}";
}
