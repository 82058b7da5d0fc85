using Dossier.Core.Model;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Tests.Synthesis;

public sealed class StoryTopicsTests
{
    private static StoryDossier Dossier(string id, string headline) => new(id, headline, [], null, null, [], []);

    [Fact]
    public void Each_story_lists_the_other_stories_of_its_topic_in_report_order_and_not_itself()
    {
        var dossiers = new[] { Dossier("s1", "Strike begins"), Dossier("s2", "Launch scrubbed"), Dossier("s3", "Talks resume"), Dossier("s4", "Deal reached") };
        var topics = new Dictionary<string, string> { ["s1"] = "t-port", ["s2"] = "t-space", ["s3"] = "t-port", ["s4"] = "t-port" };

        var attached = StoryTopics.Attach(dossiers, topics);

        Assert.Equal("t-port", attached[0].Topic!.Id);
        Assert.Equal([new RelatedStory("s3", "Talks resume"), new RelatedStory("s4", "Deal reached")], attached[0].Topic!.Stories);
        Assert.Equal([new RelatedStory("s1", "Strike begins"), new RelatedStory("s4", "Deal reached")], attached[2].Topic!.Stories);
        Assert.Equal("t-space", attached[1].Topic!.Id);
        Assert.Empty(attached[1].Topic!.Stories);
    }

    [Fact]
    public void Known_stories_outside_the_report_are_siblings_after_the_reported_ones_each_once()
    {
        var dossiers = new[] { Dossier("s1", "Strike begins") };
        var others = new[]
        {
            new StoryHeadline("s9", "t-port", "Ferries keep running"),
            new StoryHeadline("s1", "t-port", "Stored headline of the reported story"),
            new StoryHeadline("s8", "t-other", "Unrelated"),
            new StoryHeadline("s9", "t-port", "Ferries keep running"),
        };

        var attached = StoryTopics.Attach(dossiers, new Dictionary<string, string> { ["s1"] = "t-port" }, others);

        Assert.Equal([new RelatedStory("s9", "Ferries keep running")], attached[0].Topic!.Stories);
    }

    [Fact]
    public void A_story_without_a_known_topic_has_none()
    {
        var attached = StoryTopics.Attach([Dossier("s1", "Strike begins")], new Dictionary<string, string>(), [new StoryHeadline("s2", null, "Other")]);
        Assert.Null(attached[0].Topic);
    }
}
