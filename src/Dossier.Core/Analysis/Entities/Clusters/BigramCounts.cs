namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// How often each word follows each other word inside a sentence, stored both ways round (a word's successors and
/// its predecessors) as compressed rows, so the exchange step can read all of one word's neighbours in one sweep.
/// Words are dense ids 0..<see cref="WordCount"/>-1. Bigrams never cross a sentence boundary.
/// </summary>
internal sealed class BigramCounts
{
    private BigramCounts(int wordCount, int[] nextStart, int[] next, int[] nextCount, int[] prevStart, int[] prev, int[] prevCount)
    {
        WordCount = wordCount;
        NextStart = nextStart;
        Next = next;
        NextCount = nextCount;
        PrevStart = prevStart;
        Prev = prev;
        PrevCount = prevCount;
    }

    public int WordCount { get; }

    /// <summary>Word w's successors are Next[NextStart[w]..NextStart[w+1]), ascending, with their counts.</summary>
    public int[] NextStart { get; }

    public int[] Next { get; }

    public int[] NextCount { get; }

    /// <summary>Word w's predecessors are Prev[PrevStart[w]..PrevStart[w+1]), ascending, with their counts.</summary>
    public int[] PrevStart { get; }

    public int[] Prev { get; }

    public int[] PrevCount { get; }

    public int DistinctCount => Next.Length;

    /// <summary>Counts the bigrams of a token stream.</summary>
    /// <param name="tokens">Word ids; a negative id (a word left out) breaks the chain like a sentence end.</param>
    /// <param name="sentenceEnds">Exclusive ends of the sentences in <paramref name="tokens"/>.</param>
    public static BigramCounts Count(ReadOnlySpan<int> tokens, IReadOnlyList<int> sentenceEnds, int wordCount)
    {
        // Pairs as one sortable number each: sorting 3 M longs is faster and more predictable than a hash table.
        var pairs = new long[tokens.Length];
        int n = 0, start = 0;
        foreach (int end in sentenceEnds)
        {
            for (int i = start + 1; i < end; i++)
            {
                int u = tokens[i - 1], v = tokens[i];
                if (u >= 0 && v >= 0) pairs[n++] = (long)u * wordCount + v;
            }

            start = end;
        }

        Array.Sort(pairs, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++)
            if (i == 0 || pairs[i] != pairs[i - 1]) distinct++;

        var nextStart = new int[wordCount + 1];
        var next = new int[distinct];
        var nextCount = new int[distinct];
        int k = -1;
        for (int i = 0; i < n; i++)
        {
            if (i == 0 || pairs[i] != pairs[i - 1])
            {
                k++;
                int u = (int)(pairs[i] / wordCount);
                next[k] = (int)(pairs[i] % wordCount);
                nextStart[u + 1]++;
            }

            nextCount[k]++;
        }

        for (int w = 0; w < wordCount; w++) nextStart[w + 1] += nextStart[w];

        // The predecessor rows: the same pairs bucketed by their second word. Walking u in ascending order keeps
        // each row sorted.
        var prevStart = new int[wordCount + 1];
        foreach (int v in next) prevStart[v + 1]++;
        for (int w = 0; w < wordCount; w++) prevStart[w + 1] += prevStart[w];
        var fill = prevStart[..wordCount];
        var prev = new int[distinct];
        var prevCount = new int[distinct];
        for (int u = 0; u < wordCount; u++)
        {
            for (int j = nextStart[u]; j < nextStart[u + 1]; j++)
            {
                int slot = fill[next[j]]++;
                prev[slot] = u;
                prevCount[slot] = nextCount[j];
            }
        }

        return new BigramCounts(wordCount, nextStart, next, nextCount, prevStart, prev, prevCount);
    }
}
