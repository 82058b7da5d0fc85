using System.Text.Json;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Countries, capitals, demonyms and language names from world-countries' countries.json (one object per country,
/// with name.common, name.official, altSpellings, capital, demonyms.eng and languages).
/// </summary>
internal static class CountryLists
{
    /// <summary>
    /// Short forms the news uses that the data lacks or that its code filter drops, by ISO code. "US" and "UK" are the
    /// only two-letter forms kept: other codes ("IN", "IT", "NO") are ordinary words in an all-caps headline.
    /// </summary>
    private static readonly (string Code, string[] Names)[] ShortForms =
    [
        ("US", ["US", "U.S.", "U.S.A.", "America", "United States"]),
        ("GB", ["UK", "U.K.", "Britain"]),
        ("AE", ["U.A.E."]),
        ("TR", ["Turkey"]),
        ("CZ", ["Czech Republic"]),
    ];

    /// <summary>Former names still common in news archives (CoNLL-2003 is from 1996): the data only has today's.</summary>
    private static readonly string[] FormerCountries =
        ["Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "Zaire", "East Germany", "West Germany"];

    private static readonly string[] FormerDemonyms = ["Soviet", "Yugoslav", "Briton"];

    public sealed record Result(SortedSet<string> Countries, SortedSet<string> Capitals, SortedSet<string> Demonyms);

    public static Result Read(string path)
    {
        using var document = GazetteerSources.ParseJson(path);
        if (document.RootElement.ValueKind != JsonValueKind.Array) throw new GazetteerDataException($"'{path}' is not a JSON array of countries");

        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var capitals = new SortedSet<string>(StringComparer.Ordinal);
        var demonymsFound = new List<string>();
        var languages = new List<string>();
        var altSpellings = new List<string>();
        var foreignNames = new HashSet<string>(StringComparer.Ordinal);
        var englishNativeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in document.RootElement.EnumerateArray())
        {
            if (country.ValueKind != JsonValueKind.Object) continue;
            var code = GazetteerSources.String(country, "cca2");
            if (country.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.Object)
            {
                AddName(countries, GazetteerSources.String(name, "common"));
                AddName(countries, GazetteerSources.String(name, "official"));
                if (name.TryGetProperty("native", out var native)) AddNativeNames(native, foreignNames, englishNativeNames);
            }
            foreach (var spelling in GazetteerSources.Strings(country, "altSpellings"))
                if (spelling != code && !spelling.Any(c => c > '\u00FF')) altSpellings.Add(spelling);
            foreach (var capital in GazetteerSources.Strings(country, "capital")) AddName(capitals, capital);
            if (country.TryGetProperty("demonyms", out var all) && all.ValueKind == JsonValueKind.Object
                && all.TryGetProperty("eng", out var english) && english.ValueKind == JsonValueKind.Object)
            {
                demonymsFound.AddRange(Split(GazetteerSources.String(english, "f")));
                demonymsFound.AddRange(Split(GazetteerSources.String(english, "m")));
            }
            if (country.TryGetProperty("languages", out var spoken) && spoken.ValueKind == JsonValueKind.Object)
                foreach (var language in spoken.EnumerateObject())
                    if (language.Value.ValueKind == JsonValueKind.String && language.Value.GetString() is { } languageName)
                        languages.Add(languageName);
        }
        foreach (var (_, names) in ShortForms) foreach (var n in names) AddName(countries, n);
        foreach (var n in FormerCountries) AddName(countries, n);

        var demonyms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var demonym in demonymsFound.Concat(FormerDemonyms)) AddDemonym(demonyms, demonym);
        // Language names are MISC in CoNLL-2003 like demonyms, and often the same word ("French").
        foreach (var language in languages) AddName(demonyms, language);

        // The alternative spellings mix English ones ("Holland", "Burma", "Great Britain") with names in the country's
        // other languages ("Kongeriket Norge", "Belgique"), which its native names list. (The translations are no
        // guide: "Holland" and "Congo" are some language's translation too.) Transliterations with letters beyond
        // Latin-1 ("Afġānistān") were left out above; "Côte d'Ivoire" stays. A spelling that is a demonym ("Thai",
        // "Togolese") says nationality, not place.
        foreignNames.ExceptWith(englishNativeNames);
        foreach (var spelling in altSpellings.Select(NameForm.Tidy))
            if (!foreignNames.Contains(spelling) && !demonyms.Contains(spelling)) AddName(countries, spelling);
        // A "demonym" that is a country's own name ("Djibouti", "Gibraltar") is the place.
        demonyms.RemoveWhere(d => countries.Contains(d) || countries.Contains(d[..^1]) && d.EndsWith('s'));
        return new Result(countries, capitals, demonyms);
    }

    /// <summary>The names in name.native ({ language: { common, official } }), split into English and other languages.</summary>
    private static void AddNativeNames(JsonElement byLanguage, HashSet<string> foreign, HashSet<string> english)
    {
        if (byLanguage.ValueKind != JsonValueKind.Object) return;
        foreach (var language in byLanguage.EnumerateObject())
        {
            if (language.Value.ValueKind != JsonValueKind.Object) continue;
            var into = language.Name == "eng" ? english : foreign;
            foreach (var field in new[] { "common", "official" })
                if (GazetteerSources.String(language.Value, field) is { } name) into.Add(NameForm.Tidy(name));
        }
    }

    /// <summary>"Antiguan, Barbudan" and "Kittitian or Nevisian" are two demonyms each.</summary>
    private static IEnumerable<string> Split(string? demonyms) =>
        demonyms is null ? [] : demonyms.Split([",", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AddName(SortedSet<string> list, string? name)
    {
        if (name is null) return;
        name = NameForm.Tidy(name);
        if (NameForm.IsEnglishStyle(name)) list.Add(name);
    }

    /// <summary>The demonym and its plural for people ("Americans", "Pakistanis", "Filipinos", "New Zealanders").</summary>
    private static void AddDemonym(SortedSet<string> list, string demonym)
    {
        demonym = NameForm.Tidy(demonym);
        if (!NameForm.IsEnglishStyle(demonym)) return;
        list.Add(demonym);
        // "Chinese", "British", "French", "Swiss", "Manx" name no single person; the plural needs a noun-like ending.
        if (demonym[^1] is 'n' or 'i' or 'o' or 'r' || demonym.EndsWith("ak", StringComparison.Ordinal) || demonym is "Czech" or "Greek")
            list.Add(demonym + "s");
    }
}
