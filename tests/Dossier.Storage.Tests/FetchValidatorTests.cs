using Dossier.Core.Ingest.Web;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class FetchValidatorTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Validators_round_trip_per_url_and_survive_reopening()
    {
        var feed = new FetchValidators("W/\"abc\"", "Tue, 09 Jun 2026 10:00:00 GMT");
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            Assert.Null(store.GetFetchValidators("https://a.example/feed"));
            store.SaveFetchValidators("https://a.example/feed", feed);
            store.SaveFetchValidators("https://a.example/page", new FetchValidators(null, "Mon, 08 Jun 2026 10:00:00 GMT"));
        }

        using var reopened = SqliteArticleStore.Open(_file.Path);
        Assert.Equal(feed, reopened.GetFetchValidators("https://a.example/feed"));
        Assert.Equal(new FetchValidators(null, "Mon, 08 Jun 2026 10:00:00 GMT"), reopened.GetFetchValidators("https://a.example/page"));
        Assert.Null(reopened.GetFetchValidators("https://a.example/FEED"));
    }

    [Fact]
    public void Saving_again_replaces_and_stamps_the_time_from_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
        using (var store = SqliteArticleStore.Open(_file.Path, clock))
        {
            store.SaveFetchValidators("https://a.example/", new FetchValidators("\"1\"", null));
            store.SaveFetchValidators("https://a.example/", new FetchValidators("\"2\"", null));
            Assert.Equal(new FetchValidators("\"2\"", null), store.GetFetchValidators("https://a.example/"));
        }

        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM fetch_validators"));
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM fetch_validators WHERE fetched_at = '2026-06-10T12:00:00.0000000+00:00'"));
    }

    [Fact]
    public void A_version_1_store_gets_the_table_and_keeps_its_articles()
    {
        RawSql.Execute(_file.Path, SqliteSchema.Migration(1) + $"""
            PRAGMA user_version = 1; PRAGMA application_id = {SqliteSchema.ApplicationId};
            INSERT INTO articles (id, origin, text, ingested_at) VALUES ('old', 'old.txt', 'Old text.', '2024-03-02T00:00:00.0000000+00:00');
            """);

        using var migrated = SqliteArticleStore.Open(_file.Path);

        Assert.Equal(SqliteSchema.LatestVersion - 1, migrated.MigrationsApplied);
        Assert.NotNull(migrated.GetArticle("old"));
        migrated.SaveFetchValidators("https://a.example/", new FetchValidators("\"x\"", null));
        Assert.Equal("\"x\"", migrated.GetFetchValidators("https://a.example/")!.ETag);
    }
}
