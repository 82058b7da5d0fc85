using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>HTML pages through the whole command: a page that is not an article gives DSR202 and no article.</summary>
public sealed class HtmlPageTests
{
    private const string Article = """
        <html><head><title>Dock strike | Harbor Ledger</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Dock strike</h1>
        <p>Dock workers at the port of Saltmere walked out on Monday morning, leaving forty ships at anchor in the bay.</p>
        <p>The union said the strike would last until the harbour board agreed to talks on pay, shifts and the new cranes.</p>
        <p>Freight companies warned that the queue of vessels, already the longest this year, could double within a week.</p>
        </article><footer>Contact us</footer></body></html>
        """;

    private const string Menu = """
        <html><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <footer><a href="/about">About us</a></footer></body></html>
        """;

    [Fact]
    public void A_page_that_is_not_an_article_is_reported_and_not_made_an_article()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("article.html"), Article);
        File.WriteAllText(temp.File("menu.html"), Menu);

        var result = Cli.Run("brief", temp.Path, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DSR202", diagnostic.GetProperty("code").GetString());
        Assert.EndsWith("menu.html", diagnostic.GetProperty("source").GetString());
        var articles = json.RootElement.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray()).ToList();
        var article = Assert.Single(articles);
        Assert.EndsWith("article.html", article.GetProperty("path").GetString());
        var body = article.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("role").GetString() == "body")
            .Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(3, body.Count);
        Assert.StartsWith("Dock workers", body[0]);
    }
}
