using Dossier.Core.Model;
using Dossier.Core.Storage;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Tests.Stories;

public sealed class StableStoryIdsTests
{
    private static Story Group(string id, string? topic, params string[] articles)
    {
        var story = new Story(id) { TopicId = topic };
        story.Articles.AddRange(articles.Select(a => new Article(a, a + ".txt", "Text.", new ArticleMetadata())));
        return story;
    }

    private static StoredStory Stored(string id, string? topic, params string[] articles) => new(id, "headline of " + id, articles, topic);

    private static StoryGrouping Carry(IReadOnlyList<Story> now, IReadOnlyList<StoredStory> before, params StoryMerge[] merges) =>
        StableStoryIds.Carry(new StoryGrouping(now, merges), before);

    [Fact]
    public void Without_a_previous_grouping_the_stream_ids_stand()
    {
        var carried = Carry([Group("s-a", "t-a", "a", "b"), Group("s-c", "t-a", "c")], []);
        Assert.Equal(["s-a", "s-c"], carried.Stories.Select(s => s.Id));
        Assert.Equal(["t-a", "t-a"], carried.Stories.Select(s => s.TopicId));
        Assert.Equal(["a", "b"], carried.Stories[0].Articles.Select(a => a.Id));
        Assert.Empty(carried.Merges);
    }

    [Fact]
    public void A_story_that_an_earlier_article_joined_keeps_its_id_and_so_does_its_topic()
    {
        // Before: s-b held b and c. Now an article dated earlier, a, leads the same story, which the stream names s-a.
        var carried = Carry([Group("s-a", "t-a", "a", "b", "c"), Group("s-d", "t-d", "d")], [Stored("s-b", "t-b", "b", "c"), Stored("s-d", "t-d", "d")]);
        Assert.Equal(["s-b", "s-d"], carried.Stories.Select(s => s.Id));
        Assert.Equal(["t-b", "t-d"], carried.Stories.Select(s => s.TopicId));
        Assert.Empty(carried.Merges);
    }

    [Fact]
    public void Two_stored_stories_that_became_one_keep_the_id_stored_first_and_the_other_is_recorded_as_merged()
    {
        var carried = Carry([Group("s-a", "t-a", "a", "b", "c", "d")], [Stored("s-c", "t-a", "c", "d"), Stored("s-a", "t-a", "a", "b")]);
        var story = Assert.Single(carried.Stories);
        Assert.Equal("s-c", story.Id);
        Assert.Equal([new StoryMerge("s-a", "s-c", "a")], carried.Merges);
    }

    [Fact]
    public void A_split_story_keeps_its_id_on_the_larger_part_and_the_other_part_may_not_reuse_it()
    {
        // s-x held x, y and z; now x stands alone, and the stream would call that part s-x too.
        var carried = Carry([Group("s-x", "t-x", "x"), Group("s-y", "t-x", "y", "z")], [Stored("s-x", "t-x", "x", "y", "z")]);
        Assert.Equal(["sx", "s-x"], carried.Stories.Select(s => s.Id));
        Assert.Equal(["y", "z"], carried.Stories[1].Articles.Select(a => a.Id));
        Assert.Empty(carried.Merges);
    }

    [Fact]
    public void On_a_tie_the_earlier_group_takes_the_id()
    {
        var carried = Carry([Group("s-a", "t", "a"), Group("s-b", "t", "b")], [Stored("s-z", "t", "b", "a")]);
        Assert.Equal(["s-z", "s-b"], carried.Stories.Select(s => s.Id));
    }

    [Fact]
    public void An_absorbed_id_is_not_taken_by_another_group()
    {
        // s-b went into s-a's group; a new group the stream happens to call s-b gets its first article's id instead.
        var carried = Carry([Group("s-a", "t", "a", "b"), Group("s-b", "t", "e")], [Stored("s-a", "t", "a"), Stored("s-b", "t", "b")]);
        Assert.Equal(["s-a", "se"], carried.Stories.Select(s => s.Id));
        Assert.Equal([new StoryMerge("s-b", "s-a", "b")], carried.Merges);
    }

    [Fact]
    public void The_streams_merges_name_survivors_by_their_final_ids_and_ids_alive_again_are_dropped()
    {
        var carried = Carry(
            [Group("s-a", "t", "a", "b", "c"), Group("s-q", "t", "q")],
            [Stored("s-b", "t", "b", "c")],
            new StoryMerge("s-c", "s-a", "c"), new StoryMerge("s-q", "s-a", "c"));
        Assert.Equal(["s-b", "s-q"], carried.Stories.Select(s => s.Id));
        Assert.Equal([new StoryMerge("s-c", "s-b", "c")], carried.Merges);
    }

    [Fact]
    public void Stories_without_a_topic_stay_without_one()
    {
        var carried = Carry([Group("s-a", null, "a")], [Stored("s-a", null, "a")]);
        Assert.Null(Assert.Single(carried.Stories).TopicId);
    }

    [Fact]
    public void Topics_are_carried_by_their_articles_too()
    {
        // Topic t-b (stories s-b and s-c) is now named t-a by the stream, because article a came first.
        var carried = Carry(
            [Group("s-a", "t-a", "a"), Group("s-b", "t-a", "b"), Group("s-c", "t-a", "c")],
            [Stored("s-b", "t-b", "b"), Stored("s-c", "t-b", "c")]);
        Assert.Equal(["t-b", "t-b", "t-b"], carried.Stories.Select(s => s.TopicId));
    }
}
