using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>What a resolved entity is. <see cref="Outlet"/> covers news outlets, agencies and platforms, whatever the tagger called them.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Location,
    Misc,
    Outlet,
}

public static class EntityKinds
{
    /// <summary>The name of a kind in every output format.</summary>
    public static string Name(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Location => "location",
        EntityKind.Misc => "misc",
        EntityKind.Outlet => "outlet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static EntityKind Of(EntityType type) => type switch
    {
        EntityType.Person => EntityKind.Person,
        EntityType.Organization => EntityKind.Organization,
        EntityType.Location => EntityKind.Location,
        _ => EntityKind.Misc,
    };
}

/// <summary>Where a fact about an entity was read: a sentence of an article.</summary>
public readonly record struct SentenceEvidence(Article Article, TextSpan Sentence)
{
    public string ArticleId => Article.Id;

    public string Text => Article.TextOf(Sentence);
}

/// <summary>A role ("Treasury Secretary") or an affiliation ("Morgan Stanley") of an entity, with the sentences that say so.</summary>
public sealed record EntityAttribute(string Text, IReadOnlyList<SentenceEvidence> Evidence);

/// <summary>
/// One mention of a resolved entity in its article: the span and type the recognizer gave, or where resolution mended a
/// tagger's slip (<see cref="MentionRepair"/>), the mended span and type ("Li Chenggang", PER, out of the recognizer's
/// "Trade Representative Li Chenggang", ORG).
/// </summary>
public readonly record struct ResolvedMention(Article Article, TextSpan Span, EntityType Type)
{
    public string Text => Article.TextOf(Span);
}

/// <summary>
/// One entity of an article or a story: every mention that names it, the name to show (the most complete common
/// form), the other forms it was written in, and for people the roles and affiliations the text gives them.
/// </summary>
public sealed record ResolvedEntity(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    OutletKind? OutletKind,
    IReadOnlyList<EntityAttribute> Roles,
    IReadOnlyList<EntityAttribute> Affiliations,
    IReadOnlyList<ResolvedMention> Mentions)
{
    /// <summary>The ids of the articles that mention it, in the order the articles were given.</summary>
    public IReadOnlyList<string> ArticleIds { get; } = Mentions.Select(m => m.Article.Id).Distinct(StringComparer.Ordinal).ToList();
}
