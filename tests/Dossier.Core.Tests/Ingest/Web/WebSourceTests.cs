using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest.Web;

/// <summary>URLs of pages and feeds read end to end through the in-process server.</summary>
public sealed class WebSourceTests : IDisposable
{
    private static readonly string LongText = string.Join(" ", Enumerable.Repeat("The ferry council met again on Thursday and approved the contract.", 20));

    private readonly TestHttpServer _server;
    private readonly Dictionary<string, Func<TestRequest, TestResponse>> _routes = new(StringComparer.Ordinal);
    private readonly MemoryValidatorStore _validators = new();

    public WebSourceTests() =>
        _server = new TestHttpServer(request => _routes.TryGetValue(request.Path, out var route) ? route(request) : TestResponse.Empty(404));

    public void Dispose() => _server.Dispose();

    private List<IngestItem> Read(string url, IngestOptions? options = null)
    {
        options ??= new IngestOptions();
        options = options with { Web = options.Web with { AlwaysAllowed = [_server.EndPoint] } };
        using var fetcher = new WebFetcher(options.Web, validators: _validators);
        return new WebSource(fetcher, options, _validators).Read(url).ToList();
    }

    private static string Rss(params string[] items) =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title>{string.Concat(items)}</channel></rss>";

    private static string RssItem(string title, string link, string description) =>
        $"<item><title>{title}</title><link>{link}</link><description>{description}</description><pubDate>Tue, 10 Jun 2026 14:30:00 GMT</pubDate></item>";

    [Fact]
    public void A_page_url_becomes_one_html_document_decoded_by_its_header_charset()
    {
        var html = "<html><head><title>Łódź</title></head><body><p>Szczęście.</p></body></html>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _routes["/page"] = _ => new TestResponse(200, Encoding.GetEncoding(28592).GetBytes(html), [("Content-Type", "text/html; charset=iso-8859-2")]);

        var document = Assert.Single(Read(_server.Url("/page"))).Document!;

        Assert.Equal(_server.Url("/page"), document.Origin);
        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal(html, document.Content);
        Assert.Equal(_server.Url("/page"), document.Metadata.Url);
    }

    [Fact]
    public void The_document_url_is_the_one_that_answered_after_redirects()
    {
        _routes["/old"] = _ => TestResponse.Redirect("/new", 301);
        _routes["/new"] = _ => TestResponse.Text("<p>moved</p>");

        var document = Assert.Single(Read(_server.Url("/old"))).Document!;

        Assert.Equal(_server.Url("/old"), document.Origin);
        Assert.Equal(_server.Url("/new"), document.Metadata.Url);
    }

    [Fact]
    public void Plain_text_urls_are_plain_text_documents()
    {
        _routes["/a.txt"] = _ => TestResponse.Text("One line.\nAnother.", "text/plain; charset=utf-8");

        Assert.Equal(SourceFormat.PlainText, Assert.Single(Read(_server.Url("/a.txt"))).Document!.Format);
    }

    [Fact]
    public void A_feed_is_recognised_by_content_and_its_teaser_items_have_their_pages_fetched()
    {
        // Served as text/html on purpose: the content, not the header, says it is a feed.
        _routes["/feed"] = _ => TestResponse.Text(Rss(
            RssItem("Full", "/full", System.Security.SecurityElement.Escape($"<p>{LongText}</p>")),
            RssItem("Teaser", "/teaser", "Two lines. Read more.")), "text/html");
        _routes["/teaser"] = _ => TestResponse.Text("<html><body><p>The page of the teaser.</p></body></html>");

        var items = Read(_server.Url("/feed"));

        Assert.Equal(2, items.Count);
        var full = items[0].Document!;
        Assert.Equal(_server.Url("/full"), full.Origin);
        Assert.Contains("approved the contract", full.Content);
        var fetched = items[1].Document!;
        Assert.Equal(_server.Url("/teaser"), fetched.Origin);
        Assert.Contains("The page of the teaser.", fetched.Content);
        Assert.Equal("Teaser", fetched.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 14, 30, 0, TimeSpan.Zero), fetched.Metadata.Published);
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/full");
    }

    [Fact]
    public void Json_and_atom_feeds_over_http_are_read()
    {
        _routes["/feed.json"] = _ => TestResponse.Text(
            $"{{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[{{\"id\":\"1\",\"url\":\"/j1\",\"content_text\":\"{LongText}\"}}]}}",
            "application/feed+json");
        _routes["/atom"] = _ => TestResponse.Text(
            $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry><title>E</title><link href=\"/a1\"/><content type=\"text\">{LongText}</content></entry></feed>",
            "application/atom+xml");

        Assert.Equal(_server.Url("/j1"), Assert.Single(Read(_server.Url("/feed.json"))).Document!.Origin);
        Assert.Equal(_server.Url("/a1"), Assert.Single(Read(_server.Url("/atom"))).Document!.Origin);
    }

    [Fact]
    public void An_invalid_feed_is_one_diagnostic()
    {
        _routes["/broken"] = _ => TestResponse.Text("<rss version=\"2.0\"><channel><item></channel>", "application/rss+xml");
        _routes["/notfeed"] = _ => TestResponse.Text("<config><a/></config>", "application/xml");
        _routes["/json"] = _ => TestResponse.Text("{\"a\": 1}", "application/json");

        Assert.Equal(DiagnosticCodes.InvalidFeed, Assert.Single(Read(_server.Url("/broken"))).Problem!.Code);
        Assert.Equal(DiagnosticCodes.InvalidFeed, Assert.Single(Read(_server.Url("/notfeed"))).Problem!.Code);
        Assert.Equal(DiagnosticCodes.InvalidFeed, Assert.Single(Read(_server.Url("/json"))).Problem!.Code);
    }

    [Fact]
    public void An_item_page_of_the_wrong_type_or_status_is_that_items_diagnostic()
    {
        _routes["/feed"] = _ => TestResponse.Text(Rss(
            RssItem("Pdf", "/doc.pdf", "Short."),
            RssItem("Gone", "/gone", "Short."),
            RssItem("Ok", "/ok", "Short.")), "application/rss+xml");
        _routes["/doc.pdf"] = _ => new TestResponse(200, new byte[10], [("Content-Type", "application/pdf")]);
        _routes["/ok"] = _ => TestResponse.Text("<p>fine</p>");

        var items = Read(_server.Url("/feed"));

        Assert.Equal(DiagnosticCodes.UnsupportedContentType, items[0].Problem!.Code);
        Assert.Equal(_server.Url("/doc.pdf"), items[0].Problem!.Source);
        Assert.Equal(DiagnosticCodes.HttpError, items[1].Problem!.Code);
        Assert.NotNull(items[2].Document);
        // An item failed, so the feed's validators are not saved: the next run fetches it in full and retries the item.
        Assert.DoesNotContain(_server.Url("/feed"), _validators.Saved.Keys);
    }

    [Fact]
    public void An_unchanged_feed_is_a_304_the_second_time_and_gives_nothing_new()
    {
        var feedRequests = 0;
        _routes["/feed"] = request =>
        {
            feedRequests++;
            return request.Headers.GetValueOrDefault("if-none-match") == "\"f1\""
                ? TestResponse.Empty(304)
                : new TestResponse(200, Encoding.UTF8.GetBytes(Rss(RssItem("One", "/one", "Short."))),
                    [("Content-Type", "application/rss+xml"), ("ETag", "\"f1\""), ("Last-Modified", "Tue, 09 Jun 2026 10:00:00 GMT")]);
        };
        _routes["/one"] = _ => new TestResponse(200, "<p>one</p>"u8.ToArray(), [("Content-Type", "text/html"), ("ETag", "\"p1\"")]);

        Assert.NotNull(Assert.Single(Read(_server.Url("/feed"))).Document);
        Assert.Equal(new FetchValidators("\"f1\"", "Tue, 09 Jun 2026 10:00:00 GMT"), _validators.Saved[_server.Url("/feed")]);
        Assert.Equal(new FetchValidators("\"p1\"", null), _validators.Saved[_server.Url("/one")]);

        var second = Assert.Single(Read(_server.Url("/feed"))).Problem!;

        Assert.Equal(DiagnosticCodes.NotModified, second.Code);
        Assert.Equal(Severity.Info, second.Severity);
        Assert.Equal(2, feedRequests);
        Assert.Equal(1, _server.Requests.Count(r => r.Path == "/one"));
    }

    [Theory]
    [InlineData("ftp://example.org/feed")]
    [InlineData("mailto:desk@example.org")]
    public void Urls_other_than_http_and_https_are_refused(string url) =>
        Assert.Equal(DiagnosticCodes.InvalidUrl, Assert.Single(Read(url)).Problem!.Code);

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://127.0.0.1:8080/feed", true)]
    [InlineData("ftp://example.org/a", true)]
    [InlineData("articles/page.html", false)]
    [InlineData("/tmp/page.html", false)]
    [InlineData("C:\\news\\a.html", false)]
    [InlineData("file:///tmp/a.html", false)]
    public void Tells_urls_from_paths(string source, bool isUrl) => Assert.Equal(isUrl, WebSource.LooksLikeUrl(source));
}
