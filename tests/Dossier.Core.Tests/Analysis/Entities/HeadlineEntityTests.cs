using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>
/// Headings in title case capitalise every word, so a tagger finds "names" in them; an entity named only there is
/// listed only when its name is of a known kind.
/// </summary>
public sealed class HeadlineEntityTests
{
    private const string Body =
        "<p>Fishing crews in Brightwater returned to the harbour on Tuesday after the port board and the crews agreed to " +
        "resume talks over quotas, fuel prices and the state of the old sea wall, which flooded twice this winter.</p>" +
        "<p>Ingrid Halvorsen, who chairs the port board, said the first meeting had gone better than expected and that " +
        "both sides wanted an answer before the spring season opens in the second week of March.</p>";

    private static readonly string Html =
        "<html><head><title>Harbour Talks Resume in Brightwater</title></head><body><article>" +
        "<h1>Harbour Talks Resume in Brightwater</h1>" + Body +
        "<h2>Quiet Deal Becomes Turning Point</h2>" + Body +
        "<h2>Dockside Pact Wins Over Skeptics</h2>" + Body +
        "<h2>Meet Zhao Mingde</h2>" + Body +
        "<h2>Why Britain Is Watching</h2>" + Body +
        "<h2>Crews still doubt the Saltmarsh Accord</h2>" + Body +
        "</article></body></html>";

    private static IReadOnlyList<ResolvedEntity> Entities() => Resolve(Page(Html,
        Loc("Brightwater"), Per("Ingrid Halvorsen"), Org("Quiet Deal Becomes Turning Point"), Per("Dockside Pact"), Per("Zhao Mingde"),
        Loc("Britain"), Misc("Saltmarsh Accord")));

    [Fact]
    public void The_test_page_has_its_headings()
    {
        var article = TestArticles.FromHtml(Html);
        var headings = article.Blocks.Where(b => b.Role == BlockRole.Heading).Select(b => article.TextOf(b.Span)).ToList();
        Assert.Contains("Quiet Deal Becomes Turning Point", headings);
        Assert.Contains("Crews still doubt the Saltmarsh Accord", headings);
    }

    [Fact]
    public void Capitalised_words_named_only_in_title_case_headings_are_not_listed()
    {
        var names = Entities().Select(e => e.Name).ToList();
        Assert.DoesNotContain("Quiet Deal Becomes Turning Point", names);
        Assert.DoesNotContain("Dockside Pact", names);
    }

    [Fact]
    public void Known_kinds_of_name_in_headings_stay_and_so_does_a_name_the_text_repeats()
    {
        var entities = Entities();
        Assert.Equal(EntityKind.Person, entities.Named("Zhao Mingde").Kind);
        Assert.Equal(EntityKind.Location, entities.Named("United Kingdom").Kind);
        Assert.Equal(EntityKind.Location, entities.Named("Brightwater").Kind);
        Assert.True(entities.Named("Brightwater").Mentions.Count > 1);
    }

    [Fact]
    public void A_heading_in_sentence_case_is_read_like_the_text()
    {
        Assert.Equal(EntityKind.Misc, Resolve(Page(Html, Misc("Saltmarsh Accord"))).Named("Saltmarsh Accord").Kind);
    }
}
