using Dossier.Core.Analysis.Dating;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>
/// The JSON format documented in docs/FORMATS.md. Written field by field so that the shape is explicit and stable:
/// later versions add fields, never rename or remove them.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public void Write(DossierReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("stories");
            foreach (var story in report.Stories) WriteStory(json, story);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics) WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryDossier story)
    {
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("headline", story.Headline);
        WriteStrings(json, "outlets", story.Outlets);
        WriteDate(json, "firstPublished", story.FirstPublished);
        WriteDate(json, "lastPublished", story.LastPublished);
        json.WriteNumber("independentSources", story.IndependentSources);
        WriteTopic(json, story.Topic);
        json.WriteStartArray("articles");
        foreach (var article in story.Articles) WriteArticle(json, article, story);
        json.WriteEndArray();
        json.WriteStartArray("summary");
        foreach (var sentence in story.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            WriteStrings(json, "citations", sentence.Citations);
            json.WriteNumber("sources", sentence.Sources);
            WriteStrings(json, "copies", sentence.Copies);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (var entry in story.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("when", entry.When);
            json.WriteString("mod", entry.Mod);
            json.WriteString("text", entry.Text);
            json.WriteString("expression", entry.Source.TextOf(entry.Expression));
            WriteStrings(json, "citations", entry.Citations);
            json.WriteNumber("sources", entry.Sources);
            WriteStrings(json, "copies", entry.Copies);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var figure in story.Figures)
        {
            json.WriteStartObject();
            json.WriteString("text", figure.Text);
            json.WriteString("kind", figure.Quantity.Kind.ToString().ToLowerInvariant());
            json.WriteNumber("value", figure.Quantity.Value);
            json.WriteString("unit", figure.Quantity.Unit);
            // "nearly 70%" is approximately 70, "$10B+" at least 10 billion; exact figures say "exact".
            json.WriteString("comparator", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(figure.Quantity.Comparator.ToString()));
            if (figure.Quantity.High is { } high) json.WriteNumber("high", high);
            if (figure.Quantity.Change is { } change)
            {
                json.WriteString("from", change.From?.ToString());
                json.WriteString("to", change.To?.ToString());
            }
            json.WriteString("measures", figure.Measures);
            json.WriteString("sentence", figure.Source.TextOf(figure.Sentence));
            WriteStrings(json, "citations", figure.Citations);
            json.WriteNumber("sources", figure.Sources);
            WriteStrings(json, "copies", figure.Copies);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("people");
        foreach (var person in story.People) EntityJsonWriter.Write(json, person, withMentions: false);
        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in story.Entities.Where(e => e.Kind != EntityKind.Person)) EntityJsonWriter.Write(json, entity, withMentions: false);
        json.WriteEndArray();
        QuoteJsonWriter.WriteQuotes(json, story.Quotes);
        QuoteJsonWriter.WriteReported(json, story.Reported);
        QuoteJsonWriter.WriteAttributions(json, story.CitedOutlets);
        json.WriteEndObject();
    }

    /// <summary>{"id", "stories": [{"id", "headline"}]}: the story's topic and its sibling stories; null when the topic is not known.</summary>
    private static void WriteTopic(Utf8JsonWriter json, StoryTopic? topic)
    {
        if (topic is null)
        {
            json.WriteNull("topic");
            return;
        }
        json.WriteStartObject("topic");
        json.WriteString("id", topic.Id);
        json.WriteStartArray("stories");
        foreach (var sibling in topic.Stories)
        {
            json.WriteStartObject();
            json.WriteString("id", sibling.Id);
            json.WriteString("headline", sibling.Headline);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article, StoryDossier story)
    {
        var date = story.ArticleDates.GetValueOrDefault(article.Id);
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("outlet", article.OutletName);
        json.WriteString("title", article.Metadata.Title);
        json.WriteString("path", article.Origin);
        json.WriteString("url", article.Metadata.Url);
        WriteDate(json, "published", article.Metadata.Published);
        WriteDate(json, "modified", article.Metadata.Modified);
        WriteArticleDate(json, article, date);
        WriteStrings(json, "authors", article.Metadata.Authors);
        json.WriteString("language", article.Metadata.Language);
        WriteSourcing(json, article, story);
        WriteBlocks(json, article);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in article.Diagnostics) WriteDiagnostic(json, diagnostic);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>What the article adds to its story (novelty, two decimals) and, for a wire copy or reprint, the article it copies and how alike they are.</summary>
    private static void WriteSourcing(Utf8JsonWriter json, Article article, StoryDossier story)
    {
        if (story.Novelty.TryGetValue(article.Id, out var novelty)) json.WriteNumber("novelty", Math.Round(novelty, 2));
        else json.WriteNull("novelty");
        var copy = story.Copies.Of(article.Id);
        json.WriteString("copyOf", copy?.OriginalId);
        if (copy is not null) json.WriteNumber("copySimilarity", Math.Round(copy.Similarity, 2));
        else json.WriteNull("copySimilarity");
    }

    /// <summary>The day the article was written: from the page, or inferred (with confidence, method and the spans it rests on).</summary>
    private static void WriteArticleDate(Utf8JsonWriter json, Article article, ArticleDate? date)
    {
        if (date is null)
        {
            json.WriteNull("dated");
            return;
        }
        json.WriteStartObject("dated");
        json.WriteString("day", date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("source", date.Inferred ? "inferred" : "page");
        json.WriteNumber("confidence", Math.Round(date.Confidence, 2));
        json.WriteString("method", date.Method);
        json.WriteStartArray("evidence");
        foreach (var span in date.Evidence)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteString("text", article.TextOf(span));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("stage", diagnostic.Stage);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", diagnostic.Message);
        json.WriteString("source", diagnostic.Source);
        if (diagnostic.Span is { } span)
        {
            json.WriteStartObject("span");
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("span");
        }
        json.WriteEndObject();
    }

    /// <summary>Every block of the article, boilerplate included: {"role", "kind", "text"}.</summary>
    internal static void WriteBlocks(Utf8JsonWriter json, Article article)
    {
        json.WriteStartArray("blocks");
        foreach (var block in article.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("role", BlockNames.Of(block.Role));
            json.WriteString("kind", BlockNames.Of(block.Kind));
            json.WriteString("text", article[block.Span]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } date) json.WriteString(name, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
