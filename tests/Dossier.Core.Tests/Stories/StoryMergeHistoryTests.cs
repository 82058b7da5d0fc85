using Dossier.Core.Storage;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Tests.Stories;

public sealed class StoryMergeHistoryTests
{
    private static readonly StoredStory Live = new("s-live", "Bridge reopens", ["a", "b"], "t-1");

    [Fact]
    public void An_absorbed_id_leads_through_every_later_merge_to_the_live_story()
    {
        var found = StoryMergeHistory.Find([new("s-old", "s-mid", "a"), new("s-mid", "s-live", "b")], [Live], "s-old");
        Assert.Equal(("s-old", Live), found);
    }

    [Fact]
    public void A_unique_prefix_in_any_case_names_an_absorbed_id_and_an_ambiguous_one_names_none()
    {
        StoryMerge[] merges = [new("s-old1", "s-live", "a"), new("s-old2", "s-live", "b")];
        Assert.Equal("s-old2", StoryMergeHistory.Find(merges, [Live], "S-OLD2")?.Absorbed);
        Assert.Null(StoryMergeHistory.Find(merges, [Live], "s-old"));
        Assert.Null(StoryMergeHistory.Find(merges, [Live], "s-new"));
    }

    [Fact]
    public void The_latest_merge_of_an_id_counts()
    {
        var other = new StoredStory("s-other", "Bridge closes", ["c"]);
        var found = StoryMergeHistory.Find([new("s-old", "s-other", "c"), new("s-old", "s-live", "a")], [Live, other], "s-old");
        Assert.Equal(Live, found?.Survivor);
    }

    [Fact]
    public void A_chain_that_ends_nowhere_or_goes_round_finds_nothing()
    {
        Assert.Null(StoryMergeHistory.Find([new("s-old", "s-gone", "a")], [Live], "s-old"));
        Assert.Null(StoryMergeHistory.Find([new("s-x", "s-y", "a"), new("s-y", "s-x", "b")], [Live], "s-x"));
    }
}
