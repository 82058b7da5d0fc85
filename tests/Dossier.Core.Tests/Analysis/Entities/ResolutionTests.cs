using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>Resolution within one article: which mentions name the same entity, and what it is called.</summary>
public sealed class ResolutionTests
{
    [Fact]
    public void A_surname_a_full_name_and_a_titled_name_are_one_person()
    {
        var article = Article(
            "President Donald Trump opened the harbour festival on Saturday. Trump cut the ribbon at noon. " +
            "Later Donald Trump toured the fish market with the mayor. Mr. Trump left at six.",
            Per("President Donald Trump"), Per("Donald Trump"), Per("Mr. Trump"), Per("Trump"));

        var trump = Resolve(article).Named("Donald Trump");

        Assert.Equal(EntityKind.Person, trump.Kind);
        Assert.Equal(4, trump.Mentions.Count);
        Assert.Equal(["Trump"], trump.Aliases);
        Assert.Single(Resolve(article), e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_surname_before_the_full_name_still_joins_it()
    {
        var article = Article(
            "Okafor said the bridge would reopen in March. The engineer, Adaeze Okafor, has led the repairs since May.",
            Per("Okafor"), Per("Adaeze Okafor"));

        var person = Assert.Single(Resolve(article));
        Assert.Equal("Adaeze Okafor", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_middle_initial_does_not_make_another_person_and_the_common_form_is_the_name()
    {
        var article = Article(
            "Donald J. Trump signed the order on Monday. Donald Trump said it would help farmers. " +
            "Donald Trump repeated the claim in a speech.",
            Per("Donald J. Trump"), Per("Donald Trump"));

        var person = Assert.Single(Resolve(article));
        Assert.Equal("Donald Trump", person.Name);
        Assert.Equal(["Donald J. Trump"], person.Aliases);
    }

    [Fact]
    public void Chinese_names_put_the_surname_first()
    {
        var article = Article(
            "Xi Jinping met the visiting delegation in Beijing. Xi told them trade should stay open. " +
            "Observers said Xi had softened his tone.",
            Per("Xi Jinping"), Per("Xi"));

        var xi = Assert.Single(Resolve(article));
        Assert.Equal("Xi Jinping", xi.Name);
        Assert.Equal(3, xi.Mentions.Count);
    }

    [Fact]
    public void A_western_name_ending_in_a_chinese_surname_keeps_the_western_order()
    {
        var article = Article(
            "Robin Xing expects slower growth this year. Xing said exports would weaken.",
            Per("Robin Xing"), Per("Xing"));

        var person = Assert.Single(Resolve(article));
        Assert.Equal("Robin Xing", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_name()
    {
        var article = Article(
            "Halvorsen's plan was approved by the council. Ingrid Halvorsen said work would begin at once.",
            Per("Halvorsen's"), Per("Ingrid Halvorsen"));

        var person = Assert.Single(Resolve(article));
        Assert.Equal("Ingrid Halvorsen", person.Name);
        Assert.Equal(["Halvorsen"], person.Aliases);
        Assert.Equal("Halvorsen's", person.Mentions[0].Text);
    }

    [Fact]
    public void Organisations_match_without_the_article_and_legal_or_generic_suffixes()
    {
        var article = Article(
            "Huawei Technologies Co. reported higher sales. The Huawei results beat forecasts, and Huawei said demand was strong.",
            Org("Huawei Technologies Co."), Org("Huawei"));

        var huawei = Assert.Single(Resolve(article));
        Assert.Equal(EntityKind.Organization, huawei.Kind);
        Assert.Equal("Huawei", huawei.Name);
        Assert.Contains("Huawei Technologies Co.", huawei.Aliases);
        Assert.Equal(3, huawei.Mentions.Count);
    }

    [Fact]
    public void An_acronym_the_text_defines_is_the_organisation()
    {
        var article = Article(
            "The National Economic Council (NEC) met on Tuesday. The NEC said it would publish its advice. " +
            "A spokesperson for the NEC declined to comment.",
            Org("National Economic Council"), Org("NEC"));

        var council = Assert.Single(Resolve(article));
        Assert.Equal("National Economic Council", council.Name);
        Assert.Equal(["NEC"], council.Aliases);
        Assert.Equal(4, council.Mentions.Count);
    }

    [Fact]
    public void An_acronym_that_is_not_defined_stays_apart()
    {
        var article = Article(
            "The National Economic Council met on Tuesday. The NEC said it would publish its advice.",
            Org("National Economic Council"), Org("NEC"));

        Assert.Equal(2, Resolve(article).Count);
    }

    [Fact]
    public void The_same_string_typed_differently_takes_the_majority_type()
    {
        var article = Article(
            "Talks were held at Lancaster House. Lancaster House was closed to visitors. Guards stood outside Lancaster House all day.",
            ("Lancaster House", EntityType.Location));
        // The fake tags every occurrence the same way; make the second one an organisation, as a tagger might.
        var second = article.Mentions[1];
        article.Mentions[1] = second with { Type = EntityType.Organization };

        var place = Assert.Single(Resolve(article));
        Assert.Equal(EntityKind.Location, place.Kind);
        Assert.Equal(3, place.Mentions.Count);
        Assert.Equal(EntityType.Organization, place.Mentions[1].Type);
    }

    [Fact]
    public void A_surname_shared_by_two_people_goes_to_the_one_named_far_more_often()
    {
        var article = Article(
            "Donald Trump arrived in the evening. Melania Trump joined him later. Donald Trump spoke first. " +
            "Trump thanked the hosts.",
            Per("Donald Trump"), Per("Melania Trump"), Per("Trump"));

        var entities = Resolve(article);
        Assert.Equal(3, entities.Named("Donald Trump").Mentions.Count);
        Assert.Single(entities.Named("Melania Trump").Mentions);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_surname_shared_evenly_by_two_people_is_left_alone()
    {
        var article = Article(
            "Anna Berg won the first race. Lukas Berg won the second. Berg celebrated afterwards.",
            Per("Anna Berg"), Per("Lukas Berg"), Per("Berg"));

        var entities = Resolve(article);
        Assert.Equal(3, entities.Count);
        Assert.Equal(EntityKind.Person, entities.Named("Berg").Kind);
    }

    [Fact]
    public void A_given_name_alone_joins_the_only_full_name_with_it()
    {
        var article = Article(
            "Melania Trump visited the school. Melania spoke to the pupils about reading.",
            Per("Melania Trump"), Per("Melania"));

        Assert.Equal(2, Assert.Single(Resolve(article)).Mentions.Count);
    }

    [Fact]
    public void Common_forms_of_one_country_are_one_place()
    {
        var article = Article(
            "The U.S. raised tariffs again. Officials in the United States said the US would not back down.",
            Loc("U.S."), Loc("United States"), Loc("US"));

        var place = Assert.Single(Resolve(article));
        Assert.Equal("United States", place.Name);
        Assert.Equal(3, place.Mentions.Count);
    }

    [Fact]
    public void A_pronoun_tagged_as_a_person_names_nobody()
    {
        var article = Article(
            "Vice Premier He Lifeng led the delegation. He said the talks were candid.",
            Per("He Lifeng"), Per("He"));

        var he = Assert.Single(Resolve(article));
        Assert.Equal("He Lifeng", he.Name);
        Assert.Single(he.Mentions);
    }

    [Fact]
    public void Names_are_parsed_into_given_name_and_surname()
    {
        Assert.Equal(new PersonName("jinping", "xi", true), PersonName.Parse(["xi", "jinping"]));
        Assert.Equal(new PersonName("lifeng", "he", true), PersonName.Parse(["he", "lifeng"]));
        Assert.Equal(new PersonName("robin", "xing", false), PersonName.Parse(["robin", "xing"]));
        Assert.Equal(new PersonName("ursula", "von der leyen", false), PersonName.Parse(["ursula", "von", "der", "leyen"]));
        Assert.Equal(new PersonName(null, "von der leyen", false), PersonName.Parse(["von", "der", "leyen"]));
        Assert.Equal(new PersonName("martin", "king", false), PersonName.Parse(["martin", "luther", "king", "jr"]));
    }
}
