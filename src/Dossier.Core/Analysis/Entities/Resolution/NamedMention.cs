using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// A mention on its way through resolution: the recognizer's mention (after <see cref="MentionRepair"/>), its cleaned name, the type the story's majority
/// gives that name, and the entity key it is assigned to. <see cref="Order"/> is its position over the whole story,
/// which breaks every tie, so nothing depends on hashing or dictionary order.
/// </summary>
internal sealed class NamedMention(int order, Article article, EntityMention mention, NameForm name)
{
    public int Order { get; } = order;

    public Article Article { get; } = article;

    public EntityMention Mention { get; } = mention;

    public NameForm Name { get; } = name;

    /// <summary>The type after the majority vote over the story.</summary>
    public EntityType Type { get; set; } = mention.Type;

    public EntityKind Kind { get; set; }

    /// <summary>The entity this mention names: "person:trump|donald", "organization:huawei", "outlet:Reuters".</summary>
    public string Key { get; set; } = "";

    /// <summary>For people: the parts of the name as written in this mention.</summary>
    public PersonName? Person { get; set; }

    /// <summary>The name a list gives this entity (an outlet's or a country's), shown in place of the written forms.</summary>
    public string? ListedName { get; set; }

    public OutletKind? OutletKind { get; set; }

    /// <summary>Whether the mention is in a heading written in title case, where capitalisation says nothing (<see cref="Headlines"/>).</summary>
    public bool InHeadline { get; init; }
}

/// <summary>
/// A role or affiliation read in one sentence. <see cref="Key"/> is what makes two facts the same: the normalised role,
/// or the key of the entity an affiliation points to. <see cref="Text"/> is the role as written, or the affiliated
/// entity's name as written there.
/// </summary>
internal sealed record Fact(string Key, string Text, SentenceEvidence Evidence, int Order);

/// <summary>Mentions gathered under one key, with the facts read about them.</summary>
internal sealed class EntityCluster(EntityKind kind, string key)
{
    public EntityKind Kind { get; } = kind;

    public string Key { get; } = key;

    public List<NamedMention> Mentions { get; } = [];

    public List<Fact> Roles { get; } = [];

    public List<Fact> Affiliations { get; } = [];

    public int FirstOrder => Mentions.Count > 0 ? Mentions[0].Order : int.MaxValue;

    /// <summary>For people: the fullest name among the mentions (most words, then earliest).</summary>
    public PersonName? Person =>
        Mentions.Where(m => m.Person is not null).OrderByDescending(m => m.Person!.IsSingle ? 0 : 1).ThenByDescending(m => m.Name.Words.Length)
            .ThenBy(m => m.Order).Select(m => m.Person).FirstOrDefault();

    /// <summary>Moves everything of <paramref name="other"/> here, keeping story order.</summary>
    public void Absorb(EntityCluster other)
    {
        Mentions.AddRange(other.Mentions);
        Mentions.Sort((a, b) => a.Order.CompareTo(b.Order));
        Roles.AddRange(other.Roles);
        Affiliations.AddRange(other.Affiliations);
        foreach (var mention in other.Mentions) mention.Key = Key;
        other.Mentions.Clear();
        other.Roles.Clear();
        other.Affiliations.Clear();
    }
}
