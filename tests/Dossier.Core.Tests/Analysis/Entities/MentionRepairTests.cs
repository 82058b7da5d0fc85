using Dossier.Core.Analysis.Entities.Resolution;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>
/// The tagger's slips around titled names, mended before linking (<see cref="MentionRepair"/>): the stand-in tagger
/// here makes the same slips the trained one makes.
/// </summary>
public sealed class MentionRepairTests
{
    private static IReadOnlyList<ResolvedEntity> Entities(string text, params (string, Core.Analysis.Entities.EntityType)[] names) =>
        Resolve(Article(text, names));

    // ---- Rule 1: a title and a name tagged as one organisation.

    [Fact]
    public void A_title_and_a_chinese_name_tagged_as_an_organisation_are_a_person_with_that_role()
    {
        var entities = Entities("The visitors were led by Commerce Minister Zhao Mingde, who spoke first.", Org("Commerce Minister Zhao Mingde"));

        var zhao = Assert.Single(entities);
        Assert.Equal(EntityKind.Person, zhao.Kind);
        Assert.Equal("Zhao Mingde", zhao.Name);
        Assert.Equal(["Commerce Minister"], zhao.Roles());
        Assert.Equal(Core.Analysis.Entities.EntityType.Person, zhao.Mentions[0].Type);
        Assert.Equal("Zhao Mingde", zhao.Mentions[0].Text);
    }

    [Fact]
    public void A_surname_the_story_tags_as_a_person_elsewhere_is_enough()
    {
        var entities = Entities(
            "Adaeze Okafor landed in Lagos on Monday. The talks were led by Trade Representative Adaeze Okafor and two aides. " +
            "Later Deputy Commissioner Okafor met the press.",
            Per("Adaeze Okafor"), Org("Trade Representative Adaeze Okafor"), Org("Deputy Commissioner Okafor"), Loc("Lagos"));

        var okafor = entities.Named("Adaeze Okafor");
        Assert.Equal(3, okafor.Mentions.Count);
        Assert.Equal(["Trade Representative", "Deputy Commissioner"], okafor.Roles());
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void The_head_of_the_title_may_stand_before_the_mention()
    {
        var entities = Entities(
            "Priya Raman chaired the first session. Secretary of the Treasury Priya Raman then closed it.",
            Per("Priya Raman"), Org("Treasury Priya Raman"));

        var raman = Assert.Single(entities);
        Assert.Equal("Priya Raman", raman.Name);
        Assert.Equal(["Secretary of the Treasury"], raman.Roles());
    }

    [Fact]
    public void An_organisation_before_the_title_stays_an_organisation_and_becomes_the_affiliation()
    {
        var entities = Entities(
            "Ingrid Halvorsen arrived early. Harbour Authority Chair Ingrid Halvorsen opened the meeting.",
            Per("Ingrid Halvorsen"), Org("Harbour Authority Chair Ingrid Halvorsen"));

        var halvorsen = entities.Named("Ingrid Halvorsen");
        Assert.Equal(["Harbour Authority Chair"], halvorsen.Roles());
        Assert.Equal(["Harbour Authority"], halvorsen.Affiliations());
        Assert.Equal(EntityKind.Organization, entities.Named("Harbour Authority").Kind);
    }

    [ModelFact("gazetteers.tsv")]
    public void A_known_first_name_after_a_title_is_a_person_and_a_leading_country_an_affiliation()
    {
        var entities = Entities("The deal was signed by US Finance Minister Scott Halvorsen in the afternoon.", Org("US Finance Minister Scott Halvorsen"));

        var person = Assert.Single(entities);
        Assert.Equal("Scott Halvorsen", person.Name);
        Assert.Equal(["US Finance Minister"], person.Roles());
        Assert.Equal(["United States"], person.Affiliations());
    }

    [ModelFact("gazetteers.tsv")]
    public void A_listed_company_tagged_as_a_place_is_an_organisation_and_a_listed_place_stays_a_place()
    {
        var entities = Entities("Chips made by Nvidia were shipped from Boston last week.", Loc("Nvidia"), Loc("Boston"));

        Assert.Equal(EntityKind.Organization, entities.Named("Nvidia").Kind);
        Assert.Equal(EntityKind.Location, entities.Named("Boston").Kind);
    }

    [Fact]
    public void Organisations_that_only_look_titled_stay_organisations()
    {
        // "Office" is no one's name; "Harbour Board Brightwater" does not start with a title.
        var entities = Entities(
            "The Trade Representative Office issued a notice. The Harbour Board Brightwater objected.",
            Org("Trade Representative Office"), Org("Harbour Board Brightwater"));

        Assert.All(entities, e => Assert.Equal(EntityKind.Organization, e.Kind));
        Assert.Equal(2, entities.Count);
    }

    // ---- Rule 2: a Chinese surname left out of the name.

    [Fact]
    public void A_chinese_surname_after_a_title_joins_the_name_the_tagger_cut_short()
    {
        var entities = Entities("The talks resumed once Vice Premier He Lifeng arrived from the airport.", Per("Lifeng"));

        var he = Assert.Single(entities);
        Assert.Equal("He Lifeng", he.Name);
        Assert.Equal(["Vice Premier"], he.Roles());
    }

    [Fact]
    public void A_chinese_surname_after_a_lower_case_word_joins_the_name_too()
    {
        var entities = Entities("Reporters waited outside while Wang Anshi spoke.", Per("Anshi"));

        Assert.Equal("Wang Anshi", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_pronoun_starting_the_sentence_stays_out_of_the_name()
    {
        var entities = Entities("The minister thanked Lifeng. He Lifeng would later call a friend, she said.", Per("Lifeng"));

        var person = Assert.Single(entities);
        Assert.Equal("Lifeng", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    // ---- Rule 3: a title tagged as an organisation right before a person.

    [Fact]
    public void A_title_tagged_as_an_organisation_before_a_person_is_the_role()
    {
        var entities = Entities("Joining them was Trade Representative Adaeze Okafor, aides said.", Org("Trade Representative"), Per("Adaeze Okafor"));

        var okafor = Assert.Single(entities);
        Assert.Equal(["Trade Representative"], okafor.Roles());
    }

    [Fact]
    public void A_country_before_the_title_becomes_an_affiliation()
    {
        var entities = Entities("Joining them was U.S. Trade Representative Adaeze Okafor, aides said.", Org("U.S. Trade Representative"), Per("Adaeze Okafor"));

        var okafor = Assert.Single(entities);
        Assert.Equal(["U.S. Trade Representative"], okafor.Roles());
        Assert.Equal(["United States"], okafor.Affiliations());
    }

    [Fact]
    public void An_organisation_keeps_its_name_and_gives_up_the_title_it_took()
    {
        var entities = Entities("Harbour Authority Chair Ingrid Halvorsen opened the meeting.", Org("Harbour Authority Chair"), Per("Ingrid Halvorsen"));

        var halvorsen = entities.Named("Ingrid Halvorsen");
        Assert.Equal(["Harbour Authority Chair"], halvorsen.Roles());
        Assert.Equal(["Harbour Authority"], halvorsen.Affiliations());
        Assert.Equal(EntityKind.Organization, entities.Named("Harbour Authority").Kind);
    }

    [Fact]
    public void A_field_after_of_stays_with_the_organisation_and_a_whole_title_goes()
    {
        var entities = Entities(
            "Department of Energy Deputy Secretary Ingrid Halvorsen spoke after Secretary of the Treasury Adaeze Okafor.",
            Org("Department of Energy Deputy Secretary"), Per("Ingrid Halvorsen"), Org("Secretary of the Treasury"), Per("Adaeze Okafor"));

        Assert.Equal(["Department of Energy Deputy Secretary"], entities.Named("Ingrid Halvorsen").Roles());
        Assert.Equal(["Department of Energy"], entities.Named("Ingrid Halvorsen").Affiliations());
        Assert.Equal(["Secretary of the Treasury"], entities.Named("Adaeze Okafor").Roles());
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Secretary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_not_right_before_a_person_is_left_alone()
    {
        var entities = Entities("The Trade Representative met Adaeze Okafor on Friday.", Org("Trade Representative"), Per("Adaeze Okafor"));

        Assert.Equal(EntityKind.Organization, entities.Named("Trade Representative").Kind);
        Assert.Empty(entities.Named("Adaeze Okafor").Roles);
    }
}
