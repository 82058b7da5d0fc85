namespace Dossier.Core.Ingest.Web;

/// <summary>What a server said identifies the version of a resource it sent (HTTP validators), kept per URL.</summary>
/// <param name="ETag">The ETag header as sent, quotes and weak prefix included, or null.</param>
/// <param name="LastModified">The Last-Modified header as sent (an HTTP date), or null.</param>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>Where validators persist between runs, so the next fetch of a URL can be conditional.</summary>
public interface IFetchValidatorStore
{
    /// <summary>The validators saved for exactly this URL, or null.</summary>
    FetchValidators? GetFetchValidators(string url);

    /// <summary>Saves (replaces) the validators for this URL.</summary>
    void SaveFetchValidators(string url, FetchValidators validators);
}
