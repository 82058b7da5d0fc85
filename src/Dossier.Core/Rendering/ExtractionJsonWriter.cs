using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Model;

namespace Dossier.Core.Rendering;

/// <summary>
/// What `dossier extract --format json` prints for one article, on one line: the shape (title, authors,
/// published and modified at the page's own precision, outlet, url, language, main text, blocks) and Dossier's own
/// fields beside it (evidence per metadata field, origin, id). docs/FORMATS.md documents it.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Article article, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var m = article.Metadata;
            json.WriteStartObject();
            json.WriteString("title", m.Title);
            JsonReportWriter.WriteStrings(json, "authors", m.Authors);
            json.WriteString("published", m.PublishedDate?.ToIso());
            json.WriteString("modified", m.ModifiedDate?.ToIso());
            json.WriteString("outlet", m.Outlet);
            json.WriteString("url", m.Url);
            json.WriteString("language", m.Language);
            json.WriteString("text", article.MainText());
            JsonReportWriter.WriteBlocks(json, article);
            // Dossier's own fields: where each metadata value came from and how sure the reader was of it.
            json.WriteStartObject("evidence");
            foreach (var source in m.Sources)
            {
                json.WriteStartObject(source.Field);
                json.WriteString("source", source.Evidence.ToString());
                json.WriteNumber("confidence", Math.Round(source.Confidence, 2));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteString("origin", article.Origin);
            json.WriteString("id", article.Id);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
