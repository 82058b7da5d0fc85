using Dossier.Evaluation.Stories;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Cli.Tests;

/// <summary>BCubed as Bagga and Baldwin define it, on clusterings small enough to work out by hand.</summary>
public sealed class BCubedTests
{
    private static Dictionary<string, string> Labels(params (string Item, string Label)[] pairs) =>
        pairs.ToDictionary(p => p.Item, p => p.Label, StringComparer.Ordinal);

    [Fact]
    public void The_gold_clustering_scores_one()
    {
        var gold = Labels(("a", "x"), ("b", "x"), ("c", "y"));

        var score = BCubed.Score(gold, Labels(("a", "1"), ("b", "1"), ("c", "2")));

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void One_cluster_of_everything_has_full_recall_and_precision_by_gold_cluster_share()
    {
        // Gold {a,b,c} {d}: a, b, c each find 3 of 4 in their gold cluster, d finds 1 of 4.
        var gold = Labels(("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"));

        var score = BCubed.Score(gold, Labels(("a", "1"), ("b", "1"), ("c", "1"), ("d", "1")));

        Assert.Equal((3 * 0.75 + 0.25) / 4, score.Precision, 12);
        Assert.Equal(1.0, score.Recall, 12);
    }

    [Fact]
    public void All_singletons_have_full_precision_and_recall_by_gold_cluster_size()
    {
        var gold = Labels(("a", "x"), ("b", "x"), ("c", "y"));

        var score = BCubed.Score(gold, Labels(("a", "1"), ("b", "2"), ("c", "3")));

        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal((0.5 + 0.5 + 1) / 3, score.Recall, 12);
    }

    [Fact]
    public void A_worked_example_with_a_split_and_a_merge()
    {
        // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
        // Precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3. Recall: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2.
        var gold = Labels(("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("e", "y"));

        var score = BCubed.Score(gold, Labels(("a", "1"), ("b", "1"), ("c", "2"), ("d", "2"), ("e", "2")));

        Assert.Equal((1 + 1 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3) / 5, score.Precision, 12);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, score.Recall, 12);
        Assert.Equal(5, score.Items);
    }

    [Fact]
    public void A_gold_item_without_a_prediction_is_a_cluster_of_its_own_and_extra_predictions_are_ignored()
    {
        var gold = Labels(("a", "x"), ("b", "x"));

        var score = BCubed.Score(gold, Labels(("a", "1"), ("z", "1")));

        Assert.Equal(1.0, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
    }

    [Fact]
    public void No_items_score_zero_rather_than_dividing_by_zero()
    {
        var score = BCubed.Score(Labels(), Labels());

        Assert.Equal(0, score.Items);
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Swapping_gold_and_prediction_swaps_precision_and_recall_and_both_stay_within_zero_and_one()
    {
        var labelling = Gen.ArrayOf(Gen.Choose(0, 4), 12).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(labelling, labelling, (g, p) =>
        {
            var gold = g.Select((label, i) => (i, label)).ToDictionary(x => "i" + x.i, x => "g" + x.label, StringComparer.Ordinal);
            var predicted = p.Select((label, i) => (i, label)).ToDictionary(x => "i" + x.i, x => "p" + x.label, StringComparer.Ordinal);
            var forward = BCubed.Score(gold, predicted);
            var backward = BCubed.Score(predicted, gold);
            return Math.Abs(forward.Precision - backward.Recall) < 1e-12 && Math.Abs(forward.Recall - backward.Precision) < 1e-12
                && forward.Precision is > 0 and <= 1 + 1e-12 && forward.Recall is > 0 and <= 1 + 1e-12;
        }));
    }
}
