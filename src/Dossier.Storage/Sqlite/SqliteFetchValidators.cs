using System.Globalization;
using Dossier.Core.Ingest.Web;

namespace Dossier.Storage.Sqlite;

/// <summary>The HTTP validators of fetched URLs (table fetch_validators, schema version 2).</summary>
public sealed partial class SqliteArticleStore
{
    public FetchValidators? GetFetchValidators(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Guard("look up fetch validators", () =>
        {
            using var reader = Command(null, "SELECT etag, last_modified FROM fetch_validators WHERE url = $url")
                .With("$url", url)
                .ExecuteReader();
            if (!reader.Read()) return null;
            return new FetchValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        });
    }

    public void SaveFetchValidators(string url, FetchValidators validators)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        Guard("store fetch validators", () =>
            Command(null, """
                INSERT INTO fetch_validators (url, etag, last_modified, fetched_at)
                VALUES ($url, $etag, $last_modified, $fetched_at)
                ON CONFLICT (url) DO UPDATE SET
                    etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
                """)
                .With("$url", url)
                .With("$etag", validators.ETag)
                .With("$last_modified", validators.LastModified)
                .With("$fetched_at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))
                .ExecuteNonQuery());
    }
}
