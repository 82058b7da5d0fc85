using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>How a word is capitalised: a strong cue for names, and the same in every language written in Latin letters.</summary>
internal enum Capitalisation : byte
{
    Other,
    Lower,
    Initial,
    AllCaps,
    Letter,
    Mixed,
    Digits,
    AlphaNumeric,
}

/// <summary>What the tagger knows about one token before it looks at its neighbours: computed once per token.</summary>
internal struct TokenInfo
{
    /// <summary>Hash of the word as written, and of its lower-cased form.</summary>
    public ulong Word;
    public ulong Lower;

    /// <summary>Hash of the word's shape: letters as X/x, digits as d, runs collapsed ("Xx", "X.X.", "d,d").</summary>
    public ulong Shape;

    public Capitalisation Capitalisation;

    /// <summary>Word clusters at each level the cluster file holds (0 when the word has none).</summary>
    public ulong Cluster0, Cluster1, Cluster2, Cluster3;

    /// <summary>Gazetteer lists covering the token (bit set, two bits per list: begins a match, inside one).</summary>
    public uint Gazetteer;

    /// <summary>How the word is usually written in running news text (0 unknown).</summary>
    public byte UsualCase;

    public static Capitalisation Classify(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) { upper++; letters++; }
            else if (char.IsLower(c)) { lower++; letters++; }
            else if (char.IsLetter(c)) letters++;
            else if (char.IsDigit(c)) digits++;
        }
        if (letters == 0) return digits > 0 ? Capitalisation.Digits : Capitalisation.Other;
        if (digits > 0) return Capitalisation.AlphaNumeric;
        if (upper == 0) return Capitalisation.Lower;
        if (lower == 0) return letters == 1 ? Capitalisation.Letter : Capitalisation.AllCaps;
        return char.IsUpper(FirstLetter(word)) && !HasUpperAfterFirst(word) ? Capitalisation.Initial : Capitalisation.Mixed;
    }

    private static char FirstLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLetter(c)) return c;
        return ' ';
    }

    private static bool HasUpperAfterFirst(ReadOnlySpan<char> word)
    {
        bool seenLetter = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsLetter(c)) continue;
            // "Coca-Cola", "Al-Qaeda" and "O'Brien" are capitalised words, not mixed case.
            if (seenLetter && char.IsUpper(c) && i > 0 && char.IsLetter(word[i - 1])) return true;
            seenLetter = true;
        }
        return false;
    }

    public static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[8];
        int n = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            if (k == last) continue;
            last = k;
            if (n == shape.Length) break;
            shape[n++] = k;
        }
        return FeatureHash.Of(shape[..n]);
    }
}
