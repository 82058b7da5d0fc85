namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Decides which entity each mention of one article names. People: full names with the same given name and surname
/// are one person, and a surname alone ("Trump", "Xi") joins the full name that has it: the only one, or the one
/// mentioned at least twice as often as any other; failing that, a unique full name with that given name. Outlets: any
/// mention whose whole name is in <see cref="OutletCatalogue"/>. Organisations: by <see cref="OrganizationNames.Key"/>,
/// with acronyms the story defines. Places: by <see cref="PlaceNames"/>. The rest by their words.
/// </summary>
internal static class MentionLinker
{
    public const string PersonPrefix = "person:";
    public const string OrganizationPrefix = "organization:";
    public const string LocationPrefix = "location:";
    public const string MiscPrefix = "misc:";
    public const string OutletPrefix = "outlet:";

    /// <param name="mentions">The mentions of one article, in text order, with their voted types.</param>
    /// <param name="acronyms">Acronym key → organisation key, as defined somewhere in the story.</param>
    public static void Link(IReadOnlyList<NamedMention> mentions, IReadOnlyDictionary<string, string> acronyms)
    {
        var fullNames = new List<(PersonName Name, int Count, int First)>();
        foreach (var mention in mentions)
        {
            if (mention.Type != EntityType.Person) continue;
            mention.Person = PersonName.Parse(mention.Name.Words);
            if (mention.Person is not { IsSingle: false } name) continue;
            var index = fullNames.FindIndex(f => f.Name.Key == name.Key);
            if (index < 0) fullNames.Add((name, 1, mention.Order));
            else fullNames[index] = fullNames[index] with { Count = fullNames[index].Count + 1 };
        }

        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.Person is { } person)
            {
                if (!person.IsSingle)
                {
                    Assign(mention, EntityKind.Person, PersonPrefix + person.Key);
                }
                else if (FullNameFor(person.Surname, fullNames.Select(f => (f.Name, f.Count, f.First))) is { } full)
                {
                    Assign(mention, EntityKind.Person, PersonPrefix + full.Key);
                }
                else if (OutletCatalogue.Find(mention.Name) is { } outlet)
                {
                    AssignOutlet(mention, outlet);
                }
                else
                {
                    Assign(mention, EntityKind.Person, PersonPrefix + person.Key);
                }
                continue;
            }

            if (OutletCatalogue.Find(mention.Name) is { } listed)
            {
                AssignOutlet(mention, listed);
            }
            else if (acronyms.TryGetValue(mention.Name.Key, out var defined))
            {
                Assign(mention, EntityKind.Organization, OrganizationPrefix + defined);
            }
            else
            {
                switch (mention.Type)
                {
                    case EntityType.Organization:
                        Assign(mention, EntityKind.Organization, OrganizationPrefix + OrganizationNames.Key(mention.Name.Words));
                        break;
                    case EntityType.Location:
                        var place = PlaceNames.PlaceOf(mention.Name.Key);
                        mention.ListedName = place;
                        Assign(mention, EntityKind.Location, LocationPrefix + (place is null ? mention.Name.Key : NameText.KeyOf(place)));
                        break;
                    default:
                        // A person typed PER whose name had no parts left falls here too.
                        Assign(mention, EntityKind.Misc, MiscPrefix + mention.Name.Key);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The full name a lone surname (or given name) stands for, among <paramref name="candidates"/>: the only one with
    /// that surname, or the one mentioned at least twice as often as the next; else the only one with that given name.
    /// </summary>
    public static PersonName? FullNameFor(string single, IEnumerable<(PersonName Name, int Count, int First)> candidates)
    {
        var all = candidates.ToList();
        var bySurname = all.Where(c => c.Name.Surname == single).OrderByDescending(c => c.Count).ThenBy(c => c.First).ToList();
        if (bySurname.Count == 1) return bySurname[0].Name;
        if (bySurname.Count > 1) return bySurname[0].Count >= 2 * bySurname[1].Count ? bySurname[0].Name : null;
        var byGiven = all.Where(c => c.Name.Given == single).ToList();
        return byGiven.Count == 1 ? byGiven[0].Name : null;
    }

    private static void Assign(NamedMention mention, EntityKind kind, string key)
    {
        mention.Kind = kind;
        mention.Key = key;
    }

    private static void AssignOutlet(NamedMention mention, Outlet outlet)
    {
        mention.ListedName = outlet.Name;
        mention.OutletKind = outlet.Kind;
        Assign(mention, EntityKind.Outlet, OutletPrefix + outlet.Name);
    }
}
