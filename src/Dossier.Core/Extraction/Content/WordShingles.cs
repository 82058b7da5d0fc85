using System.Runtime.CompilerServices;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Hashed runs of three words, lower-cased: a cheap fingerprint for asking whether one text contains another
/// regardless of markup, white space, punctuation and case.
/// </summary>
internal static class WordShingles
{
    private const int Size = 3;

    public static HashSet<ulong> Of(ReadOnlySpan<char> text)
    {
        var set = new HashSet<ulong>();
        Walk(text, set, null, out _, out _);
        return set;
    }

    /// <summary>How many shingles <paramref name="text"/> has, and how many of them are in <paramref name="set"/>.</summary>
    public static (int Total, int Found) Overlap(ReadOnlySpan<char> text, HashSet<ulong> set)
    {
        Walk(text, null, set, out var total, out var found);
        return (total, found);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord) count++;
            inWord = isWord;
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk(ReadOnlySpan<char> text, HashSet<ulong>? add, HashSet<ulong>? find, out int total, out int found)
    {
        total = found = 0;
        Span<ulong> window = stackalloc ulong[Size];
        var words = 0;
        var hash = 0UL;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                // FNV-1a over the lower-cased characters of the word.
                if (!inWord) hash = 14695981039346656037UL;
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
                continue;
            }
            if (!inWord) continue;
            inWord = false;
            window[words % Size] = hash;
            words++;
            if (words < Size) continue;
            var shingle = 0UL;
            for (var k = 0; k < Size; k++) shingle = (shingle * 31) ^ window[(words - Size + k) % Size];
            add?.Add(shingle);
            if (find is null) continue;
            total++;
            if (find.Contains(shingle)) found++;
        }
    }
}
