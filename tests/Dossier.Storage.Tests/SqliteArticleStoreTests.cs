using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void An_article_with_every_field_round_trips()
    {
        var article = Samples.Full();
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            Assert.True(store.AddArticle(article));
            StoreAssert.SameArticle(article, store.GetArticle(article.Id));
        }

        using (var reopened = SqliteArticleStore.Open(_file.Path))
        {
            StoreAssert.SameArticle(article, reopened.GetArticle(article.Id));
            StoreAssert.SameArticle(article, Assert.Single(reopened.GetArticles()));
        }
    }

    [Fact]
    public void Missing_metadata_stays_missing()
    {
        var article = new Article("bare", "bare.txt", "", new ArticleMetadata());
        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(article);

        var stored = store.GetArticle("bare");
        StoreAssert.SameArticle(article, stored);
        Assert.Equal(new ArticleMetadata(), stored!.Metadata);
        Assert.Null(stored.OutletName);
    }

    [Fact]
    public void Blocks_are_stored_under_their_BlockNames()
    {
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            store.AddArticle(Samples.Full());
        }

        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM blocks WHERE role = 'boilerplate' AND kind = 'editor-note'"));
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM blocks WHERE role = 'heading' AND kind IS NULL"));
    }

    [Fact]
    public void Unknown_ids_give_null_and_false()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        Assert.Null(store.GetArticle("nope"));
        Assert.False(store.ContainsArticle("nope"));
        Assert.Empty(store.GetArticles());
        Assert.Empty(store.GetDiagnostics());
        Assert.Empty(store.GetStories());
    }

    [Fact]
    public void Articles_come_back_in_the_order_they_were_first_stored_with_their_own_annotations()
    {
        // Ids chosen so that their sort order is the reverse of the storage order.
        var articles = Enumerable.Range(0, 50).Select(i =>
        {
            var article = Samples.Article($"id-{99 - i:D2}", $"Text number {i}.");
            article.Blocks.Add(new Block(new TextSpan(0, i % 7), BlockRole.Body));
            article.Sentences.Add(new Sentence(new TextSpan(0, i % 5), 0));
            article.Diagnostics.Add(new Diagnostic("DSR201", "extract", Severity.Warning, $"diagnostic {i}"));
            return article;
        }).ToList();

        using var store = SqliteArticleStore.Open(_file.Path);
        foreach (var article in articles)
        {
            Assert.True(store.AddArticle(article));
        }

        var stored = store.GetArticles();
        Assert.Equal(articles.Count, stored.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            StoreAssert.SameArticle(articles[i], stored[i]);
        }
    }

    [Fact]
    public void Adding_an_article_twice_changes_nothing_the_second_time()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var article = Samples.Full("dup");
        Assert.True(store.AddArticle(article));
        var counts = RowCounts();

        var sameId = new Article("dup", "elsewhere.txt", "Different text entirely.", new ArticleMetadata { Title = "Other" });
        sameId.Blocks.Add(new Block(new TextSpan(0, 3), BlockRole.Body));
        sameId.Diagnostics.Add(new Diagnostic("DSR101", "ingest", Severity.Error, "another diagnostic"));

        Assert.False(store.AddArticle(article));
        Assert.False(store.AddArticle(sameId));
        Assert.Equal(counts, RowCounts());
        StoreAssert.SameArticle(article, store.GetArticle("dup"));
        Assert.True(store.ContainsArticle("dup"));
        Assert.Empty(store.SearchArticles("different"));
    }

    [Fact]
    public void A_source_diagnostic_stored_twice_is_one_row()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var diagnostic = new Diagnostic(DiagnosticCodes.UnreadableFile, "ingest", Severity.Error, "permission denied", "a.html");
        store.AddDiagnostic(diagnostic);
        store.AddDiagnostic(diagnostic);
        // Same source, code and message: the same problem, even if reported by another stage.
        store.AddDiagnostic(diagnostic with { Stage = "other", Severity = Severity.Warning });

        Assert.Equal([diagnostic], store.GetDiagnostics());
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM diagnostics"));
    }

    [Fact]
    public void Diagnostics_that_differ_in_source_code_message_or_article_are_all_kept_in_insertion_order()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var withoutSource = new Diagnostic(DiagnosticCodes.EmptyFile, "ingest", Severity.Warning, "empty");
        var first = withoutSource with { Source = "a.txt" };
        var otherSource = withoutSource with { Source = "b.txt" };
        var otherCode = first with { Code = DiagnosticCodes.BinaryFile };
        var otherMessage = first with { Message = "empty too" };
        store.AddDiagnostic(first);
        store.AddDiagnostic(withoutSource);
        store.AddDiagnostic(otherSource);

        var article = Samples.Article("with-diagnostic");
        var onArticle = first with { Span = new TextSpan(1, 2) };
        article.Diagnostics.Add(onArticle);
        store.AddArticle(article);

        store.AddDiagnostic(otherCode);
        store.AddDiagnostic(otherMessage);
        store.AddDiagnostic(withoutSource);

        Assert.Equal([first, withoutSource, otherSource, onArticle, otherCode, otherMessage], store.GetDiagnostics());
        Assert.Equal([onArticle], store.GetArticle("with-diagnostic")!.Diagnostics);
    }

    [Fact]
    public void Replacing_stories_keeps_only_the_latest_grouping()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var a = Samples.Article("a");
        var b = Samples.Article("b");
        var c = Samples.Article("c");
        foreach (var article in new[] { a, b, c })
        {
            store.AddArticle(article);
        }

        store.ReplaceStories([Story("s1", "First", a, b), Story("s2", "Second", c)]);
        Assert.Equal(2, store.GetStories().Count);

        store.ReplaceStories([Story("s3", "Zebra", c, a), Story("s1", "Again", b), Story("s0", "Empty")]);
        var stories = store.GetStories();

        Assert.Equal(["s3", "s1", "s0"], stories.Select(s => s.Id));
        Assert.Equal(["Zebra", "Again", "Empty"], stories.Select(s => s.Headline));
        Assert.Equal(["c", "a"], stories[0].ArticleIds);
        Assert.Equal(["b"], stories[1].ArticleIds);
        Assert.Empty(stories[2].ArticleIds);
        Assert.Equal(3, RawSql.Scalar(_file.Path, "SELECT count(*) FROM story_articles"));

        store.ReplaceStories([]);
        Assert.Empty(store.GetStories());
    }

    [Fact]
    public void A_story_with_an_unstored_article_is_rejected_and_the_old_stories_stay()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        var a = Samples.Article("a");
        store.AddArticle(a);
        store.ReplaceStories([Story("s1", "Kept", a)]);

        var ex = Assert.Throws<StoreException>(() =>
            store.ReplaceStories([Story("s2", "New", a, Samples.Article("ghost"))]));
        Assert.Contains("ghost", ex.Message);

        var duplicate = Assert.Throws<StoreException>(() => store.ReplaceStories([Story("s2", "x"), Story("s2", "y")]));
        Assert.Contains("s2", duplicate.Message);

        var story = Assert.Single(store.GetStories());
        Assert.Equal(("s1", "Kept"), (story.Id, story.Headline));
        Assert.Equal(["a"], story.ArticleIds);
    }

    [Fact]
    public void Search_finds_words_in_title_and_text_best_first()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(Samples.Article("once", "The harbour flooded once after the storm. Nothing else happened at all today.", "Weather"));
        store.AddArticle(Samples.Article("often", "Flooded streets, flooded homes, flooded fields.", "Floods"));
        store.AddArticle(Samples.Article("none", "A quiet day in parliament.", "Politics"));
        store.AddArticle(Samples.Article("title", "Nothing in the text.", "Zürich"));

        Assert.Equal(["often", "once"], store.SearchArticles("flooded"));
        Assert.Equal(["often"], store.SearchArticles("flooded", limit: 1));
        Assert.Empty(store.SearchArticles("flooded", limit: 0));
        Assert.Equal(["none"], store.SearchArticles("PARLIAMENT"));
        Assert.Equal(["title"], store.SearchArticles("zurich"));
        Assert.Equal(["often", "once"], store.SearchArticles("flood*"));
        Assert.Equal(["once"], store.SearchArticles("\"harbour flooded\""));
        Assert.Empty(store.SearchArticles("volcano"));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND")]
    [InlineData("nosuchcolumn: word")]
    [InlineData("*")]
    [InlineData("(word")]
    [InlineData("   ")]
    public void A_malformed_search_query_is_a_store_exception(string query)
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(Samples.Article("x", "word"));

        var ex = Assert.Throws<StoreException>(() => store.SearchArticles(query));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("query", ex.Message);
        Assert.Equal(["x"], store.SearchArticles("word"));
    }

    [Fact]
    public void Reopening_keeps_the_data_and_does_not_migrate_again()
    {
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            Assert.Equal(SqliteSchema.LatestVersion, store.MigrationsApplied);
            store.AddArticle(Samples.Full());
            store.AddDiagnostic(new Diagnostic("DSR105", "ingest", Severity.Error, "unreadable", "x.html"));
            store.ReplaceStories([Story("s", "Headline", Samples.Full())]);
        }

        Assert.Equal(SqliteSchema.LatestVersion, RawSql.Scalar(_file.Path, "PRAGMA user_version"));
        Assert.Equal(SqliteSchema.ApplicationId, RawSql.Scalar(_file.Path, "PRAGMA application_id"));

        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            Assert.Equal(0, store.MigrationsApplied);
            StoreAssert.SameArticle(Samples.Full(), store.GetArticle("full-1"));
            Assert.Equal(4, store.GetDiagnostics().Count);
            Assert.Equal(["full-1"], Assert.Single(store.GetStories()).ArticleIds);
            Assert.Equal(["full-1"], store.SearchArticles("paragraph"));
            Assert.False(store.AddArticle(Samples.Full()));
        }
    }

    [Fact]
    public void A_file_store_uses_write_ahead_logging()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(5)]
    public void A_file_that_is_not_a_database_is_a_store_exception(int size)
    {
        var garbage = new byte[size];
        new Random(42).NextBytes(garbage);
        File.WriteAllBytes(_file.Path, garbage);

        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(_file.Path));
        Assert.Contains("not a Dossier store", ex.Message);
        Assert.Contains(_file.Path, ex.Message);
        Assert.Equal(garbage, File.ReadAllBytes(_file.Path));
    }

    [Fact]
    public void Another_programs_database_is_not_taken_over()
    {
        RawSql.Execute(_file.Path, "CREATE TABLE other (x); INSERT INTO other VALUES (1);");

        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(_file.Path));
        Assert.Contains("not a Dossier store", ex.Message);
        Assert.Equal(1, RawSql.Scalar(_file.Path, "SELECT count(*) FROM other"));
        Assert.Equal(0, RawSql.Scalar(_file.Path, "PRAGMA user_version"));
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused_with_a_one_line_message()
    {
        using (SqliteArticleStore.Open(_file.Path))
        {
        }

        RawSql.Execute(_file.Path, $"PRAGMA user_version = {SqliteSchema.LatestVersion + 1}");

        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(_file.Path));
        Assert.Contains("newer version of Dossier", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_store_in_a_missing_directory_is_a_store_exception()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-missing-{Guid.NewGuid():N}", "store.db");
        var ex = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("cannot open", ex.Message);
    }

    [Fact]
    public void An_in_memory_store_works_for_its_lifetime_and_is_private()
    {
        var article = Samples.Full();
        using var first = SqliteArticleStore.Open(SqliteArticleStore.InMemory);
        using var second = SqliteArticleStore.Open(":memory:");

        Assert.True(first.AddArticle(article));
        first.AddDiagnostic(new Diagnostic("DSR101", "ingest", Severity.Warning, "empty", "e.txt"));
        first.ReplaceStories([Story("s", "H", article)]);

        StoreAssert.SameArticle(article, Assert.Single(first.GetArticles()));
        Assert.Equal(["full-1"], first.SearchArticles("caption"));
        Assert.Single(first.GetStories());
        Assert.Equal(4, first.GetDiagnostics().Count);
        Assert.Empty(second.GetArticles());
    }

    [Fact]
    public void A_disposed_store_refuses_work()
    {
        var store = SqliteArticleStore.Open(_file.Path);
        store.Dispose();
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.GetArticles());
        Assert.Throws<ObjectDisposedException>(() => store.AddArticle(Samples.Article("late")));
    }

    private (long Articles, long Blocks, long Sentences, long Diagnostics, long Index) RowCounts() => (
        RawSql.Scalar(_file.Path, "SELECT count(*) FROM articles"),
        RawSql.Scalar(_file.Path, "SELECT count(*) FROM blocks"),
        RawSql.Scalar(_file.Path, "SELECT count(*) FROM sentences"),
        RawSql.Scalar(_file.Path, "SELECT count(*) FROM diagnostics"),
        RawSql.Scalar(_file.Path, "SELECT count(*) FROM articles_fts"));

    private static Story Story(string id, string headline, params Article[] articles)
    {
        var story = new Story(id) { Headline = headline };
        story.Articles.AddRange(articles);
        return story;
    }
}
