using System.Text.Json;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;

namespace Dossier.Core.Rendering;

/// <summary>
/// One resolved entity as JSON, shared by the report (`people`, `entities`) and `dossier annotate`, so both show an
/// entity the same way. docs/FORMATS.md documents the shape.
/// </summary>
internal static class EntityJsonWriter
{
    /// <param name="withMentions">Whether to list every mention's span (annotate) rather than only their count (reports).</param>
    public static void Write(Utf8JsonWriter json, ResolvedEntity entity, bool withMentions)
    {
        json.WriteStartObject();
        json.WriteString("kind", entity.Kind.Name());
        json.WriteString("name", entity.Name);
        JsonReportWriter.WriteStrings(json, "aliases", entity.Aliases);
        json.WriteString("outletKind", entity.OutletKind?.Name());
        WriteAttributes(json, "roles", entity.Roles);
        WriteAttributes(json, "affiliations", entity.Affiliations);
        json.WriteNumber("mentionCount", entity.Mentions.Count);
        JsonReportWriter.WriteStrings(json, "articles", entity.ArticleIds);
        if (withMentions)
        {
            json.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                json.WriteStartObject();
                json.WriteNumber("start", mention.Span.Start);
                json.WriteNumber("length", mention.Span.Length);
                json.WriteString("text", mention.Text);
                json.WriteString("type", mention.Type.Tag());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteAttributes(Utf8JsonWriter json, string name, IReadOnlyList<EntityAttribute> attributes)
    {
        json.WriteStartArray(name);
        foreach (var attribute in attributes)
        {
            json.WriteStartObject();
            json.WriteString("text", attribute.Text);
            json.WriteStartArray("evidence");
            foreach (var evidence in attribute.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("article", evidence.ArticleId);
                json.WriteNumber("start", evidence.Sentence.Start);
                json.WriteNumber("length", evidence.Sentence.Length);
                json.WriteString("text", evidence.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
