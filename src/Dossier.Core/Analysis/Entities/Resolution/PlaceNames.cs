namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// The few places news copy names in several ways ("U.S.", "US", "United States", "America"), and the adjectives that
/// stand for countries in titles ("Chinese President", "British officials"). Hand-written and kept small: it only has
/// to make the common forms of the same country one place.
/// </summary>
internal static class PlaceNames
{
    private static readonly (string Name, string[] Aliases)[] Places =
    [
        ("United States", ["U.S.", "US", "U.S.A.", "USA", "United States of America", "America"]),
        ("United Kingdom", ["U.K.", "UK", "Britain", "Great Britain"]),
        ("China", ["People's Republic of China", "PRC", "P.R.C.", "Mainland China"]),
        ("United Arab Emirates", ["UAE", "U.A.E."]),
        ("South Korea", ["Republic of Korea", "S. Korea"]),
        ("Russia", ["Russian Federation"]),
        ("Netherlands", ["Holland", "The Netherlands"]),
    ];

    private static readonly (string Demonym, string Place)[] Demonyms =
    [
        ("American", "United States"), ("Chinese", "China"), ("British", "United Kingdom"), ("Japanese", "Japan"),
        ("Russian", "Russia"), ("Indian", "India"), ("German", "Germany"), ("French", "France"), ("Canadian", "Canada"),
        ("Mexican", "Mexico"), ("Italian", "Italy"), ("Australian", "Australia"), ("Brazilian", "Brazil"),
        ("Taiwanese", "Taiwan"), ("Swiss", "Switzerland"), ("Spanish", "Spain"), ("Turkish", "Turkey"),
        ("Israeli", "Israel"), ("Iranian", "Iran"), ("Saudi", "Saudi Arabia"), ("Ukrainian", "Ukraine"),
        ("Vietnamese", "Vietnam"), ("Indonesian", "Indonesia"), ("Dutch", "Netherlands"), ("Irish", "Ireland"),
        ("South Korean", "South Korea"),
    ];

    /// <summary>Normalised key of every alias, demonym and name → the place's name.</summary>
    private static readonly Dictionary<string, string> ByKey = Build();

    private static readonly HashSet<string> SingleWords = new(ByKey.Keys.Where(k => !k.Contains(' ')), StringComparer.Ordinal);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, aliases) in Places)
        {
            map[NameText.KeyOf(name)] = name;
            foreach (var alias in aliases) map[NameText.KeyOf(alias)] = name;
        }
        foreach (var (demonym, place) in Demonyms) map.TryAdd(NameText.KeyOf(demonym), place);
        return map;
    }

    /// <summary>The place a name or demonym stands for ("u s" → United States, "chinese" → China), or null.</summary>
    public static string? PlaceOf(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>Whether one normalised word is a country alias or demonym ("us", "chinese").</summary>
    public static bool IsPlaceWord(string word) => SingleWords.Contains(word);

    /// <summary>How many leading words of <paramref name="words"/> (from <paramref name="start"/>) name a place, 0 when none do.</summary>
    public static int PlacePrefixLength(IReadOnlyList<string> words, int start)
    {
        for (var length = Math.Min(4, words.Count - start); length >= 1; length--)
        {
            if (ByKey.ContainsKey(string.Join(' ', words.Skip(start).Take(length)))) return length;
        }
        return 0;
    }
}
