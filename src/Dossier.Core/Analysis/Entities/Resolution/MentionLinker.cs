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
        var fullNames = new FullNames();
        foreach (var mention in mentions)
        {
            if (mention.Type != EntityType.Person) continue;
            mention.Person = PersonName.Parse(mention.Name.Words);
            if (mention.Person is { IsSingle: false } name) fullNames.Add(name, 1, mention.Order);
        }

        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Person && mention.Person is { } person)
            {
                if (!person.IsSingle)
                {
                    Assign(mention, EntityKind.Person, PersonPrefix + person.Key);
                }
                else if (fullNames.For(person.Surname) is { } full)
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

/// <summary>
/// The full names of people in an article or a story, with how often each is mentioned, indexed by surname and by
/// given name, so that a lone name is matched without scanning them all. Lists keep the order names were added in.
/// </summary>
internal sealed class FullNames
{
    private sealed class Entry(PersonName name, int count, int first)
    {
        public PersonName Name { get; } = name;
        public int Count { get; set; } = count;
        public int First { get; } = first;
    }

    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byGiven = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="count"/> more mentions of a full name; <paramref name="first"/> is where it first appears.</summary>
    public void Add(PersonName name, int count, int first)
    {
        if (_byKey.TryGetValue(name.Key, out var known))
        {
            known.Count += count;
            return;
        }
        var entry = new Entry(name, count, first);
        _byKey[name.Key] = entry;
        Index(_bySurname, name.Surname, entry);
        Index(_byGiven, name.Given!, entry);
    }

    /// <summary>
    /// The full name a lone surname (or given name) stands for: the only one with that surname, or the one mentioned
    /// at least twice as often as the next; else the only one with that given name. Null when none fits.
    /// </summary>
    public PersonName? For(string single)
    {
        if (_bySurname.TryGetValue(single, out var withSurname))
        {
            if (withSurname.Count == 1) return withSurname[0].Name;
            var ranked = withSurname.OrderByDescending(e => e.Count).ThenBy(e => e.First).ToList();
            return ranked[0].Count >= 2 * ranked[1].Count ? ranked[0].Name : null;
        }
        return _byGiven.TryGetValue(single, out var withGiven) && withGiven.Count == 1 ? withGiven[0].Name : null;
    }

    private static void Index(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
