using Dossier.Core.Analysis.Entities.Resolution;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>Resolution over the articles of a story.</summary>
public sealed class StoryResolutionTests
{
    [Fact]
    public void Entities_with_the_same_key_merge_across_articles()
    {
        var a = Article("Ingrid Halvorsen opened the new bridge in Tromsø on Friday.", "a.txt", Per("Ingrid Halvorsen"), Loc("Tromsø"));
        var b = Article("The bridge in Tromsø was opened by Ingrid Halvorsen, the regional governor.", "b.txt", Per("Ingrid Halvorsen"), Loc("Tromsø"));

        var entities = Resolve(a, b);

        Assert.Equal(2, entities.Count);
        var person = entities.Named("Ingrid Halvorsen");
        Assert.Equal([a.Id, b.Id], person.ArticleIds);
        Assert.Equal(["regional governor"], person.Roles());
        Assert.Equal([b.Id], person.Roles[0].Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void A_surname_alone_in_one_article_attaches_to_the_full_name_in_another()
    {
        var a = Article("Prime Minister Keir Starmer hosted the talks in London.", "a.txt", Per("Keir Starmer"), Loc("London"));
        var b = Article("Starmer said Britain would stay neutral. Starmer left before the end.", "b.txt", Per("Starmer"));

        var starmer = Resolve(a, b).Named("Keir Starmer");

        Assert.Equal(3, starmer.Mentions.Count);
        Assert.Equal([a.Id, b.Id], starmer.ArticleIds);
        Assert.Equal(["Starmer"], starmer.Aliases);
        Assert.Equal(["Prime Minister"], starmer.Roles());
    }

    [Fact]
    public void A_surname_alone_stays_apart_when_the_story_has_two_equally_named_people_with_it()
    {
        var a = Article("Anna Berg won the sprint.", "a.txt", Per("Anna Berg"));
        var b = Article("Lukas Berg won the relay.", "b.txt", Per("Lukas Berg"));
        var c = Article("Berg thanked the fans.", "c.txt", Per("Berg"));

        Assert.Equal(3, Resolve(a, b, c).Count);
    }

    [Fact]
    public void An_ambiguous_surname_in_one_article_goes_to_the_person_the_story_names_far_more_often()
    {
        // Within the first article, Donald and Melania Trump are named once each, so "Trump" waits for the story.
        var a = Article("Donald Trump and Melania Trump landed at noon. Trump waved to the crowd.", "a.txt",
            Per("Donald Trump"), Per("Melania Trump"), Per("Trump"));
        var b = Article("Donald Trump spoke about trade. Donald Trump later met the governor.", "b.txt", Per("Donald Trump"));

        var entities = Resolve(a, b);

        Assert.Equal(4, entities.Named("Donald Trump").Mentions.Count);
        Assert.Single(entities.Named("Melania Trump").Mentions);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void The_name_is_the_most_complete_form_written_at_least_twice()
    {
        var a = Article("Donald John Trump was sworn in. Donald Trump then spoke.", "a.txt", Per("Donald John Trump"), Per("Donald Trump"));
        var b = Article("Donald Trump signed three orders. Trump said more would follow.", "b.txt", Per("Donald Trump"), Per("Trump"));

        var trump = Assert.Single(Resolve(a, b));

        Assert.Equal("Donald Trump", trump.Name);
        Assert.Equal(["Donald John Trump", "Trump"], trump.Aliases.Order());
    }

    [Fact]
    public void An_acronym_defined_in_one_article_resolves_in_another()
    {
        var a = Article("The National Economic Council (NEC) published its forecast.", "a.txt", Org("National Economic Council"), Org("NEC"));
        var b = Article("The NEC expects growth to slow.", "b.txt", Org("NEC"));

        var council = Assert.Single(Resolve(a, b));
        Assert.Equal("National Economic Council", council.Name);
        Assert.Equal([a.Id, b.Id], council.ArticleIds);
    }

    [Fact]
    public void Roles_from_different_articles_merge_by_meaning()
    {
        var a = Article("Commerce Secretary Howard Lutnick flew in on Sunday.", "a.txt", Per("Howard Lutnick"));
        var b = Article("Secretary of Commerce Howard Lutnick will attend.", "b.txt", Per("Howard Lutnick"));
        var c = Article("Commerce Secretary Lutnick described the talks as fruitful.", "c.txt", Per("Lutnick"));

        var role = Assert.Single(Resolve(a, b, c).Named("Howard Lutnick").Roles);
        Assert.Equal("Commerce Secretary", role.Text);
        Assert.Equal([a.Id, b.Id, c.Id], role.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void The_result_does_not_depend_on_anything_but_the_articles_and_their_order()
    {
        var a = Article("Treasury Secretary Scott Bessent met Vice Premier He Lifeng in London.", "a.txt", Per("Scott Bessent"), Per("He Lifeng"), Loc("London"));
        var b = Article("Bessent and He held talks in London for six hours.", "b.txt", Per("Bessent"), Loc("London"));

        static string Describe(IReadOnlyList<ResolvedEntity> entities) => string.Join("\n", entities.Select(e =>
            $"{e.Kind}|{e.Name}|{string.Join(",", e.Aliases)}|{string.Join(",", e.Roles())}|{string.Join(",", e.Mentions.Select(m => m.Span))}"));

        Assert.Equal(Describe(Resolve(a, b)), Describe(Resolve(a, b)));
        Assert.Equal(["Scott Bessent", "London", "He Lifeng"], Resolve(a, b).Select(e => e.Name));
    }
}
