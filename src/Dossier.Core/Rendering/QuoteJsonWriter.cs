using System.Text.Json;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>A story's quotes and outlet attributions as JSON (docs/FORMATS.md, *Quotes and attributions*).</summary>
internal static class QuoteJsonWriter
{
    public static void WriteQuotes(Utf8JsonWriter json, IReadOnlyList<StoryQuote> quotes)
    {
        json.WriteStartArray("quotes");
        foreach (var quote in quotes)
        {
            json.WriteStartObject();
            json.WriteString("speaker", quote.Speaker?.Name);
            json.WriteBoolean("attributed", quote.IsAttributed);
            WriteEntity(json, quote.Speaker?.Entity);
            json.WriteString("resolution", quote.Speaker is { } speaker ? speaker.Resolution.Name() : null);
            json.WriteString("text", quote.Text);
            json.WriteString("cue", quote.Cue);
            JsonReportWriter.WriteStrings(json, "citations", quote.Citations);
            json.WriteNumber("sources", quote.Sources);
            json.WriteStartArray("variants");
            foreach (var variant in quote.Variants) WriteVariant(json, variant);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteVariant(Utf8JsonWriter json, QuoteVariant variant)
    {
        json.WriteStartObject();
        json.WriteString("article", variant.Article.Id);
        WriteSpans(json, variant.Quotation.Content);
        json.WriteString("text", variant.Text);
        json.WriteBoolean("closed", variant.Quotation.Closed);
        json.WriteString("source", variant.SourceText);
        json.WriteString("speaker", variant.Speaker?.Name);
        json.WriteString("cue", variant.CueText);
        json.WriteString("rule", variant.Rule.Name());
        json.WriteStartArray("difference");
        foreach (var segment in variant.Difference)
        {
            json.WriteStartObject();
            json.WriteString("op", segment.Kind switch { DiffKind.Same => "same", DiffKind.Removed => "removed", _ => "added" });
            json.WriteString("text", segment.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Reported speech: each statement's article, source (as written and resolved), cue and content pieces.</summary>
    public static void WriteReported(Utf8JsonWriter json, IReadOnlyList<ReportedStatement> reported)
    {
        json.WriteStartArray("reported");
        foreach (var statement in reported)
        {
            json.WriteStartObject();
            json.WriteString("article", statement.Article.Id);
            json.WriteString("source", statement.SourceText);
            json.WriteString("speaker", statement.Speaker.Name);
            WriteEntity(json, statement.Speaker.Entity);
            json.WriteString("resolution", statement.Speaker.Resolution.Name());
            json.WriteString("cue", statement.CueText);
            json.WriteString("text", statement.Text);
            WriteSpans(json, statement.Attribution.Content);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteAttributions(Utf8JsonWriter json, IReadOnlyList<CitedOutlet> outlets)
    {
        json.WriteStartArray("attributions");
        foreach (var outlet in outlets)
        {
            json.WriteStartObject();
            json.WriteString("outlet", outlet.Outlet.Name);
            json.WriteString("outletKind", outlet.Outlet.Kind.Name());
            JsonReportWriter.WriteStrings(json, "articles", outlet.ArticleIds);
            json.WriteNumber("sources", outlet.Sources);
            JsonReportWriter.WriteStrings(json, "citingOutlets", outlet.CitingOutlets);
            json.WriteStartArray("citations");
            foreach (var citation in outlet.Citations)
            {
                json.WriteStartObject();
                json.WriteString("article", citation.Article.Id);
                json.WriteString("outlet", citation.Article.OutletName);
                json.WriteString("cue", citation.Article.TextOf(citation.Cue));
                json.WriteNumber("start", citation.Claim.Start);
                json.WriteNumber("length", citation.Claim.Length);
                json.WriteString("claim", citation.ClaimText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Content pieces as `spans: [{ start, length }]`.</summary>
    internal static void WriteSpans(Utf8JsonWriter json, IReadOnlyList<Model.TextSpan> pieces)
    {
        json.WriteStartArray("spans");
        foreach (var piece in pieces)
        {
            json.WriteStartObject();
            json.WriteNumber("start", piece.Start);
            json.WriteNumber("length", piece.Length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The entity a speaker is, as `entity: { kind, name }`, or null.</summary>
    internal static void WriteEntity(Utf8JsonWriter json, ResolvedEntity? entity)
    {
        if (entity is null)
        {
            json.WriteNull("entity");
            return;
        }
        json.WriteStartObject("entity");
        json.WriteString("kind", entity.Kind.Name());
        json.WriteString("name", entity.Name);
        json.WriteEndObject();
    }
}
