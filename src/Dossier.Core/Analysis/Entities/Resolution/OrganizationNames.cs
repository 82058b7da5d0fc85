namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// What makes two names of an organisation the same: "Huawei Technologies Co.", "Huawei" and "the Huawei" share the
/// key "huawei", because legal forms and generic company words at the end say what kind of body it is, not which.
/// </summary>
internal static class OrganizationNames
{
    /// <summary>Legal forms, in the form <see cref="NameText.Normalize"/> gives ("Co." is "co").</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "ag", "sa", "nv", "gmbh",
        "bv", "spa", "lp", "llp", "pte", "pty", "kk", "oyj", "ab", "asa", "se", "&",
    };

    /// <summary>Generic words a company name may end with or drop: "Cisco Systems" is Cisco.</summary>
    private static readonly HashSet<string> Descriptors = new(StringComparer.Ordinal)
    {
        "company", "companies", "group", "holdings", "holding", "technologies", "technology", "international",
        "industries", "enterprises", "systems",
    };

    /// <summary>The comparison key of an organisation's words: legal forms and generic words dropped from the end, one word always kept.</summary>
    public static string Key(IReadOnlyList<string> words)
    {
        var end = words.Count;
        while (end > 1 && (LegalForms.Contains(words[end - 1]) || Descriptors.Contains(words[end - 1]) || words[end - 1] is "," or "and"))
            end--;
        return string.Join(' ', words.Take(end));
    }

    /// <summary>
    /// Whether a bracketed token can be the acronym of an organisation named just before it: two to ten letters or
    /// digits with at least two capitals and starting with the name's first letter ("National Economic Council (NEC)").
    /// </summary>
    public static bool CanAbbreviate(ReadOnlySpan<char> acronym, IReadOnlyList<string> nameWords)
    {
        if (acronym.Length is < 2 or > 10 || nameWords.Count < 2) return false;
        var capitals = 0;
        foreach (var c in acronym)
        {
            if (char.IsUpper(c)) capitals++;
            else if (!char.IsLetterOrDigit(c) && c is not '&' and not '-') return false;
        }
        return capitals >= 2 && nameWords[0].Length > 0 && char.ToLowerInvariant(acronym[0]) == nameWords[0][0];
    }
}
