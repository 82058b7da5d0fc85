using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Web;

public enum FetchStatus
{
    /// <summary>A 2xx response of an accepted type whose whole body was read.</summary>
    Fetched,
    /// <summary>A 304: the resource has not changed since the fetch whose validators were sent.</summary>
    NotModified,
    /// <summary>No usable response; <see cref="FetchResult.Problem"/> says why.</summary>
    Failed,
}

/// <summary>The outcome of fetching one URL.</summary>
/// <param name="Url">The URL that answered, after redirects (the requested one when it failed before any response).</param>
/// <param name="MediaType">The Content-Type media type, lower-cased, without parameters.</param>
/// <param name="Charset">The Content-Type charset parameter, as sent.</param>
/// <param name="Validators">The ETag and Last-Modified of the response, to save for the next conditional fetch.</param>
public sealed record FetchResult(
    FetchStatus Status,
    Uri Url,
    string? MediaType,
    string? Charset,
    byte[] Body,
    FetchValidators? Validators,
    Diagnostic? Problem)
{
    public static FetchResult Failed(Uri url, Diagnostic problem) => new(FetchStatus.Failed, url, null, null, [], null, problem);
}
