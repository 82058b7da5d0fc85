using System.CommandLine;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Rendering;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>
    /// `dossier extract FILE|URL`: what Dossier makes of one source, without storing anything: the main text, every
    /// block with its role, and the metadata with where each value came from.
    /// </summary>
    private static Command ExtractCommand(TextWriter stdout, TextWriter stderr)
    {
        var sourceArgument = new Argument<string>("SOURCE") { Description = "A file (page, text, feed, WARC, JSON) or an http(s) URL of a page or feed." };
        var format = new Option<string>("--format") { Description = "text (readable) or json (one JSON object per article, one per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = AllowPrivateOption();
        var extract = new Command("extract", "Print the main text, blocks and metadata Dossier extracts from one source; nothing is stored.") { sourceArgument, format, allowPrivate };
        extract.SetAction(parse => Guard(stderr, () =>
        {
            var json = parse.GetValue(format) == "json";
            var articles = ProcessEach(parse.GetValue(sourceArgument)!, parse.GetValue(allowPrivate), ArticlePipeline.Standard(), stderr, article =>
            {
                if (json) ExtractionJsonWriter.Write(article, stdout);
                else WriteExtractText(article, stdout);
            });
            return articles > 0 ? Success : UserError;
        }));
        return extract;
    }

    /// <summary>
    /// Reads every article of one source (nothing is stored) and runs it through <paramref name="pipeline"/>; sources
    /// that give no article and each article's diagnostics go to stderr. Returns how many articles there were.
    /// </summary>
    private static int ProcessEach(string source, bool allowPrivate, ArticlePipeline pipeline, TextWriter stderr, Action<Article> use)
    {
        var reader = new ArticleReader(Options(allowPrivate, conditional: false).Ingest);
        var articles = 0;
        foreach (var (_, article, problem) in reader.Read(ExistingPaths([source])))
        {
            if (article is null)
            {
                stderr.WriteLine(Describe(problem!));
                continue;
            }
            pipeline.Process(article);
            foreach (var d in article.Diagnostics) stderr.WriteLine(Describe(d));
            articles++;
            use(article);
        }
        return articles;
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
