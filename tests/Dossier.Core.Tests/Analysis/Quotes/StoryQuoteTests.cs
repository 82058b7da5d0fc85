using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;
using FsCheck;
using FsCheck.Fluent;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Quotes;

/// <summary>Speakers resolved to the story's entities, quotes linked across articles, and outlets cited second hand.</summary>
public sealed class StoryQuoteTests
{
    private static StoryDossier Dossier(params Article[] articles)
    {
        var story = new Story("s-quotes");
        story.Articles.AddRange(articles);
        return new DossierBuilder(new DossierBuilderOptions()).Build(story);
    }

    private static StoryQuote QuoteStarting(StoryDossier dossier, string start) =>
        dossier.Quotes.Single(q => q.Variants.Any(v => v.Text.StartsWith(start, StringComparison.Ordinal)));

    [Fact]
    public void A_pronoun_is_the_nearest_person_before_it_who_is_a_subject()
    {
        var a = Article(
            "Harbour master Mira Olsen met Tomas Brenn on Monday. Olsen, in contrast to the union, defended what she called “a necessary pause.”",
            Per("Mira Olsen"), Per("Tomas Brenn"), Per("Olsen"));
        var quote = Assert.Single(Dossier(a).Quotes);
        Assert.Equal("Mira Olsen", quote.Speaker!.Name);
        Assert.Equal(SpeakerResolution.Pronoun, quote.Speaker.Resolution);
    }

    [Fact]
    public void A_pronoun_passes_over_objects_and_possessives()
    {
        var a = Article(
            "Union leader Tomas Brenn spoke after a call between Mira Olsen and the minister. “We are ready,” he said.",
            Per("Tomas Brenn"), Per("Mira Olsen"));
        Assert.Equal("Tomas Brenn", Assert.Single(Dossier(a).Quotes).Speaker!.Name);
    }

    [Fact]
    public void A_title_is_the_person_whose_role_matches()
    {
        var a = Article(
            "Commerce Secretary Ada Brenn and Harbour Minister Lena Vos met in Saltmere. \"The talks were useful,\" the commerce secretary said.",
            Per("Ada Brenn"), Per("Lena Vos"), Loc("Saltmere"));
        var quote = Assert.Single(Dossier(a).Quotes);
        Assert.Equal(("Ada Brenn", SpeakerResolution.Title), (quote.Speaker!.Name, quote.Speaker.Resolution));
        Assert.Equal("Ada Brenn", quote.Speaker.Entity!.Name);
    }

    [Fact]
    public void A_name_inside_the_speaker_words_is_the_entity_and_the_rest_keeps_its_text()
    {
        var a = Article(
            "“Rates will rise,” said Nordbank's Ivo Tamm. “Rates will fall,” said one Nordbank economist. " +
            "“Nobody knows,” said a source familiar with the talks.",
            Per("Ivo Tamm"), Org("Nordbank"));
        var quotes = Dossier(a).Quotes;
        Assert.Equal(("Ivo Tamm", SpeakerResolution.Name), (QuoteStarting(Dossier(a), "Rates will rise").Speaker!.Name, QuoteStarting(Dossier(a), "Rates will rise").Speaker!.Resolution));
        Assert.Equal("one Nordbank economist", QuoteStarting(Dossier(a), "Rates will fall").Speaker!.Name);
        Assert.Null(QuoteStarting(Dossier(a), "Rates will fall").Speaker!.Entity);
        Assert.Equal("a source familiar with the talks", QuoteStarting(Dossier(a), "Nobody knows").Speaker!.Name);
        Assert.Equal(3, quotes.Count);
    }

    [Fact]
    public void A_name_before_an_apposition_is_the_speaker_and_a_name_after_a_title_is_too()
    {
        var a = Article("Lena Ortiz, an analyst at Nordbank, spoke first. The chief executive, Ana Ruiz, spoke next.",
            Per("Lena Ortiz"), Org("Nordbank"), Per("Ana Ruiz"));
        var resolver = new SpeakerResolver(Resolve(a));
        var analyst = resolver.Resolve(a, SpanOf(a, "Lena Ortiz, an analyst at Nordbank,"));
        Assert.Equal(("Lena Ortiz", SpeakerResolution.Name), (analyst.Name, analyst.Resolution));
        Assert.Equal("Ana Ruiz", resolver.Resolve(a, SpanOf(a, "The chief executive, Ana Ruiz,")).Name);
    }

    [Fact]
    public void One_article_gives_each_quote_once_with_its_speaker_and_the_story_groups_them()
    {
        var a = Article("“The harbour stays open all winter,” Olsen said.\n\n“Nobody asked us.”", Per("Olsen"));
        var found = QuotesBuilder.ForArticle(a, new SpeakerResolver(Resolve(a)), finder: null);
        Assert.Equal(["Olsen", null], found.Quotes.Select(q => q.Speaker?.Name));
        Assert.Equal([SpeakerRule.After, SpeakerRule.None], found.Quotes.Select(q => q.Rule));
        Assert.Empty(found.Reported);
        Assert.Equal(found.Quotes.Select(q => q.Text).Order(StringComparer.Ordinal), Dossier(a).Quotes.Select(q => q.Text).Order(StringComparer.Ordinal));
    }

    private static TextSpan SpanOf(Article article, string words) => new(article.Text.IndexOf(words, StringComparison.Ordinal), words.Length);

    [Fact]
    public void An_outlet_speaker_is_the_catalogue_outlet()
    {
        var a = Article("The ministry called the offer “final,” Reuters reported.", Org("Reuters"));
        var quote = Assert.Single(Dossier(a).Quotes);
        Assert.Equal(("Reuters", SpeakerResolution.Outlet), (quote.Speaker!.Name, quote.Speaker.Resolution));
    }

    [Fact]
    public void Unattributed_quotes_say_so()
    {
        var quote = Assert.Single(Dossier(Article("The port imposed a “temporary” closure.")).Quotes);
        Assert.False(quote.IsAttributed);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void The_same_quote_in_two_wordings_is_one_quote_with_two_variants_and_the_word_changes()
    {
        var a = Article("“The meeting should go very well,” Mayor Ada Brenn wrote on Friday.", "a.txt", Per("Ada Brenn"));
        var b = Article("Brenn wrote: \"This meeting should go very smoothly.\"", "b.txt", Per("Brenn"));
        var quote = Assert.Single(Dossier(a, b).Quotes);
        Assert.Equal("Ada Brenn", quote.Speaker!.Name);
        Assert.Equal([a.Id, b.Id], quote.Citations);
        Assert.Equal(2, quote.Variants.Count);
        Assert.Empty(quote.Variants[0].Difference);
        Assert.Equal(
            [new DiffSegment(DiffKind.Removed, "The"), new DiffSegment(DiffKind.Added, "This"), new DiffSegment(DiffKind.Same, "meeting should go very"),
             new DiffSegment(DiffKind.Removed, "well,"), new DiffSegment(DiffKind.Added, "smoothly.")],
            quote.Variants[1].Difference);
        Assert.Equal(b, quote.Variants[1].Article);
        Assert.Equal("This meeting should go very smoothly.", b.TextOf(quote.Variants[1].Quotation.Content[0]));
    }

    [Fact]
    public void Similar_words_from_different_speakers_are_different_quotes()
    {
        var a = Article("“The meeting should go very well,” Ada Brenn said.", "a.txt", Per("Ada Brenn"), Per("Lena Vos"));
        var b = Article("“The meeting should go very well,” Lena Vos said.", "b.txt", Per("Lena Vos"));
        Assert.Equal(2, Dossier(a, b).Quotes.Count);
    }

    [Fact]
    public void Different_statements_on_one_topic_are_not_linked()
    {
        var a = Article("“The harbour will reopen on Monday morning,” Ada Brenn said.", "a.txt", Per("Ada Brenn"));
        var b = Article("“The union will not accept the offer on the table,” Brenn said.", "b.txt", Per("Brenn"));
        Assert.Equal(2, Dossier(a, b).Quotes.Count);
    }

    [Fact]
    public void Similarity_is_word_alignment()
    {
        string[] Keys(string text) => WordDiff.Words(text).Select(WordDiff.Key).ToArray();
        Assert.Equal(1, QuotesBuilder.Similarity(Keys("Well, well."), Keys("well well")));
        Assert.Equal(4.0 * 2 / 12, QuotesBuilder.Similarity(Keys("The meeting should go very well"), Keys("This meeting should go very smoothly")), 3);
        Assert.Equal(0, QuotesBuilder.Similarity(Keys("going well"), Keys("going badly")));
        Assert.Equal(0.9, QuotesBuilder.Similarity(Keys("should go very well"), Keys("I think the meeting should go very well indeed, thank you")));
    }

    [Fact]
    public void Outlets_cited_second_hand_make_the_who_cites_whom_graph()
    {
        var a = Article(
            "The port reopened on Monday, Reuters reported. According to Bloomberg and the Irish Examiner, ships waited for days. " +
            "As reported by Xinhua and QQ News, the talks went on. The minister told CNBC the port was safe. " +
            "Olsen said in a post on Truth Social that she was pleased.",
            "a.txt", Org("Reuters"), Org("Bloomberg"), Org("Irish Examiner"), Org("Xinhua"), Org("QQ News"), Org("CNBC"), Org("Truth Social"));
        var b = Article("Reuters reported that the port reopened on Monday.", "b.txt", Org("Reuters"));
        var outlets = Dossier(a, b).CitedOutlets;
        Assert.Equal(["Reuters", "Bloomberg", "Irish Examiner", "Xinhua", "QQ News", "CNBC"], outlets.Select(o => o.Outlet.Name));
        Assert.Equal([a.Id, b.Id], outlets[0].ArticleIds);
        Assert.Equal("according to", a.TextOf(outlets[1].Citations[0].Cue).ToLowerInvariant());
        Assert.Equal("According to Bloomberg and the Irish Examiner, ships waited for days.", outlets[2].Citations[0].ClaimText);
        Assert.Equal("told", a.TextOf(outlets[5].Citations[0].Cue));
    }

    [Fact]
    public void An_outlet_named_like_one_is_cited_and_its_own_publisher_is_not()
    {
        var a = TestArticles.FromText("Northgate Wire reported that 40 ships waited. The Harbor Ledger reported a strike.", "a.txt",
            new ArticleMetadata { Outlet = "The Harbor Ledger" });
        var cited = OutletCitationFinder.Find(a, ["The Harbor Ledger"]);
        var only = Assert.Single(cited);
        Assert.Equal(new Outlet("Northgate Wire", OutletKind.Agency), only.Outlet);
    }

    [Fact]
    public void Random_text_never_throws_and_every_span_is_in_bounds()
    {
        var pieces = Gen.Elements("\"", "“", "”", "‘", "’", "'", " ", "\n\n", "said", "he", "Olsen", ",", ".", ":", "according to", "Reuters",
            "reported", "told", "the president", "words", "The", "and", "’90s", "It's", "(", ")", "—");
        var texts = Gen.Frequency(
            (4, Gen.ListOf(pieces).Select(parts => string.Join(" ", parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(texts), text =>
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var paragraphs = QuoteFinderTests.Paragraphs(text);
            foreach (var found in new DirectQuoteReader(null).Read(text, paragraphs))
            {
                Assert.NotEmpty(found.Quotation.Content);
                Assert.All(found.Quotation.Content, c => Assert.True(c.IsWithin(text.Length) && !c.IsEmpty));
                Assert.True(found.Quotation.Extent.IsWithin(text.Length));
                Assert.All(found.Quotation.Content, c => Assert.True(found.Quotation.Extent.Contains(c)));
                if (found.Speaker.Source is { } source) Assert.True(source.IsWithin(text.Length) && !source.IsEmpty);
                if (found.Speaker.Cue is { } cue) Assert.True(cue.IsWithin(text.Length));
            }
            var article = TestArticles.FromText(text);
            var dossier = Dossier(article);
            Assert.All(dossier.Quotes, q => Assert.NotEmpty(q.Variants));
            Assert.All(dossier.CitedOutlets.SelectMany(o => o.Citations), c => Assert.True(c.Claim.IsWithin(article.Text.Length)));
        }));
    }
}
