using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Rendering;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;
using Dossier.Core.Tests.Stories;

namespace Dossier.Core.Tests.Rendering;

/// <summary>How the reports show a wire copy: in the sources list, marked, with its novelty, and counted once in the header.</summary>
public sealed class CopyRenderingTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);

    private static readonly Article Wire = TestArticles.FromText(
        "Freighter aground off Cape Dorn\n\n" + WireTexts.Report, "wire.txt",
        new ArticleMetadata { Outlet = "Coastal Wire", Published = Morning });

    // The reprint's headline is hostile: it must reach every report escaped.
    private static readonly Article Reprint = TestArticles.FromText(
        "<b>Lane</b> shut & [stuck](javascript:alert(1))\n\n" + WireTexts.Report + "\n\nThis story was first published by Coastal Wire.", "paper.txt",
        new ArticleMetadata { Outlet = "Dorn <Gazette>", Published = Morning.AddHours(2) });

    private static string Render(string format)
    {
        var story = new Story("s-copies");
        story.Articles.AddRange([Wire, Reprint]);
        var report = new DossierReport([new DossierBuilder(new DossierBuilderOptions { AttributionFinder = null }).Build(story)], []);
        var output = new StringWriter();
        ReportWriters.For(format).Write(report, output);
        return output.ToString();
    }

    [Fact]
    public void Json_gives_each_article_its_novelty_and_the_copy_its_original_and_the_story_its_independent_sources()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var story = json.RootElement.GetProperty("stories")[0];
        Assert.Equal(1, story.GetProperty("independentSources").GetInt32());
        var articles = story.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(1.0, articles[Wire.Id].GetProperty("novelty").GetDouble());
        Assert.Equal(JsonValueKind.Null, articles[Wire.Id].GetProperty("copyOf").ValueKind);
        Assert.Equal(Wire.Id, articles[Reprint.Id].GetProperty("copyOf").GetString());
        var novelty = articles[Reprint.Id].GetProperty("novelty").GetDouble();
        Assert.Equal(Math.Round(novelty, 2), novelty);
        Assert.InRange(articles[Reprint.Id].GetProperty("copySimilarity").GetDouble(), 0.9, 1.0);
        var sentence = story.GetProperty("summary")[0];
        Assert.Equal([Wire.Id, Reprint.Id], sentence.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([Reprint.Id], sentence.GetProperty("copies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, sentence.GetProperty("sources").GetInt32());
    }

    [Fact]
    public void Markdown_counts_the_copy_once_marks_it_in_the_sources_and_escapes_its_title()
    {
        var md = Render("md");
        Assert.Contains("· 2 articles, 1 independent source ·", md);
        Assert.Contains("[1] (also in copy [2])", md);
        var sources = md[md.IndexOf("## Sources", StringComparison.Ordinal)..].Split('\n');
        Assert.Contains(" · novelty 1.00", Assert.Single(sources, l => l.StartsWith("1. ", StringComparison.Ordinal)));
        var copy = Assert.Single(sources, l => l.StartsWith("2. ", StringComparison.Ordinal));
        Assert.Matches(@" · novelty 0\.\d\d · copy of \[1\] \(similarity (0\.9\d|1\.00)\)$", copy);
        Assert.Contains("&lt;b&gt;Lane&lt;/b&gt; shut &amp; \\[stuck\\](javascript:alert(1))", copy);
        Assert.DoesNotContain("<b>", md);
    }

    [Fact]
    public void Html_counts_the_copy_once_links_it_to_its_original_and_escapes_its_title()
    {
        var html = Render("html");
        Assert.Contains("· 2 articles, 1 independent source ·", html);
        Assert.Contains("(also in copy <sup><a href=\"#story-s-copies-a2\">[2]</a></sup>)", html);
        Assert.Matches(@"· copy of <sup><a href=""#story-s-copies-a1"">\[1\]</a></sup> \(similarity (0\.9\d|1\.00)\)", html);
        Assert.Contains("&lt;b&gt;Lane&lt;/b&gt; shut &amp; [stuck](javascript:alert(1))", html);
        Assert.Contains("Dorn &lt;Gazette&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }
}
