namespace Dossier.Core.Analysis.Learning;

/// <summary>
/// 64-bit hashes of words and feature keys, computed on spans without building strings. Fixed functions (not
/// string.GetHashCode, which changes per process) because the keys are stored in the model file.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text) hash = (hash ^ c) * Prime;
        return Finish(hash);
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text) hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        return Finish(hash);
    }

    /// <summary>A key for a feature template and one value.</summary>
    public static ulong Key(int template, ulong value) => Finish(value * 0x9E3779B97F4A7C15UL + (ulong)template);

    public static ulong Key(int template, ulong a, ulong b) => Key(template, Finish(a ^ (b * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL)));

    public static ulong Key(int template, ulong a, ulong b, ulong c) => Key(template, Finish(a ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ (c * 0x27D4EB2F165667C5UL));

    private static ulong Finish(ulong x)
    {
        // splitmix64's finaliser: spreads every input bit over the whole key.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
