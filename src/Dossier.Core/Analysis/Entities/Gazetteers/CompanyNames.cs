namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Company names from the S&amp;P 500 list (sp500_companies.csv, "Security" column) and the shorter forms the news
/// uses: "Apple Inc." is also "Apple", "Alphabet Inc. (Class A)" is "Alphabet Inc." and "Alphabet", "Coca-Cola
/// Company (The)" is also "The Coca-Cola Company" and "Coca-Cola", "Lilly (Eli)" is "Lilly" and "Eli Lilly".
/// </summary>
internal static class CompanyNames
{
    /// <summary>Legal forms that follow a name. "Group" and "Holdings" are left: "CME Group" is what people write.</summary>
    private static readonly string[] LegalSuffixes =
    [
        "Inc.", "Inc", "Incorporated", "Corporation", "Corp.", "Corp", "Company", "Companies", "Co.", "plc", "PLC",
        "Ltd.", "Ltd", "Limited", "N.V.", "S.A.", "AG", "SE", "L.P.", "LP",
    ];

    public static SortedSet<string> Read(string path)
    {
        var lines = File.ReadAllLines(GazetteerSources.Require(path));
        if (lines.Length == 0) throw new GazetteerDataException($"'{path}' is empty");
        int column = GazetteerSources.CsvFields(lines[0]).IndexOf("Security");
        if (column < 0) throw new GazetteerDataException($"'{path}' has no \"Security\" column in its header");

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var fields = GazetteerSources.CsvFields(line);
            if (column < fields.Count) names.UnionWith(Variants(fields[column]));
        }
        return names;
    }

    /// <summary>The name as listed (without a share class), with a parenthesised word put in front, and without legal suffixes.</summary>
    public static IEnumerable<string> Variants(string security)
    {
        var name = NameForm.Tidy(security);
        string? front = null;
        if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is int open and > 0)
        {
            var inner = name[(open + 2)..^1];
            name = name[..open];
            // "(Class A)" tells shares apart, not companies.
            if (!inner.StartsWith("Class ", StringComparison.Ordinal)) front = inner;
        }
        if (name.Length == 0) yield break;
        yield return name;
        if (front is not null) yield return front + " " + name;
        var bare = WithoutLegalSuffix(name);
        if (bare.Length > 0 && bare != name) yield return bare;
    }

    /// <summary>"Arthur J. Gallagher &amp; Co." to "Arthur J. Gallagher", "Block, Inc." to "Block"; repeated while one comes off.</summary>
    public static string WithoutLegalSuffix(string name)
    {
        while (true)
        {
            var before = name;
            foreach (var suffix in LegalSuffixes)
            {
                if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && name[^(suffix.Length + 1)] is ' ' or ',')
                {
                    name = name[..^suffix.Length].TrimEnd(' ', ',', '&');
                    break;
                }
            }
            if (name == before) return name;
        }
    }
}
