using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>Each story's topic and the history of story merges (migration 5).</summary>
public sealed class StoryTopicStorageTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    private static Story Story(string id, string? topic, params Core.Model.Article[] articles)
    {
        var story = new Story(id) { TopicId = topic, Headline = "headline of " + id };
        story.Articles.AddRange(articles);
        return story;
    }

    [Fact]
    public void Topics_and_merges_round_trip()
    {
        var (a, b, c) = (Samples.Article("a"), Samples.Article("b"), Samples.Article("c"));
        using (var store = SqliteArticleStore.Open(_file.Path))
        {
            foreach (var article in new[] { a, b, c }) store.AddArticle(article);
            store.ReplaceStories([Story("s1", "t1", a, b), Story("s2", null, c)], [new StoryMerge("s9", "s1", "b"), new StoryMerge("s8", "s2", "c")]);
        }

        using var reopened = SqliteArticleStore.Open(_file.Path);
        Assert.Equal([("s1", "t1"), ("s2", null)], reopened.GetStories().Select(s => (s.Id, s.TopicId)));
        Assert.Equal([new StoryMerge("s9", "s1", "b"), new StoryMerge("s8", "s2", "c")], reopened.GetStoryMerges());
    }

    [Fact]
    public void A_merge_met_again_is_kept_once_and_moves_to_the_end_of_the_history()
    {
        var (a, b) = (Samples.Article("a"), Samples.Article("b"));
        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(a);
        store.AddArticle(b);
        var first = new StoryMerge("s7", "s1", "a");
        var second = new StoryMerge("s8", "s1", "b");

        store.ReplaceStories([Story("s1", "t1", a, b)], [first, second]);
        store.ReplaceStories([Story("s1", "t1", a, b)], [first]);
        store.ReplaceStories([Story("s1", "t1", a, b)]);

        Assert.Equal([second, first], store.GetStoryMerges());
        Assert.Equal(2, RawSql.Scalar(_file.Path, "SELECT count(*) FROM story_merges"));
    }

    [Fact]
    public void A_bad_merge_is_a_store_exception_and_the_previous_stories_stay()
    {
        var a = Samples.Article("a");
        using var store = SqliteArticleStore.Open(_file.Path);
        store.AddArticle(a);
        store.ReplaceStories([Story("s1", "t1", a)]);

        var ghost = Assert.Throws<StoreException>(() => store.ReplaceStories([Story("s2", "t2", a)], [new StoryMerge("s1", "s2", "ghost")]));
        Assert.Contains("ghost", ghost.Message);
        var self = Assert.Throws<StoreException>(() => store.ReplaceStories([Story("s2", "t2", a)], [new StoryMerge("s2", "s2", "a")]));
        Assert.Contains("itself", self.Message);

        Assert.Equal(("s1", "t1"), store.GetStories().Select(s => (s.Id, s.TopicId)).Single());
        Assert.Empty(store.GetStoryMerges());
    }

    [Fact]
    public void A_version_4_store_keeps_its_stories_without_a_topic_and_has_no_merges()
    {
        RawSql.Execute(_file.Path, string.Concat(Enumerable.Range(1, 4).Select(SqliteSchema.Migration)) + $"""
            PRAGMA user_version = 4; PRAGMA application_id = {SqliteSchema.ApplicationId};
            INSERT INTO articles (id, origin, text, ingested_at) VALUES ('old', 'old.txt', 'Old text.', '2024-03-02T00:00:00.0000000+00:00');
            INSERT INTO stories (id, headline, ordinal) VALUES ('s-old', 'Old story', 0);
            INSERT INTO story_articles (story_id, article_id, ordinal) VALUES ('s-old', 'old', 0);
            """);

        using var store = SqliteArticleStore.Open(_file.Path);

        Assert.Equal(SqliteSchema.LatestVersion - 4, store.MigrationsApplied);
        var story = Assert.Single(store.GetStories());
        Assert.Equal(("s-old", null), (story.Id, story.TopicId));
        Assert.Equal(["old"], story.ArticleIds);
        Assert.Empty(store.GetStoryMerges());
    }
}
