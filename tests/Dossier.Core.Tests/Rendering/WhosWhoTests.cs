using System.Text.Json;
using Dossier.Core.Rendering;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;
using Dossier.Core.Tests.Analysis.Entities;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Rendering;

/// <summary>The dossier's entities section in every format.</summary>
public sealed class WhosWhoTests
{
    private const string Hostile = "<b>Vex</b>";

    private static DossierReport Report()
    {
        var a = Article(
            "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in London on Monday, Reuters reported. " +
            $"The talks were also attended by Ada {Hostile} Quill, chief economist at Nordbank.",
            "a.txt", Per("Scott Bessent"), Per("He Lifeng"), Loc("London"), Org("Reuters"), Per($"Ada {Hostile} Quill"), Org("Nordbank"));
        var b = Article(
            "Bessent said the first day of talks in London went well. Vice Premier He Lifeng did not comment, the Associated Press said.",
            "b.txt", Per("Bessent"), Per("He Lifeng"), Loc("London"), Org("Associated Press"));
        var story = new Story("s-entities");
        story.Articles.AddRange([a, b]);
        return new DossierReport([new DossierBuilder(new DossierBuilderOptions()).Build(story)], []);
    }

    private static string Render(string format)
    {
        var output = new StringWriter();
        ReportWriters.For(format).Write(Report(), output);
        return output.ToString();
    }

    [Fact]
    public void The_dossier_lists_each_person_once_with_roles_and_the_other_entities_by_kind()
    {
        var dossier = Report().Stories[0];
        Assert.Equal(["Scott Bessent", "He Lifeng", $"Ada {Hostile} Quill"], dossier.People.Select(p => p.Name));
        Assert.Equal(["Treasury Secretary"], dossier.People.First().Roles());
        Assert.Equal(["Vice Premier"], dossier.People.ToList().Named("He Lifeng").Roles());
        Assert.Equal(["London"], dossier.Places.Select(p => p.Name));
        Assert.Equal(["Nordbank"], dossier.Organizations.Select(p => p.Name));
        Assert.Equal(["Reuters", "Associated Press"], dossier.MentionedOutlets.Select(p => p.Name));
    }

    [Fact]
    public void Json_has_people_and_entities_with_roles_and_evidence()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var story = json.RootElement.GetProperty("stories")[0];
        var people = story.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(3, people.Count);
        var bessent = people[0];
        Assert.Equal("person", bessent.GetProperty("kind").GetString());
        Assert.Equal("Scott Bessent", bessent.GetProperty("name").GetString());
        Assert.Equal(["Bessent"], bessent.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(2, bessent.GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, bessent.GetProperty("articles").GetArrayLength());
        var role = bessent.GetProperty("roles")[0];
        Assert.Equal("Treasury Secretary", role.GetProperty("text").GetString());
        var evidence = role.GetProperty("evidence")[0];
        Assert.StartsWith("Treasury Secretary Scott Bessent met", evidence.GetProperty("text").GetString());
        Assert.Equal(0, evidence.GetProperty("start").GetInt32());
        Assert.Equal(story.GetProperty("articles")[0].GetProperty("id").GetString(), evidence.GetProperty("article").GetString());
        Assert.Equal(JsonValueKind.Null, bessent.GetProperty("outletKind").ValueKind);

        var entities = story.GetProperty("entities").EnumerateArray().ToList();
        Assert.DoesNotContain(entities, e => e.GetProperty("kind").GetString() == "person");
        var reuters = entities.Single(e => e.GetProperty("name").GetString() == "Reuters");
        Assert.Equal("outlet", reuters.GetProperty("kind").GetString());
        Assert.Equal("agency", reuters.GetProperty("outletKind").GetString());
        Assert.False(reuters.TryGetProperty("mentions", out _));
    }

    [Fact]
    public void Markdown_has_a_whos_who_with_cited_roles_and_escapes_names()
    {
        var md = Render("md");
        Assert.Contains("## Who's who", md);
        Assert.Contains("- **Scott Bessent** (also Bessent): Treasury Secretary [1] · 2 mentions in 2 articles", md);
        Assert.Contains("- **He Lifeng**: Vice Premier [1][2] · 2 mentions in 2 articles", md);
        Assert.Contains("chief economist [1]; affiliation: Nordbank [1]", md);
        Assert.Contains("**Places:** London (2)", md);
        Assert.Contains("**Outlets named:** Reuters (agency, 1) · Associated Press (agency, 1)", md);
        Assert.DoesNotContain("<b>", md);
        Assert.Contains("&lt;b&gt;Vex&lt;/b&gt;", md);
        Assert.True(md.IndexOf("## Who's who", StringComparison.Ordinal) < md.IndexOf("## Sources", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_has_a_whos_who_with_evidence_in_the_citations_and_escapes_everything()
    {
        var html = Render("html");
        Assert.Contains("<h2>Who's who</h2>", html);
        Assert.Contains("<strong>Scott Bessent</strong>", html);
        Assert.Contains("title=\"Treasury Secretary Scott Bessent met Vice Premier He Lifeng in London on Monday, Reuters reported.\"", html);
        Assert.DoesNotContain("<b>Vex", html);
        Assert.Contains("Ada &lt;b&gt;Vex&lt;/b&gt; Quill", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_story_without_mentions_has_no_whos_who()
    {
        var story = new Story("s-plain");
        story.Articles.Add(TestArticles.FromText("The ferry company said on Monday that crossings would resume after the storm."));
        var report = new DossierReport([new DossierBuilder(new DossierBuilderOptions()).Build(story)], []);
        var md = new StringWriter();
        new MarkdownReportWriter().Write(report, md);
        Assert.DoesNotContain("Who's who", md.ToString());
        var json = new StringWriter();
        new JsonReportWriter().Write(report, json);
        using var doc = JsonDocument.Parse(json.ToString());
        Assert.Equal(0, doc.RootElement.GetProperty("stories")[0].GetProperty("people").GetArrayLength());
        Assert.Equal(0, doc.RootElement.GetProperty("stories")[0].GetProperty("entities").GetArrayLength());
    }
}
