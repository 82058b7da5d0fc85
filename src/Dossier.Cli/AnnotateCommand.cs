using System.CommandLine;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Rendering;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>
    /// `dossier annotate FILE|URL`: the entities of each article of one source, read as `extract` reads it and run
    /// through the standard stages and the entity stage; nothing is stored. For each entity: its kind, name, other
    /// forms, roles and affiliations with the sentences that state them, and every mention's span.
    /// </summary>
    private static Command AnnotateCommand(TextWriter stdout, TextWriter stderr, Func<IEntityRecognizer> recognizer)
    {
        var sourceArgument = new Argument<string>("SOURCE") { Description = "A file (page, text, feed, WARC, JSON) or an http(s) URL of a page or feed." };
        var format = new Option<string>("--format") { Description = "text (readable) or json (one JSON object per article, one per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = AllowPrivateOption();
        var annotate = new Command("annotate", "Print the people, organisations, places and outlets Dossier finds in one source, with roles and mentions; nothing is stored.")
        {
            sourceArgument, format, allowPrivate,
        };
        annotate.SetAction(parse => Guard(stderr, () =>
        {
            var json = parse.GetValue(format) == "json";
            // The caller's recognizer replaces any entity stage the standard pipeline has, so it runs once.
            var pipeline = ArticlePipeline.Standard().WithStage(new EntityStage(recognizer()));
            var articles = ProcessEach(parse.GetValue(sourceArgument)!, parse.GetValue(allowPrivate), pipeline, stderr, article =>
            {
                var entities = EntityResolver.Resolve([article]);
                if (json) AnnotationJsonWriter.Write(article, entities, stdout);
                else WriteAnnotationText(article, entities, stdout);
            });
            return articles > 0 ? Success : UserError;
        }));
        return annotate;
    }

    private static void WriteAnnotationText(Article article, IReadOnlyList<ResolvedEntity> entities, TextWriter stdout)
    {
        stdout.WriteLine($"# {article.Metadata.Title ?? "(no title)"}");
        stdout.WriteLine($"origin: {article.Origin}");
        stdout.WriteLine($"id: {article.Id}");
        stdout.WriteLine($"{article.Mentions.Count} mention(s), {entities.Count} entit{(entities.Count == 1 ? "y" : "ies")}");
        foreach (var entity in entities)
        {
            stdout.WriteLine();
            var kind = entity.OutletKind is { } outlet ? $"{entity.Kind.Name()}/{outlet.Name()}" : entity.Kind.Name();
            var aliases = entity.Aliases.Count > 0 ? $"  (also: {string.Join(", ", entity.Aliases)})" : "";
            stdout.WriteLine($"{kind}  {entity.Name}{aliases}");
            foreach (var role in entity.Roles) WriteAttribute("role", role);
            foreach (var affiliation in entity.Affiliations) WriteAttribute("affiliation", affiliation);
            stdout.WriteLine("  mentions: " + string.Join(", ", entity.Mentions.Select(m => $"{m.Span.Start}+{m.Span.Length} \"{OneLine(m.Text)}\" {m.Type.Tag()}")));
        }
        stdout.WriteLine();

        void WriteAttribute(string label, EntityAttribute attribute)
        {
            stdout.WriteLine($"  {label}: {attribute.Text}");
            foreach (var evidence in attribute.Evidence)
                stdout.WriteLine($"    [{evidence.Sentence.Start}+{evidence.Sentence.Length}] {OneLine(evidence.Text)}");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
