using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class MentionStorageTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Mentions_round_trip_in_order_with_their_types()
    {
        var article = Samples.Full();
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            store.AddArticle(article);
        }

        using var reopened = SqliteArticleStore.Open(_file.Path);
        var back = reopened.GetArticle(article.Id)!;
        Assert.Equal(article.Mentions, back.Mentions);
        Assert.Equal(article.Mentions, Assert.Single(reopened.GetArticles()).Mentions);
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM mentions WHERE type = 'PER' AND start = 9 AND length = 4"));
        Assert.Equal(4, RawSql.Scalar(_file.Path, "SELECT count(*) FROM mentions"));
    }

    [Fact]
    public void Each_article_gets_back_only_its_own_mentions()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var first = Samples.Article("m-1", "Ada Lovelace wrote notes.");
        first.Mentions.Add(new EntityMention(new TextSpan(0, 12), EntityType.Person));
        var second = Samples.Article("m-0", "Nothing named here.");
        var third = Samples.Article("m-2", "Paris and Rome.");
        third.Mentions.Add(new EntityMention(new TextSpan(0, 5), EntityType.Location));
        third.Mentions.Add(new EntityMention(new TextSpan(10, 4), EntityType.Location));
        foreach (var article in new[] { first, second, third }) store.AddArticle(article);

        var all = store.GetArticles();
        Assert.Equal(["m-1", "m-0", "m-2"], all.Select(a => a.Id));
        Assert.Equal(first.Mentions, all[0].Mentions);
        Assert.Empty(all[1].Mentions);
        Assert.Equal(third.Mentions, all[2].Mentions);
    }

    [Fact]
    public void A_version_3_store_gets_the_table_and_its_articles_have_no_mentions()
    {
        RawSql.Execute(_file.Path, SqliteSchema.Migration(1) + SqliteSchema.Migration(2) + SqliteSchema.Migration(3) + $"""
            PRAGMA user_version = 3; PRAGMA application_id = {SqliteSchema.ApplicationId};
            INSERT INTO articles (id, origin, text, ingested_at) VALUES ('old', 'old.txt', 'Old text.', '2024-03-02T00:00:00.0000000+00:00');
            """);

        using var store = SqliteArticleStore.Open(_file.Path);

        Assert.Equal(SqliteSchema.LatestVersion - 3, store.MigrationsApplied);
        Assert.Empty(store.GetArticle("old")!.Mentions);
        var fresh = Samples.Article("new", "Ada Lovelace.");
        fresh.Mentions.Add(new EntityMention(new TextSpan(0, 12), EntityType.Person));
        store.AddArticle(fresh);
        Assert.Equal(fresh.Mentions, store.GetArticle("new")!.Mentions);
    }

    [Fact]
    public void An_unknown_type_is_reported_as_damage()
    {
        var article = Samples.Article("d", "Ada Lovelace.");
        article.Mentions.Add(new EntityMention(new TextSpan(0, 12), EntityType.Person));
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            store.AddArticle(article);
        }
        RawSql.Execute(_file.Path, "UPDATE mentions SET type = 'ANIMAL'");

        using var reopened = SqliteArticleStore.Open(_file.Path);
        var error = Assert.Throws<StoreException>(() => reopened.GetArticle("d"));
        Assert.Contains("ANIMAL", error.Message);
    }
}
