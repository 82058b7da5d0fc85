using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Analysis.Quotes.Tagging;
using Dossier.Core.Analysis.Quotes.Training;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Quotes;

public class AttributionTaggerTests
{
    [Fact]
    public void BratLinesBecomeAttributionsWithDiscontinuousContentAndBadLinesCounted()
    {
        const string text = "“We will win,” Ms. Varga said, “and soon.” The mayor agreed.";
        const string ann =
            "T1\tContent 1 12;32 40\tWe will win and soon\n" +
            "T2\tSource 15 24\tMs. Varga\n" +
            "T3\tCue 25 29\tsaid\n" +
            "T4\tAttribution 25 29\tsaid\n" +
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n" +
            "T5\tContent 999 1200\tbeyond the text\n" +
            "garbage line\n" +
            "T6\tDiscuss 43 52\tThe mayor\n";

        var (attributions, malformed) = BratAttributions.Parse(ann, text.Length);

        var attribution = Assert.Single(attributions);
        Assert.Equal([new TextSpan(1, 11), TextSpan.FromBounds(32, 40)], attribution.Content);
        Assert.Equal("Ms. Varga", text[attribution.Source!.Value.Start..attribution.Source.Value.End]);
        Assert.Equal("said", text[attribution.Cue!.Value.Start..attribution.Cue.Value.End]);
        Assert.Equal(2, malformed);
    }

    [Fact]
    public void WrittenAttributionsReadBackTheSame()
    {
        const string text = "Rain is coming, the forecaster said. “Stay in.”";
        var attributions = new List<Attribution>
        {
            new(TextSpan.FromBounds(16, 30), TextSpan.FromBounds(31, 35), [TextSpan.FromBounds(0, 14)]),
            new(null, null, [TextSpan.FromBounds(38, 46)]),
        };

        var (read, malformed) = BratAttributions.Parse(BratAttributions.Write(text, attributions), text.Length);

        Assert.Equal(0, malformed);
        Assert.Equal(attributions.Count, read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            Assert.Equal(attributions[i].Content, read[i].Content);
            Assert.Equal(attributions[i].Source, read[i].Source);
            Assert.Equal(attributions[i].Cue, read[i].Cue);
        }
    }

    [Fact]
    public void OverlapMatchingPairsEachSpanOnceAndExactMatchingTrimsPunctuation()
    {
        const string text = "aaaa bbbb, cccc dddd.";
        var score = new SpanScore();
        IReadOnlyList<TextSpan> Span(int start, int end) => [TextSpan.FromBounds(start, end)];

        // Two predictions overlap the first gold span: only one may count. The exact one differs only by ", ".
        score.Add(text, [Span(0, 10), Span(11, 21)], [Span(0, 4), Span(5, 9), Span(11, 20)]);

        Assert.Equal((2, 3, 2), (score.Gold, score.Predicted, score.OverlapMatches));
        Assert.Equal(1, score.ExactMatches);
        Assert.Equal(2.0 / 3, score.OverlapPrecision, 6);
        Assert.Equal(1.0, score.OverlapRecall, 6);
        Assert.Equal(0.8, score.OverlapF1, 6);
    }

    [Fact]
    public void LabelsReadBackAsPiecesAndInsideNeverFollowsAnotherPart()
    {
        byte s = AttributionLabels.Begin(AttributionPart.Source), si = AttributionLabels.Inside(AttributionPart.Source);
        byte c = AttributionLabels.Begin(AttributionPart.Cue), q = AttributionLabels.Begin(AttributionPart.Content);
        byte qi = AttributionLabels.Inside(AttributionPart.Content);

        var pieces = AttributionLabels.Pieces([q, qi, qi, 0, s, si, c, q, q]);

        Assert.Equal([(0, 3, AttributionPart.Content), (4, 6, AttributionPart.Source), (6, 7, AttributionPart.Cue), (7, 8, AttributionPart.Content), (8, 9, AttributionPart.Content)], pieces);
        Assert.False(AttributionLabels.CanFollow(c, qi));
        Assert.False(AttributionLabels.CanFollow(AttributionLabels.Outside, si));
        Assert.True(AttributionLabels.CanFollow(s, si));
    }

    [Fact]
    public void TrainingLearnsATinyCorpusAndIsRepeatable()
    {
        var first = Train();
        var second = Train();
        Assert.Equal(first.Bytes, second.Bytes);

        // A sentence the corpus does not hold, in the shape it teaches: content, comma, source, cue.
        const string text = "Prices will fall next spring, the planner said.";
        var attribution = Assert.Single(first.Tagger.Find(text, AttributionTagger.ParagraphsOf(text)));
        Assert.Equal("Prices will fall next spring", Of(text, attribution.Content[0]));
        Assert.Equal("the planner", Of(text, attribution.Source!.Value));
        Assert.Equal("said", Of(text, attribution.Cue!.Value));
    }

    [Fact]
    public void TheBuiltInTaggerFindsQuotesAndReportedSpeech()
    {
        var tagger = AttributionTagger.LoadDefault();
        Assert.NotNull(tagger);
        const string text = "“The bridge will reopen in May,” Mayor Elena Ruiz said on Tuesday.\n\n" +
            "The council told reporters that the repairs would cost more than planned.";

        var found = tagger.Find(text, AttributionTagger.ParagraphsOf(text));

        Assert.Equal(2, found.Count);
        Assert.Contains("The bridge will reopen in May", Of(text, found[0].Content[0]));
        Assert.Equal("Mayor Elena Ruiz", Of(text, found[0].Source!.Value));
        Assert.Contains("the repairs would cost more than planned", Of(text, found[1].Content[0]));
        Assert.Equal("The council", Of(text, found[1].Source!.Value));
    }

    [Fact]
    public void ArbitraryTextGivesAttributionsInBoundsAndInOrder()
    {
        var tagger = AttributionTagger.LoadDefault()!;
        var chars = Gen.Elements("Ab said , . \n“”\"'’ according to Mr. Lee told: ".ToCharArray());
        var texts = Gen.ArrayOf(chars).Select(a => new string(a));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Gen.OneOf(texts, ArbMap.Default.GeneratorFor<string>())), text =>
        {
            text ??= "";
            int previousStart = 0;
            foreach (var attribution in tagger.Find(text, AttributionTagger.ParagraphsOf(text)))
            {
                Assert.NotEmpty(attribution.Content);
                var extent = attribution.Extent;
                Assert.True(extent.Length > 0 && extent.Start >= 0 && extent.End <= text.Length);
                Assert.True(attribution.Content[0].Start >= previousStart);
                previousStart = attribution.Content[0].Start;
            }
        }));
    }

    private static string Of(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static (AttributionTagger Tagger, byte[] Bytes) Train()
    {
        var result = AttributionTrainer.Train(TinyAttributionCorpus.Documents(), null, clusters: null, new AttributionTrainer.Options(Epochs: 6, DropBelow: 1e-3f), TextWriter.Null);
        using var stream = new MemoryStream();
        result.Tagger.WriteModel(stream);
        return (result.Tagger, stream.ToArray());
    }
}

/// <summary>A few annotated sentences written for these tests, in the shapes news attributions take.</summary>
internal static class TinyAttributionCorpus
{
    // Each line: content | source | cue, as they appear in "CONTENT, SOURCE CUE." or "SOURCE CUE that CONTENT."
    private static readonly (string Content, string Source, string Cue, bool ContentFirst)[] Lines =
    [
        ("The plant will close in June", "the manager", "said", true),
        ("Taxes rose too fast last year", "the senator", "said", true),
        ("the river had flooded twice", "Residents", "said", false),
        ("The talks went well", "an official", "said", true),
        ("the budget was balanced", "The minister", "said", false),
        ("Schools reopen on Monday", "the district", "said", true),
        ("the vote would be delayed", "Officials", "said", false),
        ("Nobody was hurt in the fire", "the chief", "said", true),
    ];

    public static List<AttributionDocument> Documents()
    {
        var documents = new List<AttributionDocument>();
        foreach (var (content, source, cue, contentFirst) in Lines)
        {
            var text = contentFirst ? $"{content}, {source} {cue}." : $"{source} {cue} that {content}.";
            int c = text.IndexOf(content, StringComparison.Ordinal), s = text.IndexOf(source, StringComparison.Ordinal);
            int q = text.IndexOf(" " + cue + (contentFirst ? "." : " "), StringComparison.Ordinal) + 1;
            var attribution = new Attribution(new TextSpan(s, source.Length), new TextSpan(q, cue.Length), [new TextSpan(c, content.Length)]);
            documents.Add(new AttributionDocument($"tiny{documents.Count}", text + "\nThe weather was mild.", [attribution]));
        }
        return documents;
    }
}
