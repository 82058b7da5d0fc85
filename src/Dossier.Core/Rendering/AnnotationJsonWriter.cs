using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;

namespace Dossier.Core.Rendering;

/// <summary>
/// What `dossier annotate --format json` prints for one article, on one line: the article's id, origin and title, and
/// its entities with every mention's span. docs/FORMATS.md documents it.
/// </summary>
public static class AnnotationJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Article article, IReadOnlyList<ResolvedEntity> entities, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("origin", article.Origin);
            json.WriteString("title", article.Metadata.Title);
            json.WriteNumber("mentionCount", article.Mentions.Count);
            json.WriteStartArray("entities");
            foreach (var entity in entities) EntityJsonWriter.Write(json, entity, withMentions: true);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
