using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Tagging;
using Dossier.Core.Analysis.Entities.Training;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Entities;

public class TaggerTests
{
    [Fact]
    public void LabelsRoundTripThroughBilou()
    {
        var names = new List<(int, int, EntityType)> { (0, 2, EntityType.Person), (2, 3, EntityType.Person), (4, 7, EntityType.Organization) };
        var labels = new byte[8];
        EntityLabels.Encode(names, labels);
        Assert.Equal(names, EntityLabels.Decode(labels));
        Assert.False(EntityLabels.CanFollow(EntityLabels.Outside, EntityLabels.Of(EntityType.Person, EntityLabels.Position.Inside)));
        Assert.False(EntityLabels.CanFollow(labels[0], EntityLabels.Outside));
        Assert.False(EntityLabels.CanFollow(labels[0], EntityLabels.Of(EntityType.Location, EntityLabels.Position.Last)));
        Assert.True(EntityLabels.CanFollow(labels[1], labels[2]));
    }

    [Fact]
    public void ReadsIob1AsConllevalDoes()
    {
        string[] tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-MISC", "I-MISC"];
        Assert.Equal(
            [(0, 2, EntityType.Person), (2, 3, EntityType.Person), (4, 5, EntityType.Location), (5, 6, EntityType.Organization), (6, 8, EntityType.Misc)],
            ConllTags.Chunks(tags, 0, tags.Length));
        var names = ConllTags.Chunks(tags, 0, tags.Length);
        Assert.Equal(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "I-MISC", "I-MISC"], ConllTags.ToIob1(names, tags.Length));
    }

    [Fact]
    public void ReadsConllDocumentsAndRejectsBadTags()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "-DOCSTART- -X- O O\n\nAnna NNP I-NP I-PER\nsings VBZ I-VP O\n\nin IN I-PP O\nOslo NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n\nHi UH O O\n");
            var documents = ConllReader.Read(path);
            Assert.Equal(2, documents.Count);
            Assert.Equal("Anna sings\nin Oslo", documents[0].Document.Text);
            Assert.Equal(2, documents[0].Document.Sentences.Count);
            Assert.Equal([(1, 2, EntityType.Location)], documents[0].GoldNames(documents[0].Document.Sentences[1]));

            File.WriteAllText(path, "Anna NNP I-NP I-PERSON\n");
            var error = Assert.Throws<InvalidDataException>(() => ConllReader.Read(path));
            Assert.Contains(":1:", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ScoresLikeConlleval()
    {
        var score = new NameScore();
        score.Add([(0, 2, EntityType.Person), (3, 4, EntityType.Location)], [(0, 2, EntityType.Person), (3, 4, EntityType.Organization), (5, 6, EntityType.Misc)], 6);
        Assert.Equal(1.0 / 3, score.Precision(), 6);
        Assert.Equal(0.5, score.Recall(), 6);
        Assert.Equal(0.4, score.F1(), 6);
        Assert.Equal(1.0, score.F1(EntityType.Person), 6);
        Assert.Equal(0.0, score.F1(EntityType.Location), 6);
    }

    [Fact]
    public void TrainingLearnsATinyCorpusAndIsRepeatable()
    {
        var train = TinyCorpus.Documents();
        var first = Train(train);
        var second = Train(train);
        Assert.Equal(first.Bytes, second.Bytes);
        // Names seen in training in new company: the contexts and the words both carry over.
        var test = TokenDocument.FromWords([["Mr.", "Okafor", "flew", "to", "Lisbon", "on", "Monday", "."]]);
        Assert.Equal([(1, 2, EntityType.Person), (4, 5, EntityType.Location)], first.Tagger.Names(test)[0]);
    }

    private static (EntityTagger Tagger, byte[] Bytes) Train(List<ConllDocument> documents)
    {
        var tagger = EntityTrainer.Train(documents, null, resourcesDirectory: Path.GetTempPath(), new EntityTrainer.Options(Epochs: 8), TextWriter.Null);
        using var stream = new MemoryStream();
        tagger.WriteModel(stream);
        return (tagger, stream.ToArray());
    }

    [Fact]
    public void TheBuiltInTaggerFindsNamesAndCutsOverlongSentences()
    {
        var tagger = EntityTagger.LoadDefault()!;
        const string text = "Vice Premier Mei Ling Zhou met Reuters editors in Geneva on Monday.";
        var mentions = tagger.Recognize(text, [new TextSpan(0, text.Length)]).Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.Type));
        Assert.Contains(("Mei Ling Zhou", EntityType.Person), mentions);
        Assert.Contains(("Geneva", EntityType.Location), mentions);

        // One "sentence" of 100,000 words: tagged in pieces, every mention inside the text.
        var huge = string.Join(' ', Enumerable.Repeat("Oslo and Bergen", 33_334));
        var document = TokenDocument.FromSentences(huge, [new TextSpan(0, huge.Length)]);
        Assert.All(document.Sentences, s => Assert.True(s.End.Value - s.Start.Value <= TokenDocument.MaxSentenceTokens));
        Assert.All(tagger.Recognize(huge, [new TextSpan(0, huge.Length)]), m => Assert.True(m.Span.End <= huge.Length));
    }

    [Fact]
    public void TheBuiltInTaggerKeepsSpansInBoundsOnArbitraryText() => CheckArbitraryText(EntityTagger.LoadDefault()!);

    [Fact]
    public void ArbitraryTextGivesMentionsInBoundsAndInOrder() => CheckArbitraryText(Train(TinyCorpus.Documents()).Tagger);

    private static void CheckArbitraryText(EntityTagger tagger)
    {
        var chars = Gen.Elements("Ab Mr. Okafor Lisbon , . \n'’\"-U.S.1 ".ToCharArray());
        var texts = Gen.ArrayOf(chars).Select(a => new string(a));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(Gen.OneOf(texts, ArbMap.Default.GeneratorFor<string>())), text =>
        {
            text ??= "";
            var sentences = new Dossier.Core.Analysis.Sentences.SentenceSplitter().Split(text, new TextSpan(0, text.Length));
            int previousEnd = 0;
            foreach (var mention in tagger.Recognize(text, sentences))
            {
                Assert.True(mention.Span.Length > 0 && mention.Span.Start >= previousEnd && mention.Span.End <= text.Length);
                Assert.Contains(sentences, s => s.Contains(mention.Span));
                previousEnd = mention.Span.End;
            }
        }));
    }
}

/// <summary>A handful of CoNLL-style sentences written for these tests.</summary>
internal static class TinyCorpus
{
    public static List<ConllDocument> Documents()
    {
        string[] lines =
        [
            "Mr. O|Okafor I-PER|met O|Ms. O|Lindqvist I-PER|in O|Lisbon I-LOC|. O",
            "Okafor I-PER|works O|for O|Acme I-ORG|Corp I-ORG|in O|Oslo I-LOC|. O",
            "Ms. O|Lindqvist I-PER|flew O|to O|Oslo I-LOC|on O|Monday O|. O",
            "Acme I-ORG|Corp I-ORG|said O|Mr. O|Okafor I-PER|would O|visit O|Lisbon I-LOC|. O",
            "The O|Norwegian I-MISC|firm O|Acme I-ORG|Corp I-ORG|hired O|Ms. O|Lindqvist I-PER|. O",
            "He O|flew O|to O|Lisbon I-LOC|on O|Friday O|. O",
        ];
        var documents = new List<ConllDocument>();
        foreach (var line in lines)
        {
            var pairs = line.Split('|').Select(p => p.Split(' ')).ToList();
            documents.Add(new ConllDocument(TokenDocument.FromWords([pairs.Select(p => p[0]).ToList()]), pairs.Select(p => p[1]).ToList()));
        }
        return documents;
    }
}
