using Dossier.Core.Extraction.Metadata;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("By Jane Doe and John Roe, Reuters", "Jane Doe|John Roe")]
    [InlineData("BY JANE DOE", "Jane Doe")]
    [InlineData("by Jane Doe", "Jane Doe")]
    [InlineData("Written by Jane Doe", "Jane Doe")]
    [InlineData("By: Jane Doe", "Jane Doe")]
    [InlineData("Par Sébastien Durand", "Sébastien Durand")]
    [InlineData("Von Anna Becker und Jonas Wolf", "Anna Becker|Jonas Wolf")]
    [InlineData("Jane Doe, Senior Correspondent", "Jane Doe")]
    [InlineData("Senior Correspondent Jane Doe", "Jane Doe")]
    [InlineData("Jane Doe\nGames Editor", "Jane Doe")]
    [InlineData("Dr. Jane Doe, PhD", "Jane Doe")]
    [InlineData("Jane Doe, MA\nHarbor Health News", "Jane Doe")]
    [InlineData("Doe, Jane", "Jane Doe")]
    [InlineData("Vries, Anna de", "Anna de Vries")]
    [InlineData("Berg, Pieter van den", "Pieter van den Berg")]
    [InlineData("Mara Lind, Oskar Vale", "Mara Lind|Oskar Vale")]
    [InlineData("Jane Doe & John Roe", "Jane Doe|John Roe")]
    [InlineData("Martin Dupont (avec Claire Roux et Léa Faure)", "Martin Dupont|Claire Roux|Léa Faure")]
    [InlineData("Ana (Luiza) Prado", "Ana Luiza Prado")]
    [InlineData("Jane Doe (@janedoe)", "Jane Doe")]
    [InlineData("Jane Doe jane.doe@example.org", "Jane Doe")]
    [InlineData("Jane Doe (https://example.org/jane/)", "Jane Doe")]
    [InlineData("by Jane Doe14 Mar 2019318", "Jane Doe")]
    [InlineData("By Jane Doe\n March 25, 2015", "Jane Doe")]
    [InlineData("By Jane Doe | Monday, June 9", "Jane Doe")]
    [InlineData("By Jane Doe Updated June 10", "Jane Doe")]
    [InlineData("Written by Jane Doe Edited by John Roe", "Jane Doe")]
    [InlineData("Photos by John Roe", "")]
    [InlineData("Reuters", "")]
    [InlineData("Associated Press", "")]
    [InlineData("By Staff", "")]
    [InlineData("Staff Writer", "")]
    [InlineData("Harbor Ledger Staff", "")]
    [InlineData("Editorial Board", "")]
    [InlineData("View Profile", "")]
    [InlineData("admin", "")]
    [InlineData("April 28, 2019 at 6:01 am", "")]
    [InlineData("Contributors to Example projects", "")]
    [InlineData("Jane Doe, Jane Doe", "Jane Doe")]
    [InlineData("JOE O'NEIL", "Joe O'Neil")]
    [InlineData("Иван Петров", "Иван Петров")]
    public void Cleans_a_byline_to_person_names(string byline, string expected)
    {
        var names = PersonNames.FromByline(byline);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), names);
    }

    [Fact]
    public void The_outlets_own_name_is_nobody()
    {
        Assert.Empty(PersonNames.FromByline("Harbor Ledger", outlet: "The Harbor Ledger"[4..]));
        Assert.Equal(["Jane Doe"], PersonNames.FromByline("Jane Doe, Harbor Ledger", outlet: "Harbor Ledger"));
    }

    [Fact]
    public void Names_in_scripts_without_spaces_only_from_sources_that_hold_names()
    {
        Assert.Equal(["王小明"], PersonNames.FromByline("王小明"));
        Assert.Empty(PersonNames.FromByline("热门", unspacedNames: false));
    }

    [Theory]
    [InlineData("https://example.org/author/jane-doe/", "Jane Doe")]
    [InlineData("https://example.org/people/jean_luc_picard", "Jean Luc Picard")]
    [InlineData("https://example.org/author/12345", null)]
    [InlineData("https://example.org/author/janedoe", null)]
    [InlineData("not a url", null)]
    public void Reads_a_name_from_a_profile_url(string url, string? expected) => Assert.Equal(expected, PersonNames.FromProfileUrl(url));
}
