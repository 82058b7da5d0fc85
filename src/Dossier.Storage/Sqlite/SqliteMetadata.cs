using System.Globalization;
using System.Text.Json;
using Dossier.Core.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// How the metadata that does not fit one plain column is stored: a date as its instant (ISO 8601 round trip) plus
/// its precision and whether it named a zone, and the fields' sources as a small JSON array.
/// </summary>
internal static class SqliteMetadata
{
    private static readonly Dictionary<DatePrecision, string> PrecisionNames = new()
    {
        [DatePrecision.Year] = "year",
        [DatePrecision.Month] = "month",
        [DatePrecision.Day] = "day",
        [DatePrecision.Minute] = "minute",
        [DatePrecision.Second] = "second",
    };

    private static readonly Dictionary<string, DatePrecision> PrecisionsByName =
        PrecisionNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static object Instant(PageDate? date) =>
        date is { } d ? d.Instant.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    /// <summary>NULL for an exact instant with its zone (the form every date had before the precision was kept).</summary>
    public static object Precision(PageDate? date) =>
        date is { } d && !IsExact(d) ? PrecisionNames[d.Precision] : DBNull.Value;

    public static object Zone(PageDate? date) =>
        date is { } d && !IsExact(d) ? (d.HasZone ? 1 : 0) : DBNull.Value;

    public static PageDate? ReadDate(SqliteDataReader reader, int instantColumn, int precisionColumn, int zoneColumn, string what)
    {
        if (reader.IsDBNull(instantColumn)) return null;
        var text = reader.GetString(instantColumn);
        if (!DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            throw SqliteArticleStore.Damaged($"unreadable {what} date '{text}'");
        if (reader.IsDBNull(precisionColumn)) return PageDate.Exact(instant);
        var name = reader.GetString(precisionColumn);
        if (!PrecisionsByName.TryGetValue(name, out var precision))
            throw SqliteArticleStore.Damaged($"unknown date precision '{name}'");
        var hasZone = !reader.IsDBNull(zoneColumn) && reader.GetInt64(zoneColumn) != 0;
        return new PageDate(instant, precision, hasZone);
    }

    public static object SourcesToJson(IReadOnlyList<FieldSource> sources)
    {
        if (sources.Count == 0) return DBNull.Value;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var source in sources)
            {
                json.WriteStartObject();
                json.WriteString("field", source.Field);
                json.WriteString("evidence", source.Evidence.ToString());
                json.WriteNumber("confidence", source.Confidence);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IReadOnlyList<FieldSource> SourcesFromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var sources = new List<FieldSource>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var field = item.GetProperty("field").GetString();
                var evidence = Evidence.Parse(item.GetProperty("evidence").GetString());
                if (field is null || evidence is null) throw SqliteArticleStore.Damaged($"unreadable metadata source in '{text}'");
                sources.Add(new FieldSource(field, evidence.Value, item.GetProperty("confidence").GetDouble()));
            }
            return sources;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw SqliteArticleStore.Damaged($"unreadable metadata sources '{text}'");
        }
    }

    // An exact instant is what Published = … records: second precision with a zone. Its fractions are kept in the instant.
    private static bool IsExact(PageDate date) => date.Precision == DatePrecision.Second && date.HasZone;
}
