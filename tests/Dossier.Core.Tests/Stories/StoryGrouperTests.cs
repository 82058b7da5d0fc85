using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Tests.Stories;

public sealed class StoryGrouperTests
{
    private static Article On(string id, int day) =>
        new(id, id + ".txt", "The ferry between Oskar Point and the islands ran late again on Monday.",
            new ArticleMetadata { Published = new DateTimeOffset(2026, 3, day, 8, 0, 0, TimeSpan.Zero) });

    [Fact]
    public void Articles_enter_the_stream_in_stream_order_and_stories_come_in_the_order_they_started()
    {
        var (a, b, c, d) = (On("a", 4), On("b", 1), On("c", 3), On("d", 2));
        var stream = new ScriptedStream(new Dictionary<string, StoryAssignment>
        {
            ["b"] = new("s-b", "t-1"), ["d"] = new("s-d", "t-2"), ["c"] = new("s-b", "t-1"), ["a"] = new("s-d", "t-2"),
        });

        var grouping = new StoryGrouper(() => stream).Group([a, b, c, d]);

        Assert.Equal(["b", "d", "c", "a"], stream.Arrivals);
        Assert.Equal(["s-b", "s-d"], grouping.Stories.Select(s => s.Id));
        Assert.Equal(["b", "c"], grouping.Stories[0].Articles.Select(x => x.Id));
        Assert.Equal(["d", "a"], grouping.Stories[1].Articles.Select(x => x.Id));
        Assert.Equal(["t-1", "t-2"], grouping.Stories.Select(s => s.TopicId));
    }

    [Fact]
    public void Assignments_are_resolved_at_the_end_so_a_story_merged_later_holds_its_articles_under_the_survivor()
    {
        var (a, b, c) = (On("a", 1), On("b", 2), On("c", 3));
        var stream = new ScriptedStream(
            new Dictionary<string, StoryAssignment> { ["a"] = new("s-a", "t-a"), ["b"] = new("s-b", "t-b"), ["c"] = new("s-a", "t-a") },
            [new StoryMerge("s-b", "s-a", "c")],
            new Dictionary<string, StoryAssignment> { ["s-b"] = new("s-a", "t-a") });

        var grouping = new StoryGrouper(() => stream).Group([c, b, a]);

        var story = Assert.Single(grouping.Stories);
        Assert.Equal(("s-a", "t-a"), (story.Id, story.TopicId));
        Assert.Equal(["a", "b", "c"], story.Articles.Select(x => x.Id));
        Assert.Equal([new StoryMerge("s-b", "s-a", "c")], grouping.Merges);
    }

    [Fact]
    public void A_merge_names_the_story_its_survivor_leads_to_now()
    {
        // s-c merged into s-b, then s-b into s-a: both absorbed ids lead to s-a.
        var (a, b, c) = (On("a", 1), On("b", 2), On("c", 3));
        var toA = new StoryAssignment("s-a", "t");
        var stream = new ScriptedStream(
            new Dictionary<string, StoryAssignment> { ["a"] = toA, ["b"] = new("s-b", "t"), ["c"] = new("s-c", "t") },
            [new StoryMerge("s-c", "s-b", "c"), new StoryMerge("s-b", "s-a", "c")],
            new Dictionary<string, StoryAssignment> { ["s-b"] = toA, ["s-c"] = toA });

        var grouping = new StoryGrouper(() => stream).Group([a, b, c]);

        Assert.Equal([new StoryMerge("s-c", "s-a", "c"), new StoryMerge("s-b", "s-a", "c")], grouping.Merges);
    }

    [Fact]
    public void Every_grouping_gets_a_fresh_stream()
    {
        var made = 0;
        var grouper = new StoryGrouper(() =>
        {
            made++;
            return new ScriptedStream(new Dictionary<string, StoryAssignment> { ["a"] = new("s-a", "t-a") });
        });
        grouper.Group([On("a", 1)]);
        grouper.Group([On("a", 1)]);
        Assert.Equal(2, made);
    }

    [Fact]
    public void The_online_clusterer_gives_its_merges_through_the_stream_interface()
    {
        // The interface's empty default must not hide the clusterer's own list, or no merge would reach the store.
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions());
        IStoryStream stream = clusterer;
        Assert.Same(clusterer.Merges, stream.Merges);
    }

    [Fact]
    public void No_articles_make_no_stories() =>
        Assert.Empty(new StoryGrouper(() => new ScriptedStream(new Dictionary<string, StoryAssignment>())).Group([]).Stories);
}
