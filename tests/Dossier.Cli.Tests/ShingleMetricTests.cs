using Dossier.Evaluation.Extraction;

namespace Dossier.Cli.Tests;

/// <summary>The Zyte benchmark's metric as evaluate.py defines it, checked on small cases worked out by hand.</summary>
public sealed class ShingleMetricTests
{
    [Theory]
    [InlineData("Hello, world!", new[] { "Hello", "world" })]
    [InlineData("snake_case and don't", new[] { "snake_case", "and", "don", "t" })]
    [InlineData("2.5 km—fast", new[] { "2", "5", "km", "fast" })]
    [InlineData("東京都、日本", new[] { "東京都", "日本" })]
    [InlineData("cafe\u0301 naïve", new[] { "cafe", "naïve" })] // a combining accent is not a word character in Python
    [InlineData("x²", new[] { "x²" })]
    [InlineData("", new string[0])]
    public void Tokens_are_pythons_unicode_word_runs(string text, string[] expected)
    {
        Assert.Equal(expected, ShingleMetric.Tokenize(text));
    }

    [Fact]
    public void Shingles_are_four_token_runs_counted_as_a_multiset()
    {
        var shingles = ShingleMetric.Shingles("a b c d a b c d");

        Assert.Equal(2, shingles["a b c d"]);
        Assert.Equal(1, shingles["b c d a"]);
        Assert.Equal(5, shingles.Values.Sum());
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle_and_an_empty_one_none()
    {
        Assert.Equal(["a b"], ShingleMetric.Shingles("a b").Keys);
        Assert.Empty(ShingleMetric.Shingles(" ,. "));
    }

    [Fact]
    public void Counts_are_normalised_to_sum_to_one_per_page()
    {
        // Gold has 3 shingles (a b c d, b c d e, c d e f); the prediction shares the first two and adds one of its own.
        var counts = ShingleMetric.Compare("a b c d e f", "a b c d e x");

        Assert.Equal(2.0 / 4, counts.Tp, 9);
        Assert.Equal(1.0 / 4, counts.Fp, 9);
        Assert.Equal(1.0 / 4, counts.Fn, 9);
        Assert.Equal(2.0 / 3, counts.Precision, 9);
        Assert.Equal(2.0 / 3, counts.Recall, 9);
    }

    [Fact]
    public void F1_comes_from_averaged_precision_and_recall_and_empty_predictions_count_only_for_recall()
    {
        var perfect = ShingleMetric.Compare("a b c d e", "a b c d e");
        var empty = ShingleMetric.Compare("a b c d e", "");
        var half = ShingleMetric.Compare("a b c d e f g", "a b c d e");

        var score = ShingleMetric.Score([perfect, empty, half], [true, false, false]);

        // Precision averages the two pages that predicted something (1 and 1); recall all three (1, 0 and 2/4).
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal((1 + 0 + 0.5) / 3, score.Recall, 9);
        Assert.Equal(2 * score.Precision * score.Recall / (score.Precision + score.Recall), score.F1, 9);
        Assert.Equal(1.0 / 3, score.Accuracy, 9);
    }
}
