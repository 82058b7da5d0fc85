namespace Dossier.Core.Analysis.Quotes;

/// <summary>What a stretch of one wording is against another.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words that both wordings share, or that only the first (removed) or the second (added) has.</summary>
public readonly record struct DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// Compares two wordings of a quote word by word. Words compare by their letters and digits, case aside, so "well."
/// and "well," are the same word and only real word changes show. Alignment is a longest common subsequence, over at
/// most <see cref="MaxWords"/> words of each wording (the rest is compared as a whole tail).
/// </summary>
public static class WordDiff
{
    /// <summary>Longest wording aligned word by word: bounds the quadratic alignment.</summary>
    public const int MaxWords = 150;

    /// <summary>The words of a wording as written (split at white space).</summary>
    public static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A word's comparison key: its letters and digits, lower-cased ("Well." → "well"); empty for bare punctuation.</summary>
    public static string Key(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        var n = 0;
        foreach (var c in word)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (n == buffer.Length) break;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }

    /// <summary>The segments that turn <paramref name="from"/> into <paramref name="to"/>, adjacent words of one kind joined.</summary>
    public static IReadOnlyList<DiffSegment> Compare(string from, string to)
    {
        var a = Words(from);
        var b = Words(to);
        var (aHead, bHead) = (a.Take(MaxWords).ToArray(), b.Take(MaxWords).ToArray());
        var pairs = Align(aHead.Select(Key).ToArray(), bHead.Select(Key).ToArray());
        var segments = new List<DiffSegment>();
        int i = 0, j = 0;
        foreach (var (pi, pj) in pairs)
        {
            for (; i < pi; i++) Append(segments, DiffKind.Removed, aHead[i]);
            for (; j < pj; j++) Append(segments, DiffKind.Added, bHead[j]);
            Append(segments, DiffKind.Same, bHead[pj]);
            i = pi + 1;
            j = pj + 1;
        }
        for (; i < a.Length; i++) Append(segments, DiffKind.Removed, a[i]);
        for (; j < b.Length; j++) Append(segments, DiffKind.Added, b[j]);
        return segments;
    }

    /// <summary>Length of the longest common subsequence of two key sequences.</summary>
    public static int CommonLength(IReadOnlyList<string> a, IReadOnlyList<string> b) => Align(a, b).Count;

    private static void Append(List<DiffSegment> segments, DiffKind kind, string word)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = new DiffSegment(kind, segments[^1].Text + " " + word);
        else segments.Add(new DiffSegment(kind, word));
    }

    /// <summary>Index pairs of a longest common subsequence (dynamic programming; ties keep the earlier words of <paramref name="a"/>).</summary>
    private static List<(int, int)> Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int n = Math.Min(a.Count, MaxWords), m = Math.Min(b.Count, MaxWords);
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        for (var j = m - 1; j >= 0; j--)
            table[i, j] = a[i].Length > 0 && a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        var pairs = new List<(int, int)>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x].Length > 0 && a[x] == b[y])
            {
                pairs.Add((x, y));
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1]) x++;
            else y++;
        }
        return pairs;
    }
}
