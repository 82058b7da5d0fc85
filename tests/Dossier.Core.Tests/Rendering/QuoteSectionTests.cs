using System.Text.Json;
using Dossier.Core.Rendering;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;
using static Dossier.Core.Tests.Analysis.Entities.Annotated;

namespace Dossier.Core.Tests.Rendering;

/// <summary>The "Who said what" and "Who reports whom" sections in every format: escaped, and capped for big stories.</summary>
public sealed class QuoteSectionTests
{
    private const string Hostile = "<script>x</script>";

    private static DossierReport Report(int extraQuotes = 0)
    {
        var a = Article(
            $"“The meeting should go very well {Hostile},” Ada Brenn said. The port reopened, Reuters reported. " +
            string.Concat(Enumerable.Range(0, extraQuotes).Select(i => $"“Point{i} goes to harbour{i} and crane{i} today{i},” Brenn said. ")),
            "a.txt", Per("Ada Brenn"), Per("Brenn"), Org("Reuters"));
        var b = Article($"Brenn wrote: “This meeting should go very smoothly {Hostile}.”", "b.txt", Per("Brenn"));
        var story = new Story("s-quotes");
        story.Articles.AddRange([a, b]);
        return new DossierReport([new DossierBuilder(new DossierBuilderOptions()).Build(story)], []);
    }

    private static string Render(string format, int extraQuotes = 0)
    {
        var output = new StringWriter();
        ReportWriters.For(format).Write(Report(extraQuotes), output);
        return output.ToString();
    }

    [Fact]
    public void Markdown_shows_the_speaker_the_variant_and_its_changes_escaped()
    {
        var md = Render("md");
        Assert.Contains("## Who said what", md);
        Assert.Contains("- **Ada Brenn** (said): “The meeting should go very well &lt;script&gt;x&lt;/script&gt;,” [1]", md);
        Assert.Contains("also “This meeting should go very smoothly &lt;script&gt;x&lt;/script&gt;.” [2] — changed: The → This; well → smoothly", md);
        Assert.Contains("## Who reports whom", md);
        Assert.Contains("- **Reuters** (agency), cited by 1 article", md);
        Assert.DoesNotContain(Hostile, md);
    }

    [Fact]
    public void Html_escapes_every_quote()
    {
        var html = Render("html");
        Assert.Contains("<h2>Who said what</h2>", html);
        Assert.Contains("<h2>Who reports whom</h2>", html);
        Assert.DoesNotContain(Hostile, html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Json_has_quotes_with_variants_and_the_attributions()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var story = json.RootElement.GetProperty("stories")[0];
        var quote = story.GetProperty("quotes")[0];
        Assert.Equal("Ada Brenn", quote.GetProperty("speaker").GetString());
        Assert.Equal("person", quote.GetProperty("entity").GetProperty("kind").GetString());
        Assert.Equal(2, quote.GetProperty("variants").GetArrayLength());
        var second = quote.GetProperty("variants")[1];
        Assert.Equal("before", second.GetProperty("rule").GetString());
        Assert.Contains(second.GetProperty("difference").EnumerateArray(), d => d.GetProperty("op").GetString() == "added" && d.GetProperty("text").GetString() == "This");
        var reuters = story.GetProperty("attributions")[0];
        Assert.Equal("Reuters", reuters.GetProperty("outlet").GetString());
        Assert.Equal("reported", reuters.GetProperty("citations")[0].GetProperty("cue").GetString());
    }

    [Fact]
    public void A_story_with_many_quotes_shows_some_and_says_how_many_it_left_out()
    {
        var md = Render("md", extraQuotes: 40);
        Assert.Equal(QuoteDisplay.MaxQuotes, md.Split('\n').Count(l => l.StartsWith("- **") && l.Contains(" (said)")));
        Assert.Contains($"- and {41 - QuoteDisplay.MaxQuotes} more quote(s), left out here (the JSON has them all)", md);
        using var json = JsonDocument.Parse(Render("json", extraQuotes: 40));
        Assert.Equal(41, json.RootElement.GetProperty("stories")[0].GetProperty("quotes").GetArrayLength());
    }
}
