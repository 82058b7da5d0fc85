using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Storage.Sqlite;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Storage.Tests;

public sealed class RoundTripProperties
{
    /// <summary>
    /// Any UTF-16 code unit, with surrogates and NUL over-represented: those are where a UTF-8 database loses data.
    /// </summary>
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Choose(0, char.MaxValue).Select(i => (char)i)),
        (2, Gen.Choose(0xD800, 0xDFFF).Select(i => (char)i)),
        (2, Gen.Choose(0x20, 0x7E).Select(i => (char)i)),
        (1, Gen.Elements('\0', '\n', '\r', '\t', '\'', '"', '\uFEFF', '\uFFFD', '\uFFFF')));

    private static readonly Gen<string> AnyString = Gen.ArrayOf(AnyChar).Select(chars => new string(chars));

    [Fact]
    public void Arbitrary_text_round_trips_exactly()
    {
        using var file = new TempStorePath();
        var stored = new List<Article>();
        var number = 0;

        using (var store = SqliteArticleStore.Open(file.Path))
        {
            var texts = Gen.Zip(Gen.Zip(AnyString, AnyString), Gen.Zip(AnyString, AnyString)).ToArbitrary();
            Prop.ForAll(texts, input =>
            {
                var ((text, title), (origin, message)) = input;
                var article = new Article($"prop-{number++}", origin, text, new ArticleMetadata
                {
                    Title = title,
                    Outlet = message,
                    Url = text,
                    Authors = [title, message],
                    Language = origin,
                });
                article.Diagnostics.Add(new Diagnostic("DSR202", "extract", Severity.Info, message, origin));
                article.Mentions.Add(new EntityMention(new TextSpan(0, text.Length), (EntityType)(number % 4)));

                var added = store.AddArticle(article);
                var back = store.GetArticle(article.Id);
                stored.Add(article);
                return added
                    && back is not null
                    && back.Text == text
                    && back.Origin == origin
                    && back.Metadata == article.Metadata
                    && back.Diagnostics.SequenceEqual(article.Diagnostics)
                    && back.Mentions.SequenceEqual(article.Mentions);
            }).QuickCheckThrowOnFailure();

            Prop.ForAll(AnyString.ToArbitrary(), headline =>
            {
                var story = new Story("story") { Headline = headline };
                store.ReplaceStories([story]);
                return store.GetStories().Single().Headline == headline;
            }).QuickCheckThrowOnFailure();

            Prop.ForAll(ArbMap.Default.ArbFor<UnicodeString>(), unicode =>
            {
                var article = new Article($"unicode-{number++}", "u", unicode.Item ?? "", new ArticleMetadata());
                store.AddArticle(article);
                stored.Add(article);
                return store.GetArticle(article.Id)!.Text == article.Text;
            }).QuickCheckThrowOnFailure();
        }

        using (var reopened = SqliteArticleStore.Open(file.Path))
        {
            var all = reopened.GetArticles();
            Assert.Equal(stored.Count, all.Count);
            for (var i = 0; i < stored.Count; i++)
            {
                StoreAssert.SameArticle(stored[i], all[i]);
            }
        }
    }

    [Fact]
    public void Text_with_an_unpaired_surrogate_round_trips_and_is_still_searchable()
    {
        using var store = SqliteArticleStore.Open(SqliteArticleStore.InMemory);
        // A text cut in the middle of an emoji, as truncation can leave it.
        var text = "Volcano erupts near the coast \uD83C";
        var article = new Article("cut", "cut.txt", text, new ArticleMetadata { Title = "\uDF0B Lava" });
        store.AddArticle(article);

        StoreAssert.SameArticle(article, store.GetArticle("cut"));
        Assert.Equal(["cut"], store.SearchArticles("volcano"));
        Assert.Equal(["cut"], store.SearchArticles("lava"));
    }
}
