using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities;

/// <summary>The four CoNLL-2003 entity classes.</summary>
public enum EntityType : byte
{
    Person,
    Organization,
    Location,
    Misc,
}

/// <summary>A name found in an article's text: a span (whole tokens) and its class.</summary>
public readonly record struct EntityMention(TextSpan Span, EntityType Type);

public static class EntityTypes
{
    /// <summary>The CoNLL tag suffix: PER, ORG, LOC, MISC.</summary>
    public static string Tag(this EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    public static bool TryParseTag(ReadOnlySpan<char> tag, out EntityType type)
    {
        switch (tag)
        {
            case "PER": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Organization; return true;
            case "LOC": type = EntityType.Location; return true;
            case "MISC": type = EntityType.Misc; return true;
            default: type = default; return false;
        }
    }
}

/// <summary>Finds the names in an article's sentences. The trained tagger is one; tests may use a fixed list.</summary>
public interface IEntityRecognizer
{
    /// <summary>The mentions inside the given sentence spans of <paramref name="text"/>, in text order.</summary>
    IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences);
}
