using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class EntityStageTests
{
    /// <summary>Returns whatever it was built with, and remembers the sentences it was asked about.</summary>
    private sealed class FixedRecognizer(params EntityMention[] mentions) : IEntityRecognizer
    {
        public List<TextSpan> Asked { get; } = [];

        public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences)
        {
            Asked.AddRange(sentences);
            return mentions;
        }
    }

    private const string Heading = "Harbour reopens";
    private const string Body = "The harbour in Tromsø reopened on Monday.";
    private const string Share = "Share this article";

    /// <summary>A heading (0..15), a body sentence (17..58, "Tromsø" at 32) and a share line (60..78).</summary>
    private static Article ThreeBlocks()
    {
        var article = new Article("a", "a.txt", $"{Heading}\n\n{Body}\n\n{Share}", new ArticleMetadata());
        var spans = new[] { new TextSpan(0, Heading.Length), new TextSpan(17, Body.Length), new TextSpan(60, Share.Length) };
        article.Blocks.Add(new Block(spans[0], BlockRole.Heading));
        article.Blocks.Add(new Block(spans[1], BlockRole.Body));
        article.Blocks.Add(new Block(spans[2], BlockRole.Boilerplate, BoilerplateKind.Share));
        for (var i = 0; i < spans.Length; i++) article.Sentences.Add(new Sentence(spans[i], i));
        Assert.Equal("Tromsø", article.TextOf(new TextSpan(32, 6)));
        Assert.Equal(Share, article.TextOf(spans[2]));
        return article;
    }

    [Fact]
    public void The_recognizer_sees_body_heading_and_caption_sentences_only()
    {
        var article = ThreeBlocks();
        var recognizer = new FixedRecognizer(new EntityMention(new TextSpan(32, 6), EntityType.Location));

        new EntityStage(recognizer).Process(article);

        Assert.Equal([new TextSpan(0, 15), new TextSpan(17, 41)], recognizer.Asked);
        Assert.Equal("Tromsø", article.TextOf(Assert.Single(article.Mentions).Span));
        Assert.Empty(article.Diagnostics);
    }

    [Fact]
    public void Bad_mentions_are_dropped_with_one_diagnostic()
    {
        var article = ThreeBlocks();
        var recognizer = new FixedRecognizer(
            new EntityMention(new TextSpan(32, 6), EntityType.Location),
            new EntityMention(new TextSpan(32, 3), EntityType.Person),      // overlaps the one before
            new EntityMention(new TextSpan(60, 5), EntityType.Misc),        // in boilerplate
            new EntityMention(new TextSpan(10, 10), EntityType.Misc),       // across two sentences
            new EntityMention(new TextSpan(70, 50), EntityType.Misc),       // past the end of the text
            new EntityMention(new TextSpan(20, 0), EntityType.Misc),        // empty
            new EntityMention(new TextSpan(4, 3), (EntityType)42));          // no such type

        new EntityStage(recognizer).Process(article);

        Assert.Equal([new EntityMention(new TextSpan(32, 6), EntityType.Location)], article.Mentions);
        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidMentions, diagnostic.Code);
        Assert.Equal("entities", diagnostic.Stage);
        Assert.Contains("6 mention(s)", diagnostic.Message);
    }

    [Fact]
    public void Mentions_beyond_the_limit_are_dropped_with_a_diagnostic()
    {
        var article = ThreeBlocks();
        var recognizer = new FixedRecognizer(
            new EntityMention(new TextSpan(0, 7), EntityType.Misc),
            new EntityMention(new TextSpan(21, 7), EntityType.Misc),
            new EntityMention(new TextSpan(32, 6), EntityType.Location));

        new EntityStage(recognizer, maxMentions: 2).Process(article);

        Assert.Equal(2, article.Mentions.Count);
        Assert.Equal(DiagnosticCodes.TooManyMentions, Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void Running_the_stage_again_replaces_the_mentions()
    {
        var article = ThreeBlocks();
        var stage = new EntityStage(new FixedRecognizer(new EntityMention(new TextSpan(32, 6), EntityType.Location)));
        stage.Process(article);
        stage.Process(article);
        Assert.Single(article.Mentions);
    }

    [Fact]
    public void A_pipeline_takes_the_stage_in_place_of_one_of_the_same_name()
    {
        var first = new EntityStage(NoEntityRecognizer.Instance);
        var second = new EntityStage(new FixedRecognizer());
        var pipeline = ArticlePipeline.Standard().WithStage(first).WithStage(second);

        Assert.Equal(["blocks", "sentences", "entities"], pipeline.Stages.Select(s => s.Name));
        Assert.Same(second, pipeline.Stages[^1]);
    }

    [Fact]
    public void The_default_recognizer_is_the_trained_tagger()
    {
        var article = TestArticles.FromText("Ingrid Halvorsen opened the bridge in Tromsø on Friday.");
        new EntityStage(EntityRecognizers.Default()).Process(article);
        Assert.Equal(
            [("Ingrid Halvorsen", EntityType.Person), ("Tromsø", EntityType.Location)],
            article.Mentions.Select(m => (article.TextOf(m.Span), m.Type)));
    }
}
