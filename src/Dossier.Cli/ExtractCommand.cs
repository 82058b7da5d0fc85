using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Cli;

public static partial class DossierCli
{
    private static readonly JsonWriterOptions ExtractJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// `dossier extract FILE|URL`: what Dossier makes of one source, without storing anything: the main text, every
    /// block with its role, and the metadata with where each value came from.
    /// </summary>
    private static Command ExtractCommand(TextWriter stdout, TextWriter stderr)
    {
        var sourceArgument = new Argument<string>("SOURCE") { Description = "A file (page, text, feed, WARC, JSON) or an http(s) URL of a page or feed." };
        var format = new Option<string>("--format") { Description = "text (readable) or json (one JSON object per article, one per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Let URLs reach loopback, private and link-local addresses (refused by default)." };
        var extract = new Command("extract", "Print the main text, blocks and metadata Dossier extracts from one source; nothing is stored.") { sourceArgument, format, allowPrivate };
        extract.SetAction(parse => Guard(stderr, () =>
        {
            var source = ExistingPaths([parse.GetValue(sourceArgument)!]);
            var json = parse.GetValue(format) == "json";
            var reader = new ArticleReader(Options(parse.GetValue(allowPrivate), conditional: false).Ingest);
            var pipeline = ArticlePipeline.Standard();
            var articles = 0;
            foreach (var (_, article, problem) in reader.Read(source))
            {
                if (article is null)
                {
                    stderr.WriteLine(Describe(problem!));
                    continue;
                }
                pipeline.Process(article);
                foreach (var d in article.Diagnostics) stderr.WriteLine(Describe(d));
                articles++;
                if (json) WriteExtractJson(article, stdout);
                else WriteExtractText(article, stdout);
            }
            return articles > 0 ? Success : UserError;
        }));
        return extract;
    }

    private static void WriteExtractJson(Article article, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ExtractJson))
        {
            var m = article.Metadata;
            json.WriteStartObject();
            json.WriteString("title", m.Title);
            json.WriteStartArray("authors");
            foreach (var author in m.Authors) json.WriteStringValue(author);
            json.WriteEndArray();
            json.WriteString("published", m.PublishedDate?.ToIso());
            json.WriteString("modified", m.ModifiedDate?.ToIso());
            json.WriteString("outlet", m.Outlet);
            json.WriteString("url", m.Url);
            json.WriteString("language", m.Language);
            json.WriteString("text", article.MainText());
            json.WriteStartArray("blocks");
            foreach (var block in article.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("role", BlockNames.Of(block.Role));
                json.WriteString("kind", BlockNames.Of(block.Kind));
                json.WriteString("text", article.Text.AsSpan(block.Span.Start, block.Span.Length));
                json.WriteEndObject();
            }
            json.WriteEndArray();
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
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteExtractText(Article article, TextWriter stdout)
    {
        var m = article.Metadata;
        stdout.WriteLine($"# {m.Title ?? "(no title)"}");
        void Field(string name, string? value, string field)
        {
            if (value is null) return;
            var source = m.SourceOf(field);
            stdout.WriteLine(source is { } s ? $"{name}: {value}  [{s.Evidence}, {s.Confidence:0.00}]" : $"{name}: {value}");
        }
        Field("authors", m.Authors.Count > 0 ? string.Join(", ", m.Authors) : null, MetadataFields.Authors);
        Field("published", m.PublishedDate?.ToIso(), MetadataFields.Published);
        Field("modified", m.ModifiedDate?.ToIso(), MetadataFields.Modified);
        Field("outlet", m.Outlet, MetadataFields.Outlet);
        Field("url", m.Url, MetadataFields.Url);
        Field("language", m.Language, MetadataFields.Language);
        stdout.WriteLine($"origin: {article.Origin}");
        foreach (var block in article.Blocks)
        {
            var label = block.Kind == BoilerplateKind.None ? BlockNames.Of(block.Role) : $"{BlockNames.Of(block.Role)}/{BlockNames.Of(block.Kind)}";
            stdout.WriteLine();
            stdout.WriteLine($"[{label}] {article.Text.AsSpan(block.Span.Start, block.Span.Length)}");
        }
        stdout.WriteLine();
    }
}
