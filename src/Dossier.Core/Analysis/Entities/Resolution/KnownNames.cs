using Dossier.Core.Analysis.Entities.Gazetteers;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Asks the name lists of the embedded gazetteer (<c>models/gazetteers.tsv</c>) whether a name, as written, is a known
/// first name, place, company or nationality: the resolution rules need this to tell a real name from capitalised
/// words. A name is known when one phrase of a list matches all its tokens (the gazetteer's matching: exact case, or
/// title case for an all-caps token). The gazetteer is read once per process, on first use; a build without it (or
/// with an unreadable one, which the tagger reports) knows no names, and the rules that need them find nothing.
/// </summary>
internal static class KnownNames
{
    private static readonly string[] PlaceLists = ["countries", "capitals", "cities", "regions"];

    /// <summary>Longer names are never looked up (no listed name is this long), which bounds the work per question.</summary>
    private const int MaxTokens = 16;

    private static readonly Lazy<Gazetteer?> Lists = new(Load);

    /// <summary>Whether one word as written ("Scott") is a first name of the gazetteer.</summary>
    public static bool IsFirstName(string word) => IsListed(word, "first-names");

    /// <summary>Whether a name as written ("New York", "Britain") is a country, capital, city or region, or one of <see cref="PlaceNames"/>.</summary>
    public static bool IsPlace(string name) => PlaceNames.PlaceOf(NameText.KeyOf(name)) is not null || IsListed(name, PlaceLists);

    public static bool IsCompany(string name) => IsListed(name, "companies");

    /// <summary>Whether a name as written ("Chinese") is a nationality or language word.</summary>
    public static bool IsDemonym(string name) => PlaceNames.PlaceOf(NameText.KeyOf(name)) is not null || IsListed(name, "demonyms");

    private static bool IsListed(string name, params string[] lists)
    {
        if (Lists.Value is not { } gazetteer) return false;
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count is 0 or > MaxTokens) return false;
        Span<GazetteerHits> hits = stackalloc GazetteerHits[tokens.Count];
        gazetteer.Match(name, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), hits);
        foreach (var list in lists)
        {
            var index = gazetteer.IndexOf(list);
            if (index >= 0 && CoversAll(hits, index)) return true;
        }
        return false;
    }

    /// <summary>Whether one match of the list starts at the first token and runs to the last.</summary>
    private static bool CoversAll(ReadOnlySpan<GazetteerHits> hits, int list)
    {
        if (!hits[0].Begins(list)) return false;
        for (var i = 1; i < hits.Length; i++)
        {
            if (!hits[i].Inside(list)) return false;
        }
        return true;
    }

    private static Gazetteer? Load()
    {
        try
        {
            return Gazetteer.FromModels();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
