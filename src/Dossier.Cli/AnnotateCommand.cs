using System.CommandLine;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Rendering;
using Dossier.Core.Synthesis;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>
    /// `dossier annotate FILE|URL`: the entities and attributions of each article of one source, read as `extract` reads
    /// it and run through the standard stages and the entity stage; nothing is stored. For each entity: its kind, name,
    /// other forms, roles and affiliations with the sentences that state them, and every mention's span. Then the
    /// article's direct quotes with their speakers (or none), its reported speech (the attribution tagger's) and the
    /// outlets it cites, each part with its span: what a dossier's quotes are built from, one article at a time.
    /// </summary>
    private static Command AnnotateCommand(TextWriter stdout, TextWriter stderr, Func<IEntityRecognizer> recognizer)
    {
        var sourceArgument = new Argument<string>("SOURCE") { Description = "A file (page, text, feed, WARC, JSON) or an http(s) URL of a page or feed." };
        var format = new Option<string>("--format") { Description = "text (readable) or json (one JSON object per article, one per line).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var allowPrivate = AllowPrivateOption();
        var annotate = new Command("annotate", "Print what Dossier finds in each article of one source: people, organisations, places and outlets with roles and mentions; "
            + "direct quotes with their speakers (or marked unattributed); reported speech; and the outlets cited. Every part with its span; nothing is stored.")
        {
            sourceArgument, format, allowPrivate,
        };
        annotate.SetAction(parse => Guard(stderr, () =>
        {
            var json = parse.GetValue(format) == "json";
            // The caller's recognizer replaces any entity stage the standard pipeline has, so it runs once.
            var pipeline = ArticlePipeline.Standard().WithStage(new EntityStage(recognizer()));
            var finder = QuoteFinders.Default();
            var articles = ProcessEach(parse.GetValue(sourceArgument)!, parse.GetValue(allowPrivate), pipeline, stderr, article =>
            {
                var entities = EntityResolver.Resolve([article]);
                // The same per-article reading a dossier groups its quotes from, so what annotate shows is what a story gets.
                var quotes = QuotesBuilder.ForArticle(article, new SpeakerResolver(entities), finder);
                var citations = OutletCitationFinder.Find(article);
                if (json) AnnotationJsonWriter.Write(article, entities, quotes, citations, stdout);
                else WriteAnnotationText(article, entities, quotes, citations, stdout);
            });
            return articles > 0 ? Success : UserError;
        }));
        return annotate;
    }

    private static void WriteAnnotationText(Article article, IReadOnlyList<ResolvedEntity> entities, ArticleQuotes quotes,
        IReadOnlyList<OutletCitation> citations, TextWriter stdout)
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
        WriteQuotesText(article, quotes, stdout);
        WriteCitationsText(article, citations, stdout);

        void WriteAttribute(string label, EntityAttribute attribute)
        {
            stdout.WriteLine($"  {label}: {attribute.Text}");
            foreach (var evidence in attribute.Evidence)
                stdout.WriteLine($"    [{evidence.Sentence.Start}+{evidence.Sentence.Length}] {OneLine(evidence.Text)}");
        }
    }

    /// <summary>
    /// The direct quotes, then the reported speech: each content's spans and words, and under it who said it (the
    /// resolved speaker, how it was tied, the words that name them and the cue, with spans) or "unattributed".
    /// </summary>
    private static void WriteQuotesText(Article article, ArticleQuotes quotes, TextWriter stdout)
    {
        stdout.WriteLine($"quotes: {quotes.Quotes.Count}");
        foreach (var quote in quotes.Quotes)
        {
            var unclosed = quote.Quotation.Closed ? "" : "  (unclosed)";
            stdout.WriteLine($"  [{Spans(quote.Quotation.Content)}] \u201c{OneLine(quote.Text)}\u201d{unclosed}");
            stdout.WriteLine(quote.Speaker is null
                ? "    unattributed"
                : $"    {SpeakerText(quote.Speaker)}  {SpanText(article, "source", quote.Source)}  {SpanText(article, "cue", quote.Cue)}  rule: {quote.Rule.Name()}");
        }
        stdout.WriteLine();
        stdout.WriteLine($"reported: {quotes.Reported.Count}");
        foreach (var statement in quotes.Reported)
        {
            stdout.WriteLine($"  [{Spans(statement.Attribution.Content)}] {OneLine(statement.Text)}");
            stdout.WriteLine($"    {SpeakerText(statement.Speaker)}  {SpanText(article, "source", statement.Attribution.Source)}  {SpanText(article, "cue", statement.Attribution.Cue)}");
        }
        stdout.WriteLine();
    }

    /// <summary>The outlets the article cites: each outlet and its kind, where the text names it, the cue, and the claim's sentence.</summary>
    private static void WriteCitationsText(Article article, IReadOnlyList<OutletCitation> citations, TextWriter stdout)
    {
        stdout.WriteLine($"citations: {citations.Count}");
        foreach (var citation in citations)
        {
            stdout.WriteLine($"  {citation.Outlet.Name} ({citation.Outlet.Kind.Name()})  {SpanText(article, "name", citation.Name)}  {SpanText(article, "cue", citation.Cue)}");
            stdout.WriteLine($"    [{citation.Claim.Start}+{citation.Claim.Length}] {OneLine(citation.ClaimText)}");
        }
        stdout.WriteLine();
    }

    private static string SpeakerText(QuoteSpeaker speaker)
    {
        var entity = speaker.Entity is { } e ? $"{e.Kind.Name()}, " : "";
        var how = speaker.Resolution == SpeakerResolution.Text ? "as written" : "by " + speaker.Resolution.Name();
        return $"speaker: {speaker.Name} ({entity}{how})";
    }

    private static string SpanText(Article article, string label, TextSpan? span) =>
        span is { } s ? $"{label}: {s.Start}+{s.Length} \"{OneLine(article.TextOf(s))}\"" : $"{label}: -";

    private static string Spans(IReadOnlyList<TextSpan> pieces) => string.Join(", ", pieces.Select(p => $"{p.Start}+{p.Length}"));

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
