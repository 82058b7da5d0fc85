using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Web;

/// <summary>
/// Fetches one URL at a time over HTTP(S), safely: bounded in time, size and redirects; only http and https; only
/// addresses the <see cref="AddressGuard"/> allows, checked after DNS resolution for every connection and on every
/// redirect hop; only content types the caller accepts. Every failure is a <see cref="FetchResult"/> with a diagnostic,
/// never an exception. One instance keeps one connection pool; dispose it when done.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly WebOptions _options;
    private readonly TimeProvider _time;
    private readonly IFetchValidatorStore? _validators;
    private readonly AddressGuard _guard;
    private readonly HttpClient _client;

    /// <param name="validators">Where the validators of earlier fetches are looked up; null for unconditional fetches only.</param>
    public WebFetcher(WebOptions options, TimeProvider? time = null, IFetchValidatorStore? validators = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _validators = options.ConditionalRequests ? validators : null;
        _guard = new AddressGuard(options.AllowPrivate, options.AlwaysAllowed);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed here, one hop at a time, so that each target is checked like the first.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            // Through a proxy the guard would check the proxy's address, not the target's.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.ConnectTimeout,
            ConnectCallback = ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Fetches <paramref name="url"/>, following up to <see cref="WebOptions.MaxRedirects"/> redirects.</summary>
    /// <param name="accept">The kinds of content wanted; any other Content-Type is refused before the body is read.</param>
    /// <param name="source">The name diagnostics give as their source (the URL as the user or the feed wrote it).</param>
    public async Task<FetchResult> FetchAsync(Uri url, ContentKinds accept, string source, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (CheckTarget(current, source) is { } refused) return FetchResult.Failed(current, refused);

                // HTTP/1.1 (or HTTP/2 over the same TCP connection) only: HTTP/3 runs over QUIC, which would not go
                // through the connect callback that checks the address.
                using var request = new HttpRequestMessage(HttpMethod.Get, current)
                {
                    Version = HttpVersion.Version11,
                    VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
                };
                request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept", MediaTypes.Accept);
                AddValidators(request, current);

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (hop >= _options.MaxRedirects)
                        return FetchResult.Failed(current, Problem(DiagnosticCodes.TooManyRedirects, source,
                            $"more than {_options.MaxRedirects} redirects (the last one from {current})"));
                    if (response.Headers.Location is not { } location)
                        return FetchResult.Failed(current, Problem(DiagnosticCodes.HttpError, source,
                            $"{current} answered HTTP {status} without a Location to go to"));
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (status == 304)
                    return new FetchResult(FetchStatus.NotModified, current, null, null, [], null, null);
                if (status is < 200 or > 299)
                    return FetchResult.Failed(current, Problem(DiagnosticCodes.HttpError, source,
                        $"{current} answered HTTP {status} {response.ReasonPhrase}".TrimEnd()));

                return await ReadBody(response, current, accept, source, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our deadline, or the handler's connect timeout: both mean the server was too slow.
            return FetchResult.Failed(current, Problem(DiagnosticCodes.FetchTimeout, source,
                deadline.IsCancellationRequested
                    ? $"the fetch took longer than {_options.Timeout.TotalSeconds:0.###} s and was stopped"
                    : $"connecting to {current.Host} took longer than {_options.ConnectTimeout.TotalSeconds:0.###} s"));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException or SocketException)
        {
            if (Find<AddressRefusedException>(ex) is { } refused)
                return FetchResult.Failed(current, Problem(DiagnosticCodes.AddressRefused, source, refused.Message));
            if (Find<TimeoutException>(ex) is not null)
                return FetchResult.Failed(current, Problem(DiagnosticCodes.FetchTimeout, source,
                    $"connecting to {current.Host} took longer than {_options.ConnectTimeout.TotalSeconds:0.###} s"));
            return FetchResult.Failed(current, Problem(DiagnosticCodes.Unreachable, source,
                $"{current} could not be fetched: {Innermost(ex).Message}"));
        }
    }

    private async Task<FetchResult> ReadBody(HttpResponseMessage response, Uri url, ContentKinds accept, string source, CancellationToken token)
    {
        // Read unvalidated: a Content-Type the strict parser refuses would otherwise look like none at all.
        var contentType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
        var mediaType = MediaTypes.MediaTypeOf(contentType);
        if ((MediaTypes.KindOf(mediaType) & accept) == ContentKinds.None)
            return FetchResult.Failed(url, Problem(DiagnosticCodes.UnsupportedContentType, source,
                $"{url} is '{mediaType ?? "of no declared type"}', which Dossier does not read here; wanted: {Describe(accept)}"));

        var limit = _options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
            return FetchResult.Failed(url, TooLarge(source, url, $"it declares {declared:N0} bytes"));

        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var body = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            // Counted after decompression, so a small compressed bomb is stopped too.
            if (body.Length + read > limit)
                return FetchResult.Failed(url, TooLarge(source, url, "reading stopped there"));
            body.Write(chunk, 0, read);
        }

        var validators = new FetchValidators(
            // As sent, not re-formatted: servers compare them byte for byte.
            response.Headers.TryGetValues("ETag", out var etag) ? etag.FirstOrDefault() : null,
            response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null);
        return new FetchResult(FetchStatus.Fetched, url, mediaType, HtmlCharset.CharsetOf(contentType), body.ToArray(),
            validators.IsEmpty ? null : validators, null);
    }

    private Diagnostic TooLarge(string source, Uri url, string detail) =>
        Problem(DiagnosticCodes.ResponseTooLarge, source,
            $"{url} is larger than the limit of {_options.MaxResponseBytes:N0} bytes ({detail}); it was skipped");

    private void AddValidators(HttpRequestMessage request, Uri url)
    {
        if (_validators?.GetFetchValidators(url.AbsoluteUri) is not { } saved) return;
        if (saved.ETag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", saved.ETag);
        if (saved.LastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", saved.LastModified);
    }

    /// <summary>Checks a URL before any connection: the scheme, and the address when the host is a literal IP.</summary>
    internal Diagnostic? CheckTarget(Uri url, string source)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return Problem(DiagnosticCodes.InvalidUrl, source, $"'{url}' is not an http or https URL; only those are fetched");
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal)
            && _guard.Refusal(literal, url.Port) is { } kind)
            return Problem(DiagnosticCodes.AddressRefused, source, RefusalMessage(url.IdnHost, literal, kind));
        return null;
    }

    /// <summary>
    /// Opens every connection the handler makes: resolves the name, keeps only the addresses the guard allows, and
    /// connects to those. Because the check is on the address actually connected to, a name that resolves to a
    /// private address, now or on a later lookup (DNS rebinding), is refused too.
    /// </summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false);

        var allowed = new List<IPAddress>();
        string? firstRefusal = null;
        foreach (var address in addresses)
        {
            if (_guard.Refusal(address, port) is { } kind)
                firstRefusal ??= RefusalMessage(host, address, kind);
            else
                allowed.Add(address);
        }
        if (allowed.Count == 0)
            throw new AddressRefusedException(firstRefusal ?? $"{host} resolved to no address");

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private static string RefusalMessage(string host, IPAddress address, string kind) =>
        $"refused to connect to {host}: {address} is a {kind} address; such addresses are fetched only when private " +
        "addresses are allowed (--allow-private)";

    private static Diagnostic Problem(string code, string source, string message) =>
        new(code, "ingest", Severity.Error, message, source);

    private static T? Find<T>(Exception? ex) where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is T found) return found;
        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }

    private static string Describe(ContentKinds kinds) => string.Join(", ", new[]
    {
        kinds.HasFlag(ContentKinds.Html) ? "HTML" : null,
        kinds.HasFlag(ContentKinds.Feed) ? "RSS, Atom or JSON feeds" : null,
        kinds.HasFlag(ContentKinds.PlainText) ? "plain text" : null,
    }.OfType<string>());

    /// <summary>Thrown inside the connect callback; the handler wraps it, and <see cref="FetchAsync"/> unwraps it into a diagnostic.</summary>
    private sealed class AddressRefusedException(string message) : Exception(message);
}
