using System.Text;
using System.Text.Json;
using Dossier.Core.Tests.Ingest.Web;

namespace Dossier.Cli.Tests;

/// <summary>`ingest` and `brief` with URLs, against an in-process server on 127.0.0.1 (so --allow-private is needed).</summary>
public sealed class UrlCommandTests : IDisposable
{
    private const string Body =
        "The island council of Vellan approved a three-year ferry contract on Thursday, ending months of uncertainty for commuters. " +
        "The operator said crossings would run every hour from the first of July, and that fares would stay at their current level.";

    private readonly TestHttpServer _server = new(request => request.Path switch
    {
        "/story" => request.Headers.GetValueOrDefault("if-none-match") == "\"s1\""
            ? TestResponse.Empty(304)
            : new TestResponse(200, Encoding.UTF8.GetBytes($"<html><head><title>Ferry contract approved</title></head><body><article><p>{Body}</p></article></body></html>"),
                [("Content-Type", "text/html; charset=utf-8"), ("ETag", "\"s1\"")]),
        "/feed" => TestResponse.Text(
            "<rss version=\"2.0\"><channel><title>Courier</title><item><title>Ferry contract approved</title><link>/story</link><description>Teaser.</description></item></channel></rss>",
            "application/rss+xml"),
        _ => TestResponse.Empty(404),
    });

    public void Dispose() => _server.Dispose();

    [Fact]
    public void Brief_reads_a_feed_url_and_fetches_its_items_pages()
    {
        var result = Cli.Run("brief", _server.Url("/feed"), "--allow-private", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var article = json.RootElement.GetProperty("stories")[0].GetProperty("articles")[0];
        Assert.Equal(_server.Url("/story"), article.GetProperty("path").GetString());
        Assert.Equal(_server.Url("/story"), article.GetProperty("url").GetString());
        Assert.Equal("Ferry contract approved", article.GetProperty("title").GetString());
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Without_allow_private_a_loopback_url_is_refused_with_a_diagnostic()
    {
        var result = Cli.Run("brief", _server.Url("/story"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("stories").EnumerateArray());
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DSR114", diagnostic.GetProperty("code").GetString());
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Ingesting_an_unchanged_url_again_is_a_304_and_adds_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");

        var first = Cli.Run("ingest", _server.Url("/story"), "--db", db, "--allow-private");
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.StartsWith("1 article(s) added", first.Out);

        var second = Cli.Run("ingest", _server.Url("/story"), "--db", db, "--allow-private");
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.StartsWith("0 article(s) added, 0 already stored, 1 diagnostic(s)", second.Out);
        Assert.Contains("DSR124", second.Err);
        Assert.Equal("\"s1\"", _server.Requests.Last().Headers["if-none-match"]);

        // brief always fetches in full: it reports on every URL it is given.
        var brief = Cli.Run("brief", _server.Url("/story"), "--db", db, "--allow-private");
        Assert.True(brief.ExitCode == 0, brief.Err);
        Assert.False(_server.Requests.Last().Headers.ContainsKey("if-none-match"));
        Assert.Contains("1 stor", brief.Err);
    }

    [Fact]
    public void Urls_are_not_checked_as_paths_but_missing_paths_still_are()
    {
        var result = Cli.Run("brief", "https://news.invalid/a", "missing.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.txt", result.Err);
        Assert.DoesNotContain("news.invalid", result.Err);
    }
}
