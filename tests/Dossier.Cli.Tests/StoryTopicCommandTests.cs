using System.Text.Json;
using Dossier.Core.Stories.Online;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>Topics, sibling stories and merged story ids as `brief`, `stories` and `show` give them.</summary>
public sealed class StoryTopicCommandTests
{
    [Fact]
    public void Brief_gives_every_story_its_topic_and_the_other_stories_of_that_topic()
    {
        var result = Cli.Run("brief", RepoPaths.Samples, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetString()!, Headline: s.GetProperty("headline").GetString()!, Topic: s.GetProperty("topic")))
            .ToList();

        // The samples hold two subjects, a port strike and a space launch, whatever the stories within them.
        Assert.Equal(2, stories.Select(s => s.Topic.GetProperty("id").GetString()).Distinct().Count());
        foreach (var story in stories)
        {
            var topic = story.Topic.GetProperty("id").GetString();
            var expected = stories.Where(s => s.Id != story.Id && s.Topic.GetProperty("id").GetString() == topic).Select(s => (s.Id, s.Headline));
            var siblings = story.Topic.GetProperty("stories").EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("headline").GetString()!));
            Assert.Equal(expected, siblings);
        }
    }

    [Fact]
    public void Stories_lists_each_story_with_its_topic()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        Assert.Equal(0, Cli.Run("ingest", RepoPaths.Samples, "--db", db).ExitCode);
        var lines = Cli.Run("stories", "--db", db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^s[0-9a-f]{12}\s+\d+ article\(s\)  topic t[0-9a-f]{12}  \S", line));
    }

    [Fact]
    public void Show_of_a_merged_id_prints_the_story_that_absorbed_it_and_says_so_on_stderr()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        Assert.Equal(0, Cli.Run("ingest", RepoPaths.Samples, "--db", db).ExitCode);
        string survivor;
        using (var store = SqliteArticleStore.Open(db))
        {
            // Record that an earlier story was merged into the first stored one, as a regroup would.
            var first = store.GetStories()[0];
            survivor = first.Id;
            var stories = store.GetStories().Select(s =>
            {
                var story = new Core.Stories.Story(s.Id) { TopicId = s.TopicId, Headline = s.Headline };
                story.Articles.AddRange(s.ArticleIds.Select(id => store.GetArticle(id)!));
                return story;
            }).ToList();
            store.ReplaceStories(stories, [new StoryMerge("s0123456789ab", survivor, first.ArticleIds[0])]);
        }

        var result = Cli.Run("show", "s0123456", "--db", db, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal($"story s0123456789ab was merged into {survivor}", result.Err.Trim());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(survivor, json.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Show_of_a_live_id_says_nothing_about_merges()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        Assert.Equal(0, Cli.Run("ingest", RepoPaths.Samples, "--db", db).ExitCode);
        var id = Cli.Run("stories", "--db", db).Out.Split(' ')[0];
        var result = Cli.Run("show", id, "--db", db);
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Equal("", result.Err);
    }
}
