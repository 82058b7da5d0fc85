using Dossier.Core.Analysis.Entities.Resolution;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>Roles and affiliations read from titles before a name, possessives and appositives, with their evidence.</summary>
public sealed class RoleTests
{
    private static ResolvedEntity Person(string text, string name, params (string, Core.Analysis.Entities.EntityType)[] names) =>
        Resolve(Article(text, names)).Named(name);

    [Fact]
    public void A_title_before_the_name_is_a_role()
    {
        var person = Person("Treasury Secretary Scott Bessent arrived in Oslo on Sunday.", "Scott Bessent", Per("Scott Bessent"), Loc("Oslo"));
        Assert.Equal(["Treasury Secretary"], person.Roles());
        Assert.Empty(person.Affiliations);
    }

    [Fact]
    public void A_title_with_a_modifier_before_the_name_is_a_role()
    {
        var person = Person("Talks were led by Vice Premier He Lifeng and a small team.", "He Lifeng", Per("He Lifeng"));
        Assert.Equal(["Vice Premier"], person.Roles());
    }

    [Fact]
    public void A_country_in_a_title_is_an_affiliation()
    {
        var greer = Person("The talks included U.S. Trade Representative Jamieson Greer, officials said.", "Jamieson Greer",
            Per("Jamieson Greer"), Loc("U.S."));
        Assert.Equal(["U.S. Trade Representative"], greer.Roles());
        Assert.Equal(["United States"], greer.Affiliations());

        var xi = Person("The call between the leaders followed a letter from Chinese President Xi Jinping last month.", "Xi Jinping",
            Per("Xi Jinping"), Misc("Chinese"));
        Assert.Equal(["Chinese President"], xi.Roles());
        Assert.Equal(["China"], xi.Affiliations());
    }

    [Fact]
    public void A_title_phrase_may_hold_of_and_an_organisation()
    {
        var lutnick = Person("The delegation also includes Secretary of Commerce Howard Lutnick, the statement said.", "Howard Lutnick", Per("Howard Lutnick"));
        Assert.Equal(["Secretary of Commerce"], lutnick.Roles());

        var hassett = Person("National Economic Council Chair Kevin Hassett spoke to reporters.", "Kevin Hassett",
            Per("Kevin Hassett"), Org("National Economic Council"));
        Assert.Equal(["National Economic Council Chair"], hassett.Roles());
        Assert.Equal(["National Economic Council"], hassett.Affiliations());
    }

    [Fact]
    public void A_possessive_before_the_name_is_an_affiliation()
    {
        var xing = Person("As Morgan Stanley's Robin Xing put it, the controls are a lever.", "Robin Xing", Per("Robin Xing"), Org("Morgan Stanley"));
        Assert.Empty(xing.Roles);
        Assert.Equal(["Morgan Stanley"], xing.Affiliations());

        var he = Person("Beijing sent China's Vice Premier He Lifeng to the talks.", "He Lifeng", Per("He Lifeng"), Loc("China"), Loc("Beijing"));
        Assert.Equal(["Vice Premier"], he.Roles());
        Assert.Equal(["China"], he.Affiliations());
    }

    [Fact]
    public void An_appositive_after_the_name_is_a_role()
    {
        var hassett = Person("Kevin Hassett, the National Economic Council Chair, said a deal was close.", "Kevin Hassett",
            Per("Kevin Hassett"), Org("National Economic Council"));
        Assert.Equal(["National Economic Council Chair"], hassett.Roles());
        Assert.Equal(["National Economic Council"], hassett.Affiliations());
    }

    [Fact]
    public void An_appositive_with_at_gives_the_role_and_the_employer()
    {
        var xing = Person("Robin Xing, chief China economist at Morgan Stanley, expects slower growth.", "Robin Xing",
            Per("Robin Xing"), Org("Morgan Stanley"), Loc("China"));
        Assert.Equal(["chief China economist"], xing.Roles());
        // China is the economist's beat, not an employer: only a place that leads a title is an affiliation.
        Assert.Equal(["Morgan Stanley"], xing.Affiliations());
    }

    [Fact]
    public void An_appositive_ending_the_sentence_or_cut_by_a_relative_clause_still_counts()
    {
        var analyst = Person("The forecast was cut again, said Lena Ortiz, an analyst at Nordbank.", "Lena Ortiz", Per("Lena Ortiz"), Org("Nordbank"));
        Assert.Equal(["analyst"], analyst.Roles());
        Assert.Equal(["Nordbank"], analyst.Affiliations());

        var he = Person("The team is led by He Lifeng, a veteran negotiator who also headed the last round.", "He Lifeng", Per("He Lifeng"));
        Assert.Equal(["veteran negotiator"], he.Roles());
    }

    [Fact]
    public void Lists_clauses_and_plain_mentions_give_no_role()
    {
        var entities = Resolve(Article(
            "Scott Bessent, Howard Lutnick and Jamieson Greer will attend. Scott Bessent, who leads the team, arrived first. " +
            "Reporters asked Jamieson Greer about the deal. Howard Lutnick, meanwhile, stayed in Washington.",
            Per("Scott Bessent"), Per("Howard Lutnick"), Per("Jamieson Greer"), Loc("Washington")));
        Assert.All(entities, e => Assert.Empty(e.Roles));
        Assert.All(entities, e => Assert.Empty(e.Affiliations));
    }

    [Fact]
    public void The_same_role_worded_differently_is_listed_once_with_all_its_evidence()
    {
        var article = Article(
            "Treasury Secretary Scott Bessent arrived on Sunday. Secretary of the Treasury Scott Bessent met bankers on Monday. " +
            "U.S. Treasury Secretary Bessent left on Tuesday. Treasury Secretary Bessent called the talks useful.",
            Per("Scott Bessent"), Per("Bessent"), Loc("U.S."));

        var bessent = Resolve(article).Named("Scott Bessent");
        var role = Assert.Single(bessent.Roles);
        Assert.Equal("Treasury Secretary", role.Text);
        Assert.Equal(4, role.Evidence.Count);
        Assert.All(role.Evidence, e => Assert.Equal(article.Id, e.ArticleId));
        Assert.Equal("U.S. Treasury Secretary Bessent left on Tuesday.", role.Evidence[2].Text);
    }

    [Fact]
    public void A_title_the_tagger_took_into_the_name_is_still_the_role()
    {
        var entities = Resolve(Article(
            "Treasury Secretary Scott Bessent arrived first. Later the U.S. trade representative Jamieson Greer joined him. " +
            "Trade Representative Greer spoke to reporters.",
            Per("Treasury Secretary Scott Bessent"), Per("Jamieson Greer"), Per("Greer"), Loc("U.S.")));

        var bessent = entities.Named("Scott Bessent");
        Assert.Equal(["Treasury Secretary"], bessent.Roles());
        Assert.Equal("Treasury Secretary Scott Bessent", Assert.Single(bessent.Mentions).Text);
        // Lower case or not, with or without the country, it is one role.
        var role = Assert.Single(entities.Named("Jamieson Greer").Roles);
        Assert.Equal(2, role.Evidence.Count);
        Assert.Contains(role.Text, new[] { "U.S. trade representative", "Trade Representative" });
    }

    [Fact]
    public void Honorifics_are_not_roles_and_first_lady_is_one()
    {
        var entities = Resolve(Article(
            "Mr. Okafor thanked the crowd. The invitation was for First Lady Melania Trump.",
            Per("Okafor"), Per("Melania Trump")));
        Assert.Empty(entities.Named("Okafor").Roles);
        Assert.Equal(["First Lady"], entities.Named("Melania Trump").Roles());
    }

    [Fact]
    public void A_title_stops_at_the_words_that_start_the_sentence()
    {
        var person = Person("Meanwhile Commerce Secretary Howard Lutnick stayed in Washington.", "Howard Lutnick", Per("Howard Lutnick"), Loc("Washington"));
        Assert.Equal(["Commerce Secretary"], person.Roles());
    }

    [Fact]
    public void Role_keys_ignore_case_articles_word_order_and_the_country()
    {
        Assert.Equal("treasury secretary", RoleText.Key("Secretary of the Treasury"));
        Assert.Equal("treasury secretary", RoleText.Key("U.S. Treasury Secretary"));
        Assert.Equal("trade representative", RoleText.Key("United States Trade Representative"));
        Assert.Equal("president", RoleText.Key("Chinese President"));
        Assert.Equal("president", RoleText.Key("the President"));
    }
}
