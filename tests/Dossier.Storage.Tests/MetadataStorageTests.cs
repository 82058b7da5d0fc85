using Dossier.Core.Model;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class MetadataStorageTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    [Theory]
    [InlineData(DatePrecision.Year, false)]
    [InlineData(DatePrecision.Month, false)]
    [InlineData(DatePrecision.Day, false)]
    [InlineData(DatePrecision.Minute, false)]
    [InlineData(DatePrecision.Minute, true)]
    [InlineData(DatePrecision.Second, false)]
    [InlineData(DatePrecision.Second, true)]
    public void A_date_keeps_its_precision_and_zone(DatePrecision precision, bool hasZone)
    {
        var date = new PageDate(new DateTimeOffset(2025, 6, 9, 10, 42, 17, TimeSpan.FromHours(2)), precision, hasZone);
        var article = new Article("dated", "a.html", "Text.", new ArticleMetadata { PublishedDate = date, ModifiedDate = date });

        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(article);
        var back = store.GetArticle("dated")!.Metadata;

        Assert.Equal(date.ToIso(), back.PublishedDate!.Value.ToIso());
        Assert.Equal(date.ToIso(), back.ModifiedDate!.Value.ToIso());
        Assert.Equal(date, back.PublishedDate);
    }

    [Fact]
    public void Authors_language_and_sources_round_trip_in_order()
    {
        var article = Samples.Full("meta-1");

        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            store.AddArticle(article);
        }

        using var reopened = SqliteArticleStore.Open(_file.Path);
        var back = reopened.GetArticles().Single();
        StoreAssert.SameArticle(article, back);
        Assert.Equal(["Jane Doe", "Jürgen \uD83D\uDE00 Roe"], back.Metadata.Authors);
        Assert.Equal(0.94, back.Metadata.SourceOf(MetadataFields.Title)!.Value.Confidence);
        Assert.Equal(2, RawSql.Scalar(_file.Path, "SELECT count(*) FROM article_authors"));
    }

    [Fact]
    public void A_version_1_store_is_migrated_and_its_dates_read_as_exact_instants()
    {
        RawSql.Execute(_file.Path, SqliteSchema.Migration(1) + $"""
            PRAGMA user_version = 1; PRAGMA application_id = {SqliteSchema.ApplicationId};
            INSERT INTO articles (id, origin, title, published, text, ingested_at)
            VALUES ('old', 'old.txt', 'Old', '2024-03-01T14:30:15.1234567+05:30', 'Old text.', '2024-03-02T00:00:00.0000000+00:00');
            """);

        using var store = SqliteArticleStore.Open(_file.Path);
        var old = store.GetArticle("old")!;

        Assert.Equal(SqliteSchema.LatestVersion - 1, store.MigrationsApplied);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 14, 30, 15, TimeSpan.FromHours(5.5)).AddTicks(1234567), old.Metadata.Published);
        Assert.Equal(DatePrecision.Second, old.Metadata.PublishedDate!.Value.Precision);
        Assert.True(old.Metadata.PublishedDate.Value.HasZone);
        Assert.Empty(old.Metadata.Authors);
        Assert.Null(old.Metadata.Language);
        Assert.Empty(old.Metadata.Sources);
    }

    [Fact]
    public void An_unknown_precision_is_reported_as_damage()
    {
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            store.AddArticle(new Article("d", "d.txt", "Text.", new ArticleMetadata
            {
                PublishedDate = new PageDate(DateTimeOffset.UnixEpoch.AddYears(40), DatePrecision.Day, false),
            }));
        }
        RawSql.Execute(_file.Path, "UPDATE articles SET published_precision = 'fortnight'");

        using var reopened = SqliteArticleStore.Open(_file.Path);
        var error = Assert.Throws<StoreException>(() => reopened.GetArticle("d"));
        Assert.Contains("fortnight", error.Message);
    }
}
