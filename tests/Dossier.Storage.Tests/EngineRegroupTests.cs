using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Stories;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>
/// The engine's regroup over a real store: story ids that survive a regroup stay, and an id absorbed by a merge leads to
/// its survivor. The stream here groups by the words of a title, so the tests say exactly which articles belong together.
/// </summary>
public sealed class EngineRegroupTests : IDisposable
{
    private readonly TempStorePath _file = new();

    public void Dispose() => _file.Dispose();

    /// <summary>Story by one word of the title, topic by another; a story is named after its first article, as the online stream names them.</summary>
    private sealed class TitleWordStream(int storyWord, int topicWord) : IStoryStream
    {
        private readonly Dictionary<string, string> _stories = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _topics = new(StringComparer.Ordinal);

        public StoryAssignment Add(Article article)
        {
            var words = article.Metadata.Title!.Split(' ');
            var story = _stories.TryGetValue(words[storyWord], out var s) ? s : _stories[words[storyWord]] = "s" + article.Id;
            var topic = _topics.TryGetValue(words[topicWord], out var t) ? t : _topics[words[topicWord]] = "t" + article.Id;
            return new StoryAssignment(story, topic);
        }
    }

    private static Article Article(string id, string title, int day)
    {
        const string text = "The harbour authority said on Monday that the work would take another week.";
        var article = new Article(id, id + ".txt", text, new ArticleMetadata { Title = title, Published = new DateTimeOffset(2026, 5, day, 9, 0, 0, TimeSpan.Zero) });
        article.Blocks.Add(new Block(new TextSpan(0, text.Length), BlockRole.Body));
        return article;
    }

    private static DossierEngine Engine(SqliteArticleStore store, int storyWord, int topicWord = 1) =>
        new(store, new DossierOptions { StoryStream = () => new TitleWordStream(storyWord, topicWord) });

    [Fact]
    public void A_regroup_after_adding_an_earlier_article_keeps_the_ids_of_the_stories_that_survive()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        foreach (var article in new[] { Article("b", "strike port", 2), Article("c", "strike port", 3), Article("d", "launch probe", 2) }) store.AddArticle(article);
        var first = Engine(store, 0).RegroupStories();
        Assert.Equal([("sb", "tb"), ("sd", "td")], first.Select(s => (s.Id, s.TopicId)));

        // An article from the day before joins the strike story; the stream alone would now call it "sa".
        store.AddArticle(Article("a", "strike port", 1));
        var second = Engine(store, 0).RegroupStories();

        Assert.Equal([("sb", "tb"), ("sd", "td")], second.Select(s => (s.Id, s.TopicId)));
        Assert.Equal(["a", "b", "c"], second[0].Articles.Select(x => x.Id));
        Assert.Equal(["sb", "sd"], store.GetStories().Select(s => s.Id));
        Assert.Empty(store.GetStoryMerges());
    }

    [Fact]
    public void An_id_absorbed_on_regroup_leads_to_its_survivor_and_the_lookup_says_so()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        foreach (var article in new[] { Article("a", "strike port", 1), Article("c", "talks port", 3), Article("e", "launch probe", 2) }) store.AddArticle(article);
        Assert.Equal(["sa", "se", "sc"], Engine(store, 0).RegroupStories().Select(s => s.Id));

        // Grouped by the second word, the strike and the talks are one story now: the id stored first survives.
        var stories = Engine(store, 1).RegroupStories();
        Assert.Equal(["sa", "se"], stories.Select(s => s.Id));
        Assert.Equal([new Core.Stories.Online.StoryMerge("sc", "sa", "c")], store.GetStoryMerges());

        var engine = Engine(store, 1);
        var found = engine.FindStory("sc");
        Assert.NotNull(found);
        Assert.Equal(("sa", "sc"), (found.Story.Id, found.MergedFrom));
        Assert.Equal(["a", "c"], found.Story.Articles.Select(x => x.Id));

        var live = engine.FindStory("SE");
        Assert.Equal(("se", null), (live?.Story.Id, live?.MergedFrom));
        Assert.Null(engine.FindStory("sz"));
    }

    [Fact]
    public void A_found_story_brings_its_stored_siblings_into_its_dossier()
    {
        using var store = SqliteArticleStore.Open(_file.Path);
        foreach (var article in new[] { Article("a", "strike port", 1), Article("c", "talks port", 3), Article("e", "launch probe", 2) }) store.AddArticle(article);
        // Stories by the first word, topics by the second: the strike and the talks are siblings.
        var engine = Engine(store, 0, 1);
        engine.RegroupStories();

        var found = engine.FindStory("sa")!;
        var dossier = Assert.Single(engine.Report([found.Story], [], found.Others).Stories);

        Assert.Equal("ta", dossier.Topic?.Id);
        Assert.Equal(["sc"], dossier.Topic!.Stories.Select(s => s.Id));
        Assert.Equal(["talks port"], dossier.Topic.Stories.Select(s => s.Headline));
    }
}
