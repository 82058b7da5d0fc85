using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class ResolutionPropertyTests
{
    // Pieces of news text where the rules look closely: titles, names, possessives, commas, brackets, acronyms,
    // outlets, odd characters and white space.
    private static readonly Gen<string> Piece = Gen.Elements(
        "President ", "Vice Premier ", "Secretary of the ", "Treasury ", "Donald ", "Trump", "Xi ", "Jinping", "He ", "Lifeng",
        "'s ", "’s ", "' ", ", ", ", the ", "chief ", "economist ", " at ", "Morgan Stanley", " (", "NEC", ")", ". ", "\n\n",
        "Reuters", "AP ", "the ", "of ", "and ", "who ", "U.S. ", "Chinese ", "Mr. ", "Co.", " Inc", "-", "—", "\"", "“",
        "é", "\u0000", "\uD800", "\uFFFF", " ", "x", "Ab", "1,000", "...", "(", "said ");

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, Gen.ListOf(Piece).Select(parts => string.Concat(parts))),
        (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));

    /// <summary>An article over the text, with arbitrary in-bounds sentences and mentions (overlapping, empty, anywhere).</summary>
    private static Gen<Article> Articles(string origin) =>
        from text in Texts
        from sentenceBounds in Gen.ListOf(Gen.Zip(Gen.Choose(0, text.Length), Gen.Choose(0, text.Length)))
        from mentionBounds in Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Choose(0, text.Length), Gen.Choose(0, text.Length)), Gen.Choose(0, 3)))
        from whole in Gen.Elements(true, false)
        select Build(origin, text, sentenceBounds, mentionBounds, whole);

    private static Article Build(string origin, string text, IEnumerable<(int, int)> sentences, IEnumerable<((int, int), int)> mentions, bool wholeSentence)
    {
        var article = new Article(origin, origin, text, new ArticleMetadata());
        article.Blocks.Add(new Block(new TextSpan(0, text.Length), BlockRole.Body));
        if (wholeSentence) article.Sentences.Add(new Sentence(new TextSpan(0, text.Length), 0));
        foreach (var (a, b) in sentences) article.Sentences.Add(new Sentence(TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)), 0));
        foreach (var ((a, b), type) in mentions)
            article.Mentions.Add(new EntityMention(TextSpan.FromBounds(Math.Min(a, b), Math.Max(a, b)), (EntityType)type));
        return article;
    }

    [Fact]
    public void Resolution_never_throws_and_every_span_stays_in_its_article()
    {
        var stories = Gen.Zip(Articles("a"), Articles("b"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(stories), pair =>
        {
            var (a, b) = pair;
            var entities = EntityResolver.Resolve([a, b]);
            foreach (var entity in entities)
            {
                Assert.False(string.IsNullOrEmpty(entity.Name));
                Assert.NotEmpty(entity.Mentions);
                foreach (var mention in entity.Mentions)
                {
                    Assert.True(mention.Span.IsWithin(mention.Article.Text.Length));
                    // The recognizer's mention, or one mended from it (MentionRepair): inside it, or over one word before it.
                    Assert.Contains(mention.Article.Mentions, m => m.Span.Start < mention.Span.End && mention.Span.Start < m.Span.End);
                }
                foreach (var evidence in entity.Roles.Concat(entity.Affiliations).SelectMany(r => r.Evidence))
                {
                    Assert.True(evidence.Sentence.IsWithin(evidence.Article.Text.Length));
                    Assert.Contains(evidence.Article.Sentences, s => s.Span == evidence.Sentence);
                }
                Assert.All(entity.Roles.Concat(entity.Affiliations), r => Assert.InRange(r.Evidence.Count, 1, EntityResolver.MaxEvidencePerAttribute));
            }
            // No mention is given to two entities (a mention the recognizer gave twice may appear twice).
            foreach (var group in entities.SelectMany(e => e.Mentions).GroupBy(m => m))
                Assert.True(group.Count() <= Math.Max(1, group.Key.Article.Mentions.Count(m => m.Span == group.Key.Span && m.Type == group.Key.Type)));
            Assert.Equal(Describe(entities), Describe(EntityResolver.Resolve([a, b])));
        }));
    }

    [Fact]
    public void The_stage_keeps_only_mentions_inside_sentences_and_never_overlapping()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Articles("c")), article =>
        {
            var given = article.Mentions.ToArray();
            new EntityStage(new Given(given)).Process(article);
            var end = 0;
            foreach (var mention in article.Mentions)
            {
                Assert.True(mention.Span.Start >= end && mention.Span.Length > 0);
                Assert.Contains(article.Sentences, s => s.Span.Contains(mention.Span));
                end = mention.Span.End;
            }
        }));
    }

    private sealed class Given(EntityMention[] mentions) : IEntityRecognizer
    {
        public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences) => mentions;
    }

    private static string Describe(IReadOnlyList<ResolvedEntity> entities) => string.Join("\n", entities.Select(e =>
        $"{e.Kind}|{e.Name}|{string.Join(",", e.Aliases)}|{string.Join(",", e.Roles.Select(r => r.Text))}|" +
        $"{string.Join(",", e.Affiliations.Select(r => r.Text))}|{string.Join(",", e.Mentions.Select(m => m.Span))}"));
}
