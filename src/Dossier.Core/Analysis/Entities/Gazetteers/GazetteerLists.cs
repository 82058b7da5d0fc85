namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>The lists <see cref="GazetteerBuilder"/> writes, and the entity class each one hints at.</summary>
public static class GazetteerLists
{
    public const string Countries = "countries";
    public const string Capitals = "capitals";
    public const string Regions = "regions";
    public const string Cities = "cities";
    public const string Demonyms = "demonyms";
    public const string FirstNames = "first-names";
    public const string Companies = "companies";

    /// <summary>Every list, in ordinal order (the order <see cref="Gazetteer.Lists"/> gives them).</summary>
    public static IReadOnlyList<string> All { get; } =
        new[] { Countries, Capitals, Regions, Cities, Demonyms, FirstNames, Companies }.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The class a match of this list suggests. A first name is a cue for a person rather than a person's whole name;
    /// demonyms ("Chinese") and languages are MISC in CoNLL-2003. Null for a list this build does not know.
    /// </summary>
    public static EntityType? Cue(string list) => list switch
    {
        Countries or Capitals or Regions or Cities => EntityType.Location,
        Demonyms => EntityType.Misc,
        FirstNames => EntityType.Person,
        Companies => EntityType.Organization,
        _ => null,
    };
}
