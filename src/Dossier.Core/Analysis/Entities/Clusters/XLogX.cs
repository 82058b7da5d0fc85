namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// x·ln x for counts, the one function the class-bigram objective is made of. Small counts, by far the most
/// common, come from a table; the exchange step evaluates it billions of times.
/// </summary>
internal static class XLogX
{
    private const int TableSize = 1 << 20;

    private static readonly double[] Table = BuildTable();

    public static double Of(long x) => (ulong)x < TableSize ? Table[x] : x * Math.Log(x);

    /// <summary>How much x·ln x grows when <paramref name="x"/> grows by <paramref name="add"/>.</summary>
    public static double Gain(long x, long add) => Of(x + add) - Of(x);

    /// <summary>F(x + y) − F(x) − F(y): what joining two counts into one adds (0 when either is 0).</summary>
    public static double Join(long x, long y) => x == 0 || y == 0 ? 0 : Of(x + y) - Of(x) - Of(y);

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (int x = 1; x < TableSize; x++) table[x] = x * Math.Log(x);
        return table;
    }
}
