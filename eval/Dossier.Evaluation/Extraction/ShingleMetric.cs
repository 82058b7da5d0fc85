using System.Globalization;
using System.Text;

namespace Dossier.Evaluation.Extraction;

/// <summary>Shingle counts of one page: true positives, false positives and false negatives, divided by their sum.</summary>
public readonly record struct ShingleCounts(double Tp, double Fp, double Fn)
{
    /// <summary>The benchmark's per-page precision: 1 when nothing is wrong, 0 when nothing is right, tp/(tp+fp) otherwise.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fp == 0 ? 0 : Tp / (Tp + Fp);

    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp == 0 && Fn == 0 ? 0 : Tp / (Tp + Fn);

    /// <summary>Per-page F1, only for finding the worst pages; the benchmark's F1 is computed from the averages.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The benchmark's averages over pages and the F1 computed from them.</summary>
public readonly record struct ShingleScore(double Precision, double Recall, double F1, double Accuracy);

/// <summary>
/// The metric of the Zyte article-extraction benchmark (scrapinghub/article-extraction-benchmark, evaluate.py),
/// reimplemented so that our figures compare with the published ones: Python's Unicode <c>\w+</c> tokens, 4-token
/// shingles counted as a multiset, per-page counts normalised to sum to 1, precision averaged over the pages that
/// predicted something, recall over the pages whose gold has something, and F1 from those two averages.
/// </summary>
public static class ShingleMetric
{
    public const int ShingleSize = 4;

    /// <summary>
    /// Python's <c>\w</c> on str: letters (Lu, Ll, Lt, Lm, Lo), numbers and the underscore, by code point. Unlike .NET's
    /// <c>\w</c> it excludes combining marks and connector punctuation, which splits some scripts into more tokens.
    /// </summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
                continue;
            }
            if (current.Length == 0) continue;
            tokens.Add(current.ToString());
            current.Clear();
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>
    /// Every run of <see cref="ShingleSize"/> consecutive tokens, with its count. A text of fewer tokens is one shingle
    /// of all of them; a text without tokens has none.
    /// </summary>
    public static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokenize(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0) return shingles;
        var count = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            // Tokens hold no spaces, so a space-joined key is unambiguous.
            var key = string.Join(' ', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    public static ShingleCounts Compare(string? gold, string? predicted)
    {
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, goldCount) in goldShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(goldCount, predictedCount);
            fn += Math.Max(0, goldCount - predictedCount);
        }
        foreach (var (key, predictedCount) in predictedShingles)
            fp += Math.Max(0, predictedCount - goldShingles.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        // Normalised so that a long article weighs no more than a short one.
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    /// <summary>Whether the two texts have exactly the same tokens: the benchmark's "accuracy".</summary>
    public static bool SameTokens(string? gold, string? predicted) => Tokenize(gold).SequenceEqual(Tokenize(predicted), StringComparer.Ordinal);

    public static ShingleScore Score(IReadOnlyList<ShingleCounts> pages, IReadOnlyList<bool> exact)
    {
        var predicted = pages.Where(p => p.Tp + p.Fp > 0).ToList();
        var expected = pages.Where(p => p.Tp + p.Fn > 0).ToList();
        var precision = predicted.Count == 0 ? 0 : predicted.Average(p => p.Precision);
        var recall = expected.Count == 0 ? 0 : expected.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = exact.Count == 0 ? 0 : exact.Average(e => e ? 1.0 : 0.0);
        return new ShingleScore(precision, recall, f1, accuracy);
    }
}
