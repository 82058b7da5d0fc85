using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Stories;

public class OnlineStoryClustererTests
{
    // Two events of one kind (two harbour fires in two towns, days apart) and one of another kind (a cycling race).
    private static readonly string[] FireInVellmar =
    [
        "A fire destroyed three warehouses in the harbour of Vellmar on Tuesday. Firefighters from Vellmar fought the blaze for nine hours, and 14 workers were treated for smoke.",
        "Investigators in Vellmar said the harbour fire began in a warehouse storing paint. The Vellmar fire brigade said 14 workers were hurt and three warehouses were lost.",
        "The mayor of Vellmar promised to rebuild the three harbour warehouses lost in Tuesday's fire, which left 14 workers injured.",
    ];

    private static readonly string[] FireInOstrava =
    [
        "Fire swept through a grain store at the port of Ostrava Kreek on Friday, and two sailors were rescued from a burning barge. Ostrava Kreek firefighters needed 40 engines.",
        "The port of Ostrava Kreek reopened after Friday's fire in a grain store. Two sailors rescued from a barge are recovering, Ostrava Kreek officials said.",
    ];

    private static readonly string[] Race =
    [
        "Mirela Castan won the mountain stage of the Tour of Lindholm cycling race, climbing clear of the leaders on the final ascent to Grauberg.",
        "Castan keeps the leader's jersey of the Tour of Lindholm after her stage win at Grauberg, with the time trial to come on Sunday.",
    ];

    private static Article Article(string text, int n) => TestArticles.FromText(text, origin: $"a{n}.txt");

    // More of each fire, for the splits: a story is tested for a split once it holds seven articles.
    private static readonly string[] MoreVellmar =
    [
        "Vellmar harbour workers returned on Thursday to the three warehouses burnt out in Tuesday's fire; the paint store where it began is to be demolished.",
        "Insurers put the cost of the Vellmar harbour fire, which injured 14 workers and destroyed three warehouses, at several million.",
        "The Vellmar fire brigade chief praised the crews who fought Tuesday's harbour blaze for nine hours before the three warehouses collapsed.",
        "Police in Vellmar ruled out arson in the harbour fire: a spark from a paint mixer set the first of the three warehouses alight, they said.",
    ];

    private static readonly string[] MoreOstrava =
    [
        "Ostrava Kreek port authorities counted 40 engines at Friday's grain store fire and said the burning barge would be towed away.",
        "The two sailors pulled from the burning barge at Ostrava Kreek were released from hospital, the port said after Friday's grain store fire.",
    ];

    [Fact]
    public void A_story_that_took_in_two_events_splits_and_the_moved_articles_resolve_to_the_new_story()
    {
        // A join threshold so low that every fire joins the first one's story: only a split can part the two towns.
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions { JoinThreshold = 0.01, SplitThreshold = 0.45 });
        var texts = new[] { FireInVellmar[0], FireInOstrava[0], FireInVellmar[1], FireInOstrava[1], FireInVellmar[2], MoreOstrava[0], MoreVellmar[0] };
        var articles = texts.Select((text, i) => Article(text, i)).ToList();
        var added = articles.Select(clusterer.Add).ToList();
        Assert.Single(added.Take(6).Select(a => a.StoryId).Distinct()); // one story until the seventh article

        var resolved = added.Select(clusterer.Resolve).ToList();
        var vellmar = new[] { 0, 2, 4, 6 }.Select(i => resolved[i]).ToList();
        var ostrava = new[] { 1, 3, 5 }.Select(i => resolved[i]).ToList();
        Assert.Single(vellmar.Select(a => a.StoryId).Distinct());
        Assert.Single(ostrava.Select(a => a.StoryId).Distinct());
        Assert.NotEqual(vellmar[0].StoryId, ostrava[0].StoryId);
        // The story keeps the id of its first article; the new one is a sibling in the same topic.
        Assert.Equal("s" + articles[0].Id[..12], vellmar[0].StoryId);
        Assert.Equal(vellmar[0].TopicId, ostrava[0].TopicId);
        var split = Assert.Single(clusterer.Splits);
        Assert.Equal(vellmar[0].StoryId, split.Kept);
        Assert.Equal(ostrava[0].StoryId, split.Started);
        Assert.Equal(new[] { 1, 3, 5 }.Select(i => articles[i].Id).Order(), split.MovedArticles.Order());
    }

    [Fact]
    public void A_story_of_one_event_does_not_split()
    {
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions { JoinThreshold = 0.01, SplitThreshold = 0.45 });
        var texts = FireInVellmar.Concat(MoreVellmar).ToList();
        var resolved = texts.Select((text, i) => clusterer.Add(Article(text, i))).ToList().Select(clusterer.Resolve).ToList();
        Assert.Single(resolved.Select(a => a.StoryId).Distinct());
        Assert.Empty(clusterer.Splits);
    }

    [Fact]
    public void Articles_of_one_event_share_a_story_and_two_events_of_one_kind_do_not()
    {
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions());
        int n = 0;
        var stream = new[] { FireInVellmar[0], Race[0], FireInOstrava[0], FireInVellmar[1], FireInOstrava[1], Race[1], FireInVellmar[2] };
        var assigned = stream.Select(text => clusterer.Add(Article(text, n++))).Select(clusterer.Resolve).ToList();

        var vellmar = new[] { assigned[0], assigned[3], assigned[6] };
        var ostrava = new[] { assigned[2], assigned[4] };
        var race = new[] { assigned[1], assigned[5] };
        Assert.Single(vellmar.Select(a => a.StoryId).Distinct());
        Assert.Single(ostrava.Select(a => a.StoryId).Distinct());
        Assert.Single(race.Select(a => a.StoryId).Distinct());
        Assert.Equal(3, assigned.Select(a => a.StoryId).Distinct().Count());
        Assert.NotEqual(race[0].TopicId, vellmar[0].TopicId);
    }

    [Fact]
    public void A_story_keeps_the_id_of_its_first_article()
    {
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions());
        var first = Article(FireInVellmar[0], 1);
        var a = clusterer.Add(first);
        var b = clusterer.Add(Article(FireInVellmar[1], 2));
        Assert.Equal("s" + first.Id[..12], a.StoryId);
        Assert.Equal(a.StoryId, b.StoryId);
    }

    [Fact]
    public void The_active_set_stays_within_its_bound_on_a_long_stream()
    {
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions { MaxActiveStories = 20 });
        var random = new Random(5);
        string[] words = ["harbour", "fire", "election", "bridge", "storm", "court", "budget", "vaccine", "strike", "festival", "mine", "flood"];
        for (int i = 0; i < 400; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)] + random.Next(60))) + ".";
            clusterer.Add(Article(text, i));
            Assert.InRange(clusterer.ActiveStories, 0, 20);
        }
        Assert.True(clusterer.StoriesStarted > 20);
    }

    [Fact]
    public void Arbitrary_text_never_throws_and_always_gets_a_story_and_a_topic()
    {
        var clusterer = new OnlineStoryClusterer(new StoryStreamOptions { MaxActiveStories = 10 });
        int n = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<string>().Where(s => !string.IsNullOrWhiteSpace(s))), text =>
        {
            var extracted = new Dossier.Core.Extraction.ArticleExtractor(new Dossier.Core.Ingest.IngestOptions())
                .Extract(new Dossier.Core.Ingest.SourceDocument($"r{n++}.txt", Dossier.Core.Ingest.SourceFormat.PlainText, text, new ArticleMetadata(), []));
            if (extracted.Article is not { } article) return;
            var assignment = clusterer.Add(article);
            Assert.StartsWith("s", assignment.StoryId);
            Assert.StartsWith("t", assignment.TopicId);
            Assert.Equal(assignment.StoryId, clusterer.Resolve(assignment).StoryId);
        }));
    }
}
