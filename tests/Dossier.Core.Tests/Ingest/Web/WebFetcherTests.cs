using System.IO.Compression;
using System.Net;
using System.Text;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest.Web;

/// <summary>
/// The fetcher against an in-process server on 127.0.0.1. The guard lets through exactly that server's address and port
/// (AlwaysAllowed), so the same tests also show that any other loopback or private target is refused. Private and
/// link-local literals are refused before any connection is attempted: no test sends a packet off this machine.
/// </summary>
public sealed class WebFetcherTests : IDisposable
{
    private const string Page = "<html><head><title>Ferries</title></head><body><p>The ferries run again.</p></body></html>";

    private readonly TestHttpServer _server;
    private readonly Dictionary<string, Func<TestRequest, TestResponse>> _routes = new(StringComparer.Ordinal);

    public WebFetcherTests()
    {
        _server = new TestHttpServer(request =>
            _routes.TryGetValue(request.Path, out var route) ? route(request) : TestResponse.Empty(404));
    }

    public void Dispose() => _server.Dispose();

    private WebFetcher Fetcher(WebOptions? options = null, IFetchValidatorStore? validators = null) =>
        new((options ?? new WebOptions()) with { AlwaysAllowed = [_server.EndPoint] }, validators: validators);

    private static FetchResult Fetch(WebFetcher fetcher, string url, ContentKinds accept = ContentKinds.Any) =>
        fetcher.FetchAsync(new Uri(url), accept, url).GetAwaiter().GetResult();

    private static Diagnostic Failure(FetchResult result, string code)
    {
        Assert.Equal(FetchStatus.Failed, result.Status);
        var problem = Assert.IsType<Diagnostic>(result.Problem);
        Assert.Equal(code, problem.Code);
        Assert.Equal("ingest", problem.Stage);
        return problem;
    }

    [Fact]
    public void Fetches_a_page_with_its_content_type_charset_and_a_user_agent_naming_dossier()
    {
        _routes["/page"] = _ => TestResponse.Text(Page, "text/html; charset=ISO-8859-2");
        using var fetcher = Fetcher();

        var result = Fetch(fetcher, _server.Url("/page"));

        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal(Page, Encoding.UTF8.GetString(result.Body));
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("ISO-8859-2", result.Charset);
        var request = Assert.Single(_server.Requests);
        Assert.StartsWith("Dossier/", request.Headers["user-agent"]);
        Assert.Contains("text/html", request.Headers["accept"]);
    }

    [Theory]
    [InlineData("http://10.0.0.1/", "private")]
    [InlineData("http://192.168.1.1/admin", "private")]
    [InlineData("http://172.20.0.5:8080/", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://100.64.0.1/", "carrier-grade NAT")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    [InlineData("http://[::ffff:10.0.0.1]/", "private")]
    [InlineData("http://[fe80::1]/", "link-local")]
    [InlineData("http://[fd00::1]/", "unique local")]
    [InlineData("http://224.0.0.1/", "multicast")]
    public void Refuses_private_and_link_local_literals_before_connecting(string url, string kind)
    {
        using var fetcher = Fetcher(new WebOptions { Timeout = TimeSpan.FromSeconds(2) });

        var problem = Failure(Fetch(fetcher, url), DiagnosticCodes.AddressRefused);

        Assert.Contains(kind, problem.Message);
        Assert.Contains("--allow-private", problem.Message);
        Assert.Equal(url, problem.Source);
    }

    [Fact]
    public void Refuses_loopback_other_than_the_allowed_test_server()
    {
        _routes["/page"] = _ => TestResponse.Text(Page);
        using var strict = new WebFetcher(new WebOptions());
        using var fetcher = Fetcher();

        Failure(Fetch(strict, _server.Url("/page")), DiagnosticCodes.AddressRefused);
        Failure(Fetch(strict, $"http://[::1]:{_server.Port}/page"), DiagnosticCodes.AddressRefused);
        // Another port on the same loopback address is not the allowed endpoint.
        Failure(Fetch(fetcher, $"http://127.0.0.1:{_server.Port + 1}/"), DiagnosticCodes.AddressRefused);
        // Other spellings of 127.0.0.1 are the same address.
        Failure(Fetch(strict, $"http://2130706433:{_server.Port}/page"), DiagnosticCodes.AddressRefused);
        Failure(Fetch(strict, $"http://0x7f.1:{_server.Port}/page"), DiagnosticCodes.AddressRefused);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void A_name_that_resolves_to_loopback_is_refused_after_resolution()
    {
        _routes["/page"] = _ => TestResponse.Text(Page);
        using var strict = new WebFetcher(new WebOptions());

        // "localhost" is no literal: only the check in the connect callback, after DNS, can refuse it.
        var problem = Failure(Fetch(strict, $"http://localhost:{_server.Port}/page"), DiagnosticCodes.AddressRefused);

        Assert.Contains("loopback", problem.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Allow_private_lets_loopback_through()
    {
        _routes["/page"] = _ => TestResponse.Text(Page);
        using var open = new WebFetcher(new WebOptions { AllowPrivate = true });

        Assert.Equal(FetchStatus.Fetched, Fetch(open, _server.Url("/page")).Status);
        Assert.Equal(FetchStatus.Fetched, Fetch(open, $"http://localhost:{_server.Port}/page").Status);
    }

    [Theory]
    [InlineData("http://10.0.0.1/internal")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    public void A_redirect_to_a_private_address_is_refused(string target)
    {
        _routes["/jump"] = _ => TestResponse.Redirect(target);
        using var fetcher = Fetcher();

        var result = Fetch(fetcher, _server.Url("/jump"));

        Failure(result, DiagnosticCodes.AddressRefused);
        Assert.Equal(new Uri(target), result.Url);
    }

    [Fact]
    public void A_redirect_to_a_name_resolving_to_loopback_is_refused()
    {
        _routes["/jump"] = _ => TestResponse.Redirect($"http://localhost:{_server.Port + 1}/");
        using var fetcher = Fetcher();

        Failure(Fetch(fetcher, _server.Url("/jump")), DiagnosticCodes.AddressRefused);
    }

    [Theory]
    [InlineData("ftp://example.org/file.html")]
    [InlineData("file:///etc/passwd")]
    public void Only_http_and_https_are_fetched_even_after_a_redirect(string target)
    {
        _routes["/jump"] = _ => TestResponse.Redirect(target);
        using var fetcher = Fetcher();

        Failure(Fetch(fetcher, target), DiagnosticCodes.InvalidUrl);
        Failure(Fetch(fetcher, _server.Url("/jump")), DiagnosticCodes.InvalidUrl);
    }

    [Fact]
    public void Follows_relative_redirects_up_to_the_cap_and_refuses_one_more()
    {
        for (var i = 0; i < 6; i++)
        {
            var next = i + 1;
            _routes[$"/r{i}"] = _ => TestResponse.Redirect($"/r{next}", status: next % 2 == 0 ? 301 : 307);
        }
        _routes["/r6"] = _ => TestResponse.Text(Page);
        using var fetcher = Fetcher(new WebOptions { MaxRedirects = 5 });

        var withinCap = Fetch(fetcher, _server.Url("/r1"));
        Assert.Equal(FetchStatus.Fetched, withinCap.Status);
        Assert.Equal(_server.Url("/r6"), withinCap.Url.AbsoluteUri);

        var problem = Failure(Fetch(fetcher, _server.Url("/r0")), DiagnosticCodes.TooManyRedirects);
        Assert.Contains("more than 5 redirects", problem.Message);
    }

    [Fact]
    public void A_body_over_the_size_cap_is_refused_whether_declared_or_streamed()
    {
        var big = new string('x', 20_000);
        _routes["/declared"] = _ => TestResponse.Text(big);
        _routes["/streamed"] = _ => TestResponse.Text(big) with { Chunked = true };
        _routes["/small"] = _ => TestResponse.Text("<p>short</p>");
        using var fetcher = Fetcher(new WebOptions { MaxResponseBytes = 10_000 });

        Assert.Contains("declares 20,000 bytes", Failure(Fetch(fetcher, _server.Url("/declared")), DiagnosticCodes.ResponseTooLarge).Message);
        Assert.Contains("reading stopped", Failure(Fetch(fetcher, _server.Url("/streamed")), DiagnosticCodes.ResponseTooLarge).Message);
        Assert.Equal(FetchStatus.Fetched, Fetch(fetcher, _server.Url("/small")).Status);
    }

    [Fact]
    public void Gzip_bodies_are_decompressed_and_the_cap_applies_after_decompression()
    {
        var page = Encoding.UTF8.GetBytes(Page);
        var bomb = Gzip(new byte[1_000_000]);
        _routes["/gzip"] = _ => new TestResponse(200, Gzip(page), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]);
        _routes["/bomb"] = _ => new TestResponse(200, bomb, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]);
        using var fetcher = Fetcher(new WebOptions { MaxResponseBytes = 100_000 });

        Assert.Equal(page, Fetch(fetcher, _server.Url("/gzip")).Body);
        Assert.True(bomb.Length < 100_000);
        Failure(Fetch(fetcher, _server.Url("/bomb")), DiagnosticCodes.ResponseTooLarge);
        Assert.Contains("gzip", _server.Requests.First().Headers["accept-encoding"]);
    }

    [Fact]
    public void A_slow_server_hits_the_timeout()
    {
        _routes["/slow"] = _ => TestResponse.Text(Page) with { Delay = TimeSpan.FromSeconds(10) };
        using var fetcher = Fetcher(new WebOptions { Timeout = TimeSpan.FromMilliseconds(300) });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var problem = Failure(Fetch(fetcher, _server.Url("/slow")), DiagnosticCodes.FetchTimeout);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Contains("0.3 s", problem.Message);
    }

    [Fact]
    public void A_content_type_outside_the_accepted_kinds_is_refused_unread()
    {
        _routes["/image"] = _ => new TestResponse(200, new byte[50], [("Content-Type", "image/png")]);
        _routes["/feed"] = _ => TestResponse.Text("<rss/>", "application/rss+xml");
        _routes["/untyped"] = _ => new TestResponse(200, new byte[5], []);
        using var fetcher = Fetcher();

        Assert.Contains("image/png", Failure(Fetch(fetcher, _server.Url("/image")), DiagnosticCodes.UnsupportedContentType).Message);
        Failure(Fetch(fetcher, _server.Url("/feed"), ContentKinds.Html), DiagnosticCodes.UnsupportedContentType);
        Failure(Fetch(fetcher, _server.Url("/untyped")), DiagnosticCodes.UnsupportedContentType);
        Assert.Equal(FetchStatus.Fetched, Fetch(fetcher, _server.Url("/feed")).Status);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8;;", "utf-8")]
    [InlineData("TEXT/HTML;charset=\"ISO-8859-2\"", "ISO-8859-2")]
    [InlineData("text/html; charset", null)]
    public void Malformed_but_readable_content_types_are_accepted(string contentType, string? charset)
    {
        _routes["/page"] = _ => TestResponse.Text(Page, contentType);
        using var fetcher = Fetcher();

        var result = Fetch(fetcher, _server.Url("/page"));

        Assert.Equal(FetchStatus.Fetched, result.Status);
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal(charset, result.Charset);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(403)]
    public void An_error_status_is_a_diagnostic_naming_it(int status)
    {
        using var fetcher = Fetcher();
        _routes["/x"] = _ => TestResponse.Empty(status);

        Assert.Contains($"HTTP {status}", Failure(Fetch(fetcher, _server.Url("/x")), DiagnosticCodes.HttpError).Message);
    }

    [Fact]
    public void A_closed_port_is_unreachable()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        using var fetcher = new WebFetcher(new WebOptions { AlwaysAllowed = [new IPEndPoint(IPAddress.Loopback, closedPort)] });

        Failure(Fetch(fetcher, $"http://127.0.0.1:{closedPort}/"), DiagnosticCodes.Unreachable);
    }

    [Fact]
    public void Sends_saved_validators_and_reports_a_304_as_not_modified()
    {
        const string etag = "\"v1\"";
        const string modified = "Tue, 09 Jun 2026 10:00:00 GMT";
        _routes["/page"] = request =>
            request.Headers.GetValueOrDefault("if-none-match") == etag
                ? TestResponse.Empty(304)
                : new TestResponse(200, Encoding.UTF8.GetBytes(Page), [("Content-Type", "text/html"), ("ETag", etag), ("Last-Modified", modified)]);
        var store = new MemoryValidatorStore();
        using var fetcher = Fetcher(validators: store);

        var first = Fetch(fetcher, _server.Url("/page"));
        Assert.Equal(FetchStatus.Fetched, first.Status);
        Assert.Equal(new FetchValidators(etag, modified), first.Validators);

        store.SaveFetchValidators(first.Url.AbsoluteUri, first.Validators!);
        var second = Fetch(fetcher, _server.Url("/page"));

        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Null(second.Problem);
        var conditional = _server.Requests.Last();
        Assert.Equal(etag, conditional.Headers["if-none-match"]);
        Assert.Equal(modified, conditional.Headers["if-modified-since"]);
    }

    [Fact]
    public void Without_conditional_requests_no_validators_are_sent()
    {
        _routes["/page"] = _ => TestResponse.Text(Page);
        var store = new MemoryValidatorStore();
        store.SaveFetchValidators(_server.Url("/page"), new FetchValidators("\"v1\"", null));
        using var fetcher = Fetcher(new WebOptions { ConditionalRequests = false }, store);

        Assert.Equal(FetchStatus.Fetched, Fetch(fetcher, _server.Url("/page")).Status);
        Assert.False(_server.Requests.Single().Headers.ContainsKey("if-none-match"));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(data);
        return output.ToArray();
    }
}
