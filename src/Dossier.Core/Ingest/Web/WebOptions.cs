using System.Net;

namespace Dossier.Core.Ingest.Web;

/// <summary>Limits and policy for fetching URLs. The defaults suit fetching news pages and feeds from the public web.</summary>
public sealed record WebOptions
{
    /// <summary>The whole fetch of one URL: every redirect hop and the body. A slow server cannot hold a run longer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Opening one TCP (and TLS) connection, within <see cref="Timeout"/>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A body larger than this (after decompression) is not read past the limit and gives no document.</summary>
    public long MaxResponseBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How many redirects one fetch follows; each hop is checked like the first request.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow loopback, private, link-local and other non-public addresses (off: see <see cref="AddressGuard"/>).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Exact address and port pairs allowed even when <see cref="AllowPrivate"/> is off: a test server, a local mirror.</summary>
    public IReadOnlyList<IPEndPoint> AlwaysAllowed { get; init; } = [];

    /// <summary>
    /// Send the ETag and Last-Modified saved by the previous fetch of a URL, so an unchanged page or feed costs a 304
    /// and is not processed again. `dossier brief` turns this off: it must report on every URL it is given.
    /// </summary>
    public bool ConditionalRequests { get; init; } = true;

    public string UserAgent { get; init; } = "Dossier/0.1 (news dossier builder)";
}
