using System.Text.Json;
using Dossier.Core.Rendering;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Tests.Rendering;

/// <summary>The topic and its sibling stories in each report format, with headlines from untrusted pages escaped.</summary>
public sealed class RelatedStoriesTests
{
    private const string HostileHeadline = "Pier <b onmouseover=alert(1)>closed</b> & [more](javascript:alert(1))";

    private static DossierReport Report()
    {
        var one = new StoryDossier("s-one", "Pier closed after storm", [], null, null, [], []);
        var two = new StoryDossier("s-two", HostileHeadline, [], null, null, [], []);
        var lone = new StoryDossier("s-lone", "Unrelated", [], null, null, [], []);
        var dossiers = StoryTopics.Attach([one, two, lone],
            new Dictionary<string, string> { ["s-one"] = "t-pier", ["s-two"] = "t-pier", ["s-lone"] = "t-lone" },
            [new StoryHeadline("s-stored", "t-pier", "Pier repairs begin")]);
        return new DossierReport(dossiers, []);
    }

    private static string Render(string format)
    {
        var output = new StringWriter();
        ReportWriters.For(format).Write(Report(), output);
        return output.ToString();
    }

    [Fact]
    public void Json_gives_the_topic_id_and_its_sibling_stories()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var stories = json.RootElement.GetProperty("stories");
        var topic = stories[0].GetProperty("topic");
        Assert.Equal("t-pier", topic.GetProperty("id").GetString());
        Assert.Equal([("s-two", HostileHeadline), ("s-stored", "Pier repairs begin")],
            topic.GetProperty("stories").EnumerateArray().Select(s => (s.GetProperty("id").GetString(), s.GetProperty("headline").GetString())));
        Assert.Equal(0, stories[2].GetProperty("topic").GetProperty("stories").GetArrayLength());
    }

    [Fact]
    public void Json_topic_is_null_when_the_topic_is_not_known()
    {
        var output = new StringWriter();
        new JsonReportWriter().Write(new DossierReport([new StoryDossier("s", "H", [], null, null, [], [])], []), output);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("stories")[0].GetProperty("topic").ValueKind);
    }

    [Fact]
    public void Markdown_lists_related_stories_escaped_and_only_for_stories_that_have_some()
    {
        var md = Render("md");
        Assert.Equal(2, md.Split("## Related stories").Length - 1);
        Assert.Contains("- Pier repairs begin (story `s-stored`)", md);
        Assert.DoesNotContain("<b onmouseover", md);
        Assert.DoesNotContain("[more](javascript", md);
        Assert.Contains("&lt;b onmouseover=alert(1)&gt;", md);
    }

    [Fact]
    public void Html_links_a_sibling_in_the_report_to_its_section_and_names_one_outside_it_without_a_link()
    {
        var html = Render("html");
        Assert.Contains("<a href=\"#story-s-two\">Pier &lt;b onmouseover=alert(1)&gt;closed&lt;/b&gt; &amp; [more](javascript:alert(1))</a>", html);
        Assert.Contains("<a href=\"#story-s-one\">Pier closed after storm</a>", html);
        Assert.Contains("<section id=\"story-s-two\">", html);
        Assert.Contains("<li>Pier repairs begin <span class=\"meta\">s-stored</span></li>", html);
        Assert.DoesNotContain("#story-s-stored", html);
        Assert.DoesNotContain("<b onmouseover", html);
    }
}
