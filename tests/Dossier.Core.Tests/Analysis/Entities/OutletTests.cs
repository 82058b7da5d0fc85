using Dossier.Core.Analysis.Entities.Resolution;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class OutletTests
{
    [Fact]
    public void Outlets_are_found_whatever_type_the_tagger_gave_them()
    {
        var entities = Resolve(Article(
            "Reuters reported the deal first. The Associated Press confirmed it, and AP later added details. " +
            "The president announced it on Truth Social. Bloomberg said markets rose.",
            Org("Reuters"), Org("Associated Press"), Org("AP"), Misc("Truth Social"), Per("Bloomberg")));

        Assert.All(entities, e => Assert.Equal(EntityKind.Outlet, e.Kind));
        Assert.Equal(OutletKind.Agency, entities.Named("Reuters").OutletKind);
        var ap = entities.Named("Associated Press");
        Assert.Equal(2, ap.Mentions.Count);
        Assert.Equal(["AP"], ap.Aliases);
        Assert.Equal(OutletKind.Platform, entities.Named("Truth Social").OutletKind);
        Assert.Equal(EntityKind.Outlet, entities.Named("Bloomberg").Kind);
    }

    [Fact]
    public void A_surname_that_is_also_an_outlet_belongs_to_the_person_the_article_names()
    {
        var entities = Resolve(Article(
            "Michael Bloomberg gave the opening speech. Bloomberg praised the city's planners.",
            Per("Michael Bloomberg"), Per("Bloomberg")));

        var person = Assert.Single(entities);
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void Only_a_whole_name_is_an_outlet()
    {
        var entities = Resolve(Article(
            "Traders on Wall Street were calm. The Wall Street Journal said the same.",
            Loc("Wall Street"), Org("Wall Street Journal")));

        Assert.Equal(EntityKind.Location, entities.Named("Wall Street").Kind);
        Assert.Equal(EntityKind.Outlet, entities.Named("Wall Street Journal").Kind);
        Assert.Equal(OutletKind.Newspaper, entities.Named("Wall Street Journal").OutletKind);
    }

    [Fact]
    public void The_catalogue_finds_outlets_by_any_of_their_names()
    {
        Assert.Equal("Agence France-Presse", OutletCatalogue.Find("AFP")!.Name);
        Assert.Equal("Financial Times", OutletCatalogue.Find("the Financial Times")!.Name);
        Assert.Equal("New York Times", OutletCatalogue.Find("The New York Times")!.Name);
        Assert.Equal("Xinhua", OutletCatalogue.Find("Xinhua News Agency")!.Name);
        Assert.Equal(OutletKind.Platform, OutletCatalogue.Find("Truth Social")!.Kind);
        Assert.Null(OutletCatalogue.Find("Wall Street"));
        Assert.Null(OutletCatalogue.Find("Fox"));
        Assert.True(OutletCatalogue.All.Count() >= 40);
    }

    [Fact]
    public void An_affiliation_to_an_outlet_names_the_outlet()
    {
        var person = Resolve(Article(
            "CNBC's Lena Ortiz asked about tariffs.", Per("Lena Ortiz"), Org("CNBC"))).Named("Lena Ortiz");
        Assert.Equal(["CNBC"], person.Affiliations());
    }
}
