using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Entities.Tagging;
using Dossier.Core.Pipeline;
using Dossier.Core.Synthesis;
using Dossier.Core.Tests.Analysis.Entities;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>
/// The seeds' who's who, first with a stand-in tagger that marks the names the seeds use (as the trained tagger should),
/// which checks that resolution and the role patterns handle the seeds' real phrasing; then with the trained tagger
/// itself, slips and all (issue 4's acceptance). The seed text is not copied here.
/// </summary>
public sealed class SeedEntityTests
{
    private static readonly FakeRecognizer Names = new(
        [
            .. new[] { "Donald Trump", "Trump", "Melania Trump", "Xi Jinping", "Xi", "Scott Bessent", "Bessent", "Howard Lutnick", "Lutnick",
                "Jamieson Greer", "Greer", "He Lifeng", "Wang Wentao", "Li Chenggang", "Kevin Hassett", "Hassett", "Robin Xing", "Keir Starmer" }
                .Select(n => (n, EntityType.Person)),
            .. new[] { "Reuters", "Xinhua", "QQ News", "Bloomberg", "Irish Examiner", "CNBC", "CCTV", "Sputnik", "Truth Social", "Morgan Stanley",
                "National Economic Council", "Huawei Technologies Co.", "White House", "Nvidia" }
                .Select(n => (n, EntityType.Organization)),
            .. new[] { "U.S.", "US", "United States", "China", "London", "Beijing", "Washington", "Geneva", "UK", "Hong Kong" }
                .Select(n => (n, EntityType.Location)),
            ("Chinese", EntityType.Misc),
        ]);

    private static StoryDossier Dossier(IEntityRecognizer? recognizer = null)
    {
        using var store = SqliteArticleStore.Open(SqliteArticleStore.InMemory);
        var pipeline = ArticlePipeline.Standard().WithStage(new EntityStage(recognizer ?? Names));
        var engine = new DossierEngine(store, new DossierOptions(), pipeline: pipeline);
        var summary = engine.Ingest([RepoPaths.Seeds]);
        var story = Assert.Single(engine.Group(summary.ArticleIds.Select(store.GetArticle).OfType<Core.Model.Article>()));
        return new DossierBuilder(new DossierBuilderOptions()).Build(story);
    }

    [SharedDataFact("seeds")]
    public void Both_delegations_are_listed_once_each_with_their_roles()
    {
        var people = Dossier().People.ToList();
        Assert.Equal(people.Count, people.Select(p => p.Name).Distinct().Count());
        string[] Roles(string name) => people.Single(p => p.Name == name).Roles.Select(r => r.Text).ToArray();

        Assert.Equal("Treasury Secretary", Roles("Scott Bessent")[0]);
        Assert.Equal("Commerce Secretary", Roles("Howard Lutnick")[0]);
        Assert.Contains("Trade Representative", Roles("Jamieson Greer"));
        Assert.Equal("Vice Premier", Roles("He Lifeng")[0]);
        Assert.Equal(["Commerce Minister"], Roles("Wang Wentao"));
        Assert.Equal(["Trade Representative"], Roles("Li Chenggang"));
        Assert.Equal("President", Roles("Donald Trump")[0]);
        Assert.Equal("Chinese President", Roles("Xi Jinping")[0]);
        Assert.Contains("Morgan Stanley", people.Single(p => p.Name == "Robin Xing").Affiliations.Select(a => a.Text));
        Assert.All(people, p => Assert.DoesNotContain(p.Name, new[] { "Trump", "Xi", "Bessent", "Lutnick", "Greer", "Hassett" }));
    }

    /// <summary>Each delegation member, the story's name for them and a word their roles must hold.</summary>
    private static readonly (string Name, string TitleWord)[] Delegations =
    [
        ("Scott Bessent", "Treasury"), ("Howard Lutnick", "Commerce"), ("Jamieson Greer", "Trade Representative"),
        ("He Lifeng", "Vice Premier"), ("Wang Wentao", "Commerce"), ("Li Chenggang", "Trade Representative"),
    ];

    [SharedDataFact("seeds", ColdStream.Reason)]
    public void With_the_trained_tagger_both_delegations_are_listed_once_each_with_their_roles()
    {
        var tagger = EntityTagger.LoadDefault();
        Assert.True(tagger is not null, "this build embeds no entity model (models/entities.model)");
        var people = Dossier(tagger).People.ToList();
        var listed = string.Join("; ", people.Select(p => $"{p.Name} [{string.Join(", ", p.Roles.Select(r => r.Text))}]"));

        foreach (var (name, titleWord) in Delegations)
        {
            var matches = people.Where(p => p.Name == name || p.Aliases.Contains(name)).ToList();
            Assert.True(matches.Count == 1, $"{name} is listed {matches.Count} times; people: {listed}");
            Assert.True(matches[0].Roles.Any(r => r.Text.Contains(titleWord, StringComparison.OrdinalIgnoreCase)),
                $"{name} has no role with '{titleWord}'; people: {listed}");
        }
        // Nobody twice under a shorter form, and no headline words taken for people.
        foreach (var person in people)
        {
            var longer = people.Where(o => o.Name.EndsWith(" " + person.Name, StringComparison.Ordinal) || o.Name.StartsWith(person.Name + " ", StringComparison.Ordinal));
            Assert.True(!longer.Any(), $"'{person.Name}' is listed beside {string.Join(", ", longer.Select(o => o.Name))}");
            Assert.True(person.Name.Split(' ').Length <= 3, $"'{person.Name}' is no person's name; people: {listed}");
        }
    }

    [SharedDataFact("seeds")]
    public void The_outlets_the_seeds_cite_are_outlets()
    {
        var outlets = Dossier().MentionedOutlets.ToList();
        Assert.Subset(outlets.Select(o => o.Name).ToHashSet(), new HashSet<string> { "Reuters", "Xinhua", "QQ News", "Bloomberg", "CNBC", "Truth Social" });
        Assert.Equal(OutletKind.Platform, outlets.Single(o => o.Name == "Truth Social").OutletKind);
    }
}
