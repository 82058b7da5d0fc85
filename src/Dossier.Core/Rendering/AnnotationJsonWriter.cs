using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>
/// What `dossier annotate --format json` prints for one article, on one line: the article's id, origin and title, its
/// entities with every mention's span, its direct quotes, its reported speech and its outlet citations, every part with
/// its span. docs/FORMATS.md documents it.
/// </summary>
public static class AnnotationJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Article article, IReadOnlyList<ResolvedEntity> entities, ArticleQuotes quotes,
        IReadOnlyList<OutletCitation> citations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(citations);
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
            json.WriteStartArray("quotes");
            foreach (var quote in quotes.Quotes) WriteQuote(json, article, quote);
            json.WriteEndArray();
            json.WriteStartArray("reported");
            foreach (var statement in quotes.Reported) WriteReported(json, article, statement);
            json.WriteEndArray();
            json.WriteStartArray("citations");
            foreach (var citation in citations) WriteCitation(json, article, citation);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteQuote(Utf8JsonWriter json, Article article, QuoteVariant quote)
    {
        json.WriteStartObject();
        json.WriteString("text", quote.Text);
        QuoteJsonWriter.WriteSpans(json, quote.Quotation.Content);
        json.WriteBoolean("closed", quote.Quotation.Closed);
        json.WriteBoolean("attributed", quote.Speaker is not null);
        WriteSpeaker(json, quote.Speaker);
        WriteSpan(json, "source", article, quote.Source);
        WriteSpan(json, "cue", article, quote.Cue);
        json.WriteString("rule", quote.Rule.Name());
        json.WriteEndObject();
    }

    private static void WriteReported(Utf8JsonWriter json, Article article, ReportedStatement statement)
    {
        json.WriteStartObject();
        json.WriteString("text", statement.Text);
        QuoteJsonWriter.WriteSpans(json, statement.Attribution.Content);
        WriteSpeaker(json, statement.Speaker);
        WriteSpan(json, "source", article, statement.Attribution.Source);
        WriteSpan(json, "cue", article, statement.Attribution.Cue);
        json.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter json, Article article, OutletCitation citation)
    {
        json.WriteStartObject();
        json.WriteString("outlet", citation.Outlet.Name);
        json.WriteString("outletKind", citation.Outlet.Kind.Name());
        WriteSpan(json, "name", article, citation.Name);
        WriteSpan(json, "cue", article, citation.Cue);
        WriteSpan(json, "claim", article, citation.Claim);
        json.WriteEndObject();
    }

    /// <summary>Who the words resolve to: the name to show, the entity when there is one, and how it was tied; nulls when nobody.</summary>
    private static void WriteSpeaker(Utf8JsonWriter json, QuoteSpeaker? speaker)
    {
        json.WriteString("speaker", speaker?.Name);
        QuoteJsonWriter.WriteEntity(json, speaker?.Entity);
        json.WriteString("resolution", speaker is null ? null : speaker.Resolution.Name());
    }

    /// <summary>A span with its text, as `{ start, length, text }`, or null.</summary>
    private static void WriteSpan(Utf8JsonWriter json, string name, Article article, TextSpan? span)
    {
        if (span is not { } s)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteNumber("start", s.Start);
        json.WriteNumber("length", s.Length);
        json.WriteString("text", article.TextOf(s));
        json.WriteEndObject();
    }
}
