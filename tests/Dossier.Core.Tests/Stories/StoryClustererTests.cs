using Dossier.Core.Model;
using Dossier.Core.Stories;

namespace Dossier.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly string[] Flood =
    [
        "The river Aller burst its banks in Norburg on Sunday, flooding the lower town and forcing 300 residents from their homes, Mayor Ilse Varn said.",
        "Mayor Ilse Varn said the Aller flood in Norburg had reached the old mill by Sunday night, and emergency crews were pumping water from the lower town.",
        "Residents of Norburg's lower town returned on Tuesday as the Aller receded, though Mayor Ilse Varn warned that the embankment near the mill needed repairs.",
    ];

    private static readonly string[] Chess =
    [
        "Grandmaster Pavel Oreth won the Castellan Open chess tournament on Saturday after a tense final-round draw against defending champion Mira Sandor.",
        "Pavel Oreth's victory at the Castellan Open makes him the youngest winner of the chess event, which Mira Sandor had won in each of the last two years.",
    ];

    private static IReadOnlyList<Story> Cluster(IEnumerable<string> texts) =>
        new StoryClusterer(new StoryClustererOptions()).Cluster(texts.Select((t, i) => TestArticles.FromText(t, $"a{i}.txt")).ToList());

    [Fact]
    public void Articles_about_one_event_form_one_story_and_another_event_another()
    {
        var stories = Cluster([Flood[0], Chess[0], Flood[1], Chess[1], Flood[2]]);
        Assert.Equal(2, stories.Count);
        Assert.Equal(["a0.txt", "a2.txt", "a4.txt"], stories[0].Articles.Select(a => a.Origin));
        Assert.Equal(["a1.txt", "a3.txt"], stories[1].Articles.Select(a => a.Origin));
    }

    [Fact]
    public void Story_ids_come_from_the_first_article_so_they_are_stable()
    {
        var first = Cluster(Flood);
        var second = Cluster(Flood);
        Assert.Equal(first.Single().Id, second.Single().Id);
        Assert.Equal("s" + first.Single().Articles[0].Id[..12], first.Single().Id);
    }

    [Fact]
    public void Stream_order_is_by_publication_time_then_origin()
    {
        var late = TestArticles.FromText(Flood[0], "z.txt", new ArticleMetadata { Published = new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero) });
        var early = TestArticles.FromText(Flood[1], "y.txt", new ArticleMetadata { Published = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) });
        var undated = TestArticles.FromText(Flood[2], "a.txt");
        Assert.Equal([early, late, undated], StoryClusterer.StreamOrder([undated, late, early]));
    }

    [Fact]
    public void No_articles_make_no_stories() => Assert.Empty(Cluster([]));
}
