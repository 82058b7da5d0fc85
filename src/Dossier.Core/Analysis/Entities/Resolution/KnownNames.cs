using Dossier.Core.Analysis.Entities.Gazetteers;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// The name lists of the embedded gazetteer (<c>models/gazetteers.tsv</c>), as sets of keys in the form
/// <see cref="NameText.KeyOf"/> gives, for the resolution rules that must tell a real name from capitalised words:
/// whether a word is a known first name, and whether a name is a known place, company or nationality. Read once per
/// process, on first use. A build without the gazetteer (or with an unreadable one, which the tagger reports) has
/// empty lists, so the rules that need them simply find nothing.
/// </summary>
internal static class KnownNames
{
    private sealed record Lists(HashSet<string> FirstNames, HashSet<string> Places, HashSet<string> Companies, HashSet<string> Demonyms);

    private static readonly string[] PlaceLists = ["countries", "capitals", "cities", "regions"];

    private static readonly Lazy<Lists> Loaded = new(Load);

    /// <summary>Whether a normalised word ("scott") is a first name of the gazetteer.</summary>
    public static bool IsFirstName(string word) => Loaded.Value.FirstNames.Contains(word);

    /// <summary>Whether a name key ("new york") is a country, capital, city or region, or one of <see cref="PlaceNames"/>.</summary>
    public static bool IsPlace(string key) => PlaceNames.PlaceOf(key) is not null || Loaded.Value.Places.Contains(key);

    public static bool IsCompany(string key) => Loaded.Value.Companies.Contains(key);

    /// <summary>Whether a name key ("chinese") is a nationality or language word.</summary>
    public static bool IsDemonym(string key) => PlaceNames.PlaceOf(key) is not null || Loaded.Value.Demonyms.Contains(key);

    private static Lists Load()
    {
        Gazetteer? gazetteer;
        try
        {
            gazetteer = Gazetteer.FromModels();
        }
        catch (InvalidDataException)
        {
            gazetteer = null;
        }
        return new Lists(
            Keys(gazetteer, "first-names"),
            Keys(gazetteer, PlaceLists),
            Keys(gazetteer, "companies"),
            Keys(gazetteer, "demonyms"));
    }

    private static HashSet<string> Keys(Gazetteer? gazetteer, params string[] lists)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (gazetteer is null) return keys;
        foreach (var list in lists)
        {
            var index = gazetteer.IndexOf(list);
            if (index < 0) continue;
            foreach (var phrase in gazetteer.Phrases(index)) keys.Add(NameText.KeyOf(phrase));
        }
        return keys;
    }
}
