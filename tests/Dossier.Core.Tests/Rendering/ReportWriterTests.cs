using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Rendering;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Tests.Rendering;

public sealed class ReportWriterTests
{
    private const string Hostile = "Officials said <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) would be *removed* from the minutes.";

    private static DossierReport Report()
    {
        var article = TestArticles.FromText($"Council & <Mayor>\n{Hostile}\nShare this article: Facebook Twitter Email", "council.txt");
        var story = new Story("s-test");
        story.Articles.Add(article);
        return new DossierReport([new DossierBuilder(new DossierBuilderOptions()).Build(story)],
            [new Diagnostic(DiagnosticCodes.EmptyFile, "ingest", Severity.Error, "the file is empty", "<empty>.txt")]);
    }

    private static string Render(string format)
    {
        var output = new StringWriter();
        ReportWriters.For(format).Write(Report(), output);
        return output.ToString();
    }

    [Fact]
    public void Html_escapes_every_piece_of_article_text_and_has_no_script()
    {
        var html = Render("html");
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<Mayor>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("&lt;empty&gt;.txt", html);
    }

    [Fact]
    public void Markdown_escapes_structure_and_html()
    {
        var md = Render("md");
        Assert.DoesNotContain("<img", md);
        Assert.DoesNotContain("[a link](javascript", md);
        Assert.Contains("\\[a link\\]", md);
        Assert.Contains("\\*removed\\*", md);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var story = json.RootElement.GetProperty("stories")[0];
        foreach (var field in (string[])["id", "headline", "articles", "summary"]) Assert.True(story.TryGetProperty(field, out _), field);
        var article = story.GetProperty("articles")[0];
        foreach (var field in (string[])["id", "outlet", "title", "path", "blocks"]) Assert.True(article.TryGetProperty(field, out _), field);
        var share = article.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("kind").GetString() == "share");
        Assert.Equal("boilerplate", share.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("blocks")[1].GetProperty("kind").ValueKind);
        Assert.Equal(Hostile, article.GetProperty("blocks")[1].GetProperty("text").GetString());
        var sentence = story.GetProperty("summary")[0];
        Assert.Equal(article.GetProperty("id").GetString(), sentence.GetProperty("citations")[0].GetString());
        Assert.Equal("DSR101", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Unknown_format_is_refused() => Assert.Throws<ArgumentException>(() => ReportWriters.For("pdf"));
}
