namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>How a word's letters are cased.</summary>
public enum CaseShape : byte
{
    /// <summary>No cased letter ("1,000", "--").</summary>
    None,
    /// <summary>Only lower-case letters ("said").</summary>
    Lower,
    /// <summary>Upper-case first letter, not all capitals ("London", "McDonald", "A").</summary>
    Capitalized,
    /// <summary>Two or more letters, all capitals ("NATO", "U.S.").</summary>
    AllCaps,
    /// <summary>Lower-case first letter with a capital later ("iPhone", "eBay").</summary>
    Mixed,
}

/// <summary>
/// The one normal form the clusters and the casing lexicon key their words by, used both when they are built and
/// when they are looked up: every digit becomes 0, so "1996", "2025" and "1,000.5" share statistics by shape
/// ("0000", "0,000.0") instead of scattering over thousands of rare numbers.
/// </summary>
public static class WordForm
{
    /// <summary>Longer tokens (URLs, runs of symbols) are not words worth a cluster; they are never keys.</summary>
    public const int MaxLength = 64;

    /// <summary>The word with its digits folded, in <paramref name="buffer"/> when it has any, else the word itself.</summary>
    /// <param name="buffer">At least as long as the word.</param>
    public static ReadOnlySpan<char> FoldDigits(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int first = IndexOfDigit(word);
        if (first < 0) return word;
        var folded = buffer[..word.Length];
        word.CopyTo(folded);
        for (int i = first; i < folded.Length; i++)
            if (char.IsDigit(folded[i])) folded[i] = '0';
        return folded;
    }

    /// <summary>The lower-cased, digit-folded key of the casing lexicon, in <paramref name="buffer"/>.</summary>
    /// <param name="buffer">At least as long as the word.</param>
    public static ReadOnlySpan<char> LowerKey(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var key = buffer[..word.Length];
        word.ToLowerInvariant(key);
        for (int i = 0; i < key.Length; i++)
            if (char.IsDigit(key[i])) key[i] = '0';
        return key;
    }

    public static CaseShape ShapeOf(ReadOnlySpan<char> word)
    {
        int letters = 0, upper = 0;
        bool firstUpper = false;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) continue;
            bool isUpper = char.IsUpper(c);
            bool isLower = char.IsLower(c);
            if (!isUpper && !isLower) continue; // uncased letters (CJK, Arabic) say nothing about case
            if (letters == 0) firstUpper = isUpper;
            letters++;
            if (isUpper) upper++;
        }

        if (letters == 0) return CaseShape.None;
        if (upper == 0) return CaseShape.Lower;
        if (upper == letters && letters >= 2) return CaseShape.AllCaps;
        return firstUpper ? CaseShape.Capitalized : CaseShape.Mixed;
    }

    private static int IndexOfDigit(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
            if (char.IsDigit(word[i])) return i;
        return -1;
    }
}
