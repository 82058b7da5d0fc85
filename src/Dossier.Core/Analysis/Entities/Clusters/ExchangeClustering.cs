using System.Diagnostics;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// The exchange algorithm for a two-sided class bigram model (Kneser and Ney 1993; Martin, Liermann and Ney 1998):
/// every word in turn is taken out of its class and put into the class that most raises the likelihood of the
/// text under p(w_i | w_{i−1}) = p(c_i | c_{i−1}) · p(w_i | c_i), until few words move.
/// </summary>
/// <remarks>
/// Up to constants the log-likelihood is Q = Σ_{c,d} F(N(c,d)) − Σ_c F(N(c,·)) − Σ_d F(N(·,d)), with F(x) = x ln x
/// and N the class bigram counts: the same average mutual information that Brown clustering maximises. Moving one
/// word touches only the rows and columns of its old and new class, so each candidate class costs one sweep over
/// the classes of the word's neighbours. Deterministic: words are visited in a fixed order (most frequent first),
/// a word only moves for a strictly better class, and all sums are taken in the same order every run.
/// </remarks>
internal sealed class ExchangeClustering
{
    // A move must gain more than this (in nats over the whole text), so rounding noise never swaps equal classes.
    private const double MinGain = 1e-7;

    private readonly BigramCounts bigrams;
    private readonly int classes;
    private readonly int[] classOf;
    private readonly int[] n;          // n[c * classes + d]: bigrams with the first word in c and the second in d
    private readonly int[] nT;         // the same counts transposed, so column sweeps read memory in order
    private readonly long[] left;      // bigrams whose first word is in c
    private readonly long[] right;     // bigrams whose second word is in d
    private readonly int[] wordLeft;   // bigrams whose first word is w (its own successors' counts)
    private readonly int[] wordRight;

    // Scratch for one word: its successors and predecessors summed by class.
    private readonly int[] nextByClass, prevByClass;
    private readonly int[] nextClasses, nextCounts, prevClasses, prevCounts;

    private ExchangeClustering(BigramCounts bigrams, int classes)
    {
        this.bigrams = bigrams;
        this.classes = classes;
        int words = bigrams.WordCount;
        classOf = new int[words];
        for (int w = 0; w < words; w++) classOf[w] = w % classes;
        n = new int[classes * classes];
        nT = new int[classes * classes];
        left = new long[classes];
        right = new long[classes];
        wordLeft = new int[words];
        wordRight = new int[words];
        nextByClass = new int[classes];
        prevByClass = new int[classes];
        nextClasses = new int[classes];
        nextCounts = new int[classes];
        prevClasses = new int[classes];
        prevCounts = new int[classes];

        for (int u = 0; u < words; u++)
        {
            for (int j = bigrams.NextStart[u]; j < bigrams.NextStart[u + 1]; j++)
            {
                int v = bigrams.Next[j], count = bigrams.NextCount[j];
                int c = classOf[u], d = classOf[v];
                n[c * classes + d] += count;
                nT[d * classes + c] += count;
                left[c] += count;
                right[d] += count;
                wordLeft[u] += count;
                wordRight[v] += count;
            }
        }
    }

    /// <summary>The class of every word, 0..<paramref name="classes"/>-1. Words are visited in id order, so give
    /// the most frequent words the lowest ids; word w starts in class w mod <paramref name="classes"/>.</summary>
    public static Result Run(BigramCounts bigrams, int classes, int maxIterations, double minMovedShare, TextWriter? log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        var exchange = new ExchangeClustering(bigrams, classes);
        int iterations = 0;
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            var watch = Stopwatch.StartNew();
            int moved = exchange.Sweep();
            iterations = iteration;
            log?.WriteLine($"  exchange pass {iteration}: {moved:N0} words moved, objective {exchange.Objective():F0}, {watch.Elapsed.TotalSeconds:F1} s");
            if (moved <= minMovedShare * bigrams.WordCount) break;
        }

        return new Result(exchange.classOf, exchange.n, exchange.left, exchange.right, iterations);
    }

    /// <summary>The final classes and their bigram counts.</summary>
    public sealed record Result(int[] ClassOf, int[] ClassBigrams, long[] Left, long[] Right, int Iterations);

    /// <summary>Q up to a constant; higher is better.</summary>
    public double Objective()
    {
        double q = 0;
        foreach (int x in n) q += XLogX.Of(x);
        for (int c = 0; c < classes; c++) q -= XLogX.Of(left[c]) + XLogX.Of(right[c]);
        return q;
    }

    /// <summary>One pass over all words; returns how many changed class.</summary>
    private int Sweep()
    {
        int moved = 0;
        for (int w = 0; w < bigrams.WordCount; w++)
        {
            int self = Gather(w, out int nextLength, out int prevLength);
            int from = classOf[w];
            Move(w, from, -1, self, nextLength, prevLength);
            int best = from;
            double bestGain = GainOfJoining(from, w, self, nextLength, prevLength);
            for (int c = 0; c < classes; c++)
            {
                if (c == from) continue;
                double gain = GainOfJoining(c, w, self, nextLength, prevLength);
                if (gain > bestGain + MinGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }

            Move(w, best, +1, self, nextLength, prevLength);
            classOf[w] = best;
            if (best != from) moved++;
            Release(nextLength, prevLength);
        }

        return moved;
    }

    /// <summary>Sums word w's successors and predecessors by class into the scratch lists; returns the count of (w, w).</summary>
    private int Gather(int w, out int nextLength, out int prevLength)
    {
        int self = 0;
        nextLength = 0;
        for (int j = bigrams.NextStart[w]; j < bigrams.NextStart[w + 1]; j++)
        {
            int v = bigrams.Next[j];
            if (v == w)
            {
                self += bigrams.NextCount[j];
                continue;
            }

            int c = classOf[v];
            if (nextByClass[c] == 0) nextClasses[nextLength++] = c;
            nextByClass[c] += bigrams.NextCount[j];
        }

        prevLength = 0;
        for (int j = bigrams.PrevStart[w]; j < bigrams.PrevStart[w + 1]; j++)
        {
            int u = bigrams.Prev[j];
            if (u == w) continue; // already counted as a successor
            int c = classOf[u];
            if (prevByClass[c] == 0) prevClasses[prevLength++] = c;
            prevByClass[c] += bigrams.PrevCount[j];
        }

        for (int k = 0; k < nextLength; k++) nextCounts[k] = nextByClass[nextClasses[k]];
        for (int k = 0; k < prevLength; k++) prevCounts[k] = prevByClass[prevClasses[k]];
        return self;
    }

    private void Release(int nextLength, int prevLength)
    {
        for (int k = 0; k < nextLength; k++) nextByClass[nextClasses[k]] = 0;
        for (int k = 0; k < prevLength; k++) prevByClass[prevClasses[k]] = 0;
    }

    /// <summary>Adds (sign +1) or removes (−1) word w's bigrams to or from class c's counts.</summary>
    private void Move(int w, int c, int sign, int self, int nextLength, int prevLength)
    {
        int row = c * classes;
        for (int k = 0; k < nextLength; k++)
        {
            int d = nextClasses[k], count = sign * nextCounts[k];
            n[row + d] += count;
            nT[d * classes + c] += count;
        }

        for (int k = 0; k < prevLength; k++)
        {
            int d = prevClasses[k], count = sign * prevCounts[k];
            n[d * classes + c] += count;
            nT[row + d] += count;
        }

        n[row + c] += sign * self;
        nT[row + c] += sign * self;
        left[c] += sign * wordLeft[w];
        right[c] += sign * wordRight[w];
    }

    /// <summary>How much Q would grow if word w (now in no class) joined class c.</summary>
    private double GainOfJoining(int c, int w, int self, int nextLength, int prevLength)
    {
        int row = c * classes;
        var nRow = n.AsSpan(row, classes);
        var nTRow = nT.AsSpan(row, classes);
        double gain = 0;
        for (int k = 0; k < nextLength; k++)
        {
            int x = nRow[nextClasses[k]];
            gain += XLogX.Of(x + nextCounts[k]) - XLogX.Of(x);
        }

        for (int k = 0; k < prevLength; k++)
        {
            int x = nTRow[prevClasses[k]];
            gain += XLogX.Of(x + prevCounts[k]) - XLogX.Of(x);
        }

        // Both sweeps above treated the (c, c) cell on its own; it really gets both increments and the self-pairs.
        int cc = nRow[c], toNext = nextByClass[c], toPrev = prevByClass[c];
        if (toNext > 0) gain -= XLogX.Gain(cc, toNext);
        if (toPrev > 0) gain -= XLogX.Gain(cc, toPrev);
        gain += XLogX.Gain(cc, toNext + toPrev + self);
        gain -= XLogX.Gain(left[c], wordLeft[w]) + XLogX.Gain(right[c], wordRight[w]);
        return gain;
    }
}
