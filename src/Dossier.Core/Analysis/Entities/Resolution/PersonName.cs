namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// A person's name split into the parts mentions are matched on: the first given name and the surname. "Donald J.
/// Trump" and "Donald Trump" share both; "Trump" has only a surname; "Xi Jinping" has the surname first.
/// </summary>
internal sealed record PersonName(string? Given, string Surname, bool SurnameFirst)
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv", "phd", "md" };

    /// <summary>Words that start a surname after the given name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "da", "di", "del", "della", "der", "den", "la", "le", "du", "dos", "das", "bin", "al", "el", "ter", "ten",
    };

    /// <summary>Particles that, first in a mention, show it is a surname alone ("von der Leyen"); "Al Gore" keeps "Al" as a given name.</summary>
    private static readonly HashSet<string> LeadingParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "ter", "ten", "dos", "das", "della", "del", "du",
    };

    /// <summary>Surname alone: matched against the surnames (or, failing that, the given names) of fuller names.</summary>
    public bool IsSingle => Given is null;

    /// <summary>What two full names must share to be one person.</summary>
    public string Key => Given is null ? Surname : Surname + "|" + Given;

    public static PersonName? Parse(IReadOnlyList<string> words)
    {
        var parts = words.Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0])).ToList();
        while (parts.Count > 1 && Suffixes.Contains(parts[^1])) parts.RemoveAt(parts.Count - 1);
        if (parts.Count == 0) return null;
        if (parts.Count == 1 || LeadingParticles.Contains(parts[0])) return new PersonName(null, string.Join(' ', parts), false);
        if (ChineseNames.IsSurnameFirst(parts)) return new PersonName(parts[1], parts[0], true);
        var surnameStart = parts.Count - 1;
        for (var i = 1; i < parts.Count - 1; i++)
        {
            if (!Particles.Contains(parts[i])) continue;
            surnameStart = i;
            break;
        }
        return new PersonName(parts[0], string.Join(' ', parts.Skip(surnameStart)), false);
    }
}
