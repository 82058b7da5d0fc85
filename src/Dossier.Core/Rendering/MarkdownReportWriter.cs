using System.Globalization;
using System.Text;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>A readable Markdown dossier. Article text is escaped so that it cannot inject Markdown structure or HTML.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>" · written 2025-06-06 (inferred, 0.85: latest day told as past; from “June 6”)" for an inferred date, nothing for a page's own.</summary>
    internal static string Dated(Article article, StoryDossier story)
    {
        if (story.ArticleDates.GetValueOrDefault(article.Id) is not { Inferred: true } date) return "";
        var evidence = date.Evidence.Count > 0 ? "; from " + string.Join(", ", date.Evidence.Select(e => $"“{article.TextOf(e)}”")) : "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $" · written {date.Day:yyyy-MM-dd} (inferred, {date.Confidence:0.00}: {date.Method}{evidence})");
    }

    private static void WriteTimeline(StoryDossier story, Dictionary<string, int> number, TextWriter output)
    {
        if (story.Timeline.Count == 0) return;
        output.WriteLine("## Timeline");
        output.WriteLine();
        foreach (var entry in story.Timeline)
        {
            output.WriteLine($"- **{When(entry)}** — {Escape(entry.Text)} {Cites(entry.Citations, entry.Copies, number)}");
        }
        output.WriteLine();
    }

    private static void WriteFigures(StoryDossier story, Dictionary<string, int> number, TextWriter output)
    {
        if (story.Figures.Count == 0) return;
        output.WriteLine("## Key figures");
        output.WriteLine();
        foreach (var figure in story.Figures)
        {
            output.WriteLine($"- **{Escape(figure.Text)}**: {Escape(figure.Measures ?? "")} {Cites(figure.Citations, figure.Copies, number)}");
        }
        output.WriteLine();
    }

    /// <summary>
    /// "## Who said what": each quote with its speaker (or "unattributed") and cue, cited to its articles; the other
    /// wordings of it below, each with its word changes.
    /// </summary>
    private static void WriteQuotes(StoryDossier story, Dictionary<string, int> number, TextWriter output)
    {
        if (story.Quotes.Count == 0 && story.Reported.Count == 0) return;
        output.WriteLine("## Who said what");
        output.WriteLine();
        foreach (var quote in story.Quotes.Take(QuoteDisplay.MaxQuotes))
        {
            var first = quote.Variants[0];
            var speaker = quote.IsAttributed ? $"**{Escape(QuoteDisplay.Speaker(quote))}**" : "*unattributed*";
            var cue = quote.Cue is { } c ? $" ({Escape(c)})" : "";
            output.WriteLine($"- {speaker}{cue}: {Escape(QuoteDisplay.Quoted(first.Text))} [{number[first.Article.Id]}]");
            foreach (var variant in quote.Variants.Skip(1).Take(QuoteDisplay.MaxVariants))
            {
                var changes = QuoteDisplay.Changes(variant) is { } diff ? $" — changed: {Escape(diff)}" : " — same words";
                output.WriteLine($"  - also {Escape(QuoteDisplay.Quoted(variant.Text))} [{number[variant.Article.Id]}]{changes}{Copied(variant.Article, story, number)}");
            }
            if (quote.Variants.Count - 1 > QuoteDisplay.MaxVariants)
                output.WriteLine($"  - and {quote.Variants.Count - 1 - QuoteDisplay.MaxVariants} more wording(s)");
        }
        if (story.Quotes.Count > QuoteDisplay.MaxQuotes)
            output.WriteLine($"- and {story.Quotes.Count - QuoteDisplay.MaxQuotes} more quote(s), left out here (the JSON has them all)");
        if (story.Reported.Count > 0)
        {
            if (story.Quotes.Count > 0) output.WriteLine();
            output.WriteLine("Reported without quotation marks:");
            output.WriteLine();
            foreach (var statement in story.Reported.Take(QuoteDisplay.MaxReported))
            {
                var (speaker, cue, text) = QuoteDisplay.Reported(statement);
                output.WriteLine($"- **{Escape(speaker)}**{(cue is null ? "" : $" ({Escape(cue)})")}: {Escape(text)} [{number[statement.Article.Id]}]");
            }
            if (story.Reported.Count > QuoteDisplay.MaxReported)
                output.WriteLine($"- and {story.Reported.Count - QuoteDisplay.MaxReported} more statement(s), left out here (the JSON has them all)");
        }
        output.WriteLine();
    }

    /// <summary>"## Who reports whom": each outlet the articles cite, how many articles cite it, and the claims they take from it.</summary>
    private static void WriteAttributions(StoryDossier story, Dictionary<string, int> number, TextWriter output)
    {
        if (story.CitedOutlets.Count == 0) return;
        output.WriteLine("## Who reports whom");
        output.WriteLine();
        foreach (var outlet in story.CitedOutlets.Take(QuoteDisplay.MaxOutlets))
        {
            output.WriteLine($"- **{Escape(outlet.Outlet.Name)}** ({Escape(outlet.Outlet.Kind.Name())}), {Escape(QuoteDisplay.Reach(outlet))}");
            foreach (var citation in outlet.Citations.Take(QuoteDisplay.MaxClaims))
                output.WriteLine($"  - [{number[citation.Article.Id]}] {Escape(citation.Article.TextOf(citation.Cue))}: {Escape(Shorten(citation.ClaimText, QuoteDisplay.MaxClaimChars))}");
            if (outlet.Citations.Count > QuoteDisplay.MaxClaims)
                output.WriteLine($"  - and {outlet.Citations.Count - QuoteDisplay.MaxClaims} more citation(s)");
        }
        if (story.CitedOutlets.Count > QuoteDisplay.MaxOutlets)
            output.WriteLine($"- and {story.CitedOutlets.Count - QuoteDisplay.MaxOutlets} more outlet(s), left out here (the JSON has them all)");
        output.WriteLine();
    }

    /// <summary>"7 articles, 6 independent sources": a wire story and its reprints are one source.</summary>
    internal static string Sourcing(StoryDossier story) =>
        $"{Plural(story.Articles.Count, "article")}, {Plural(story.IndependentSources, "independent source")}";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>"[1][3]", one per source, then "(also in copy [8])" for the reprints that state the same: noted, not counted.</summary>
    private static string Cites(IReadOnlyList<string> citations, IReadOnlyList<string> copies, Dictionary<string, int> number)
    {
        var cited = string.Concat(citations.Except(copies, StringComparer.Ordinal).Select(id => $"[{number[id]}]"));
        if (copies.Count == 0) return cited;
        return $"{cited} (also in {(copies.Count == 1 ? "copy" : "copies")} {string.Concat(copies.Select(id => $"[{number[id]}]"))})";
    }

    /// <summary>" · novelty 0.85": how much the article adds to the story's earlier ones; nothing when not scored.</summary>
    internal static string Novelty(Article article, StoryDossier story) =>
        story.Novelty.TryGetValue(article.Id, out var novelty) ? string.Create(CultureInfo.InvariantCulture, $" · novelty {novelty:0.00}") : "";

    /// <summary>" · copy of [1] (similarity 0.93)" for a wire copy or reprint; nothing for an original.</summary>
    private static string Copied(Article article, StoryDossier story, Dictionary<string, int> number) =>
        story.Copies.Of(article.Id) is { } copy && number.TryGetValue(copy.OriginalId, out var original)
            ? string.Create(CultureInfo.InvariantCulture, $" · copy of [{original}] (similarity {copy.Similarity:0.00})")
            : "";

    /// <summary>"## Related stories": the other stories of the story's topic, by headline and id; nothing when it has none.</summary>
    private static void WriteRelated(StoryDossier story, TextWriter output)
    {
        if (story.Topic is not { Stories.Count: > 0 } topic) return;
        output.WriteLine("## Related stories");
        output.WriteLine();
        output.WriteLine($"Other stories of topic {Code(topic.Id)}:");
        output.WriteLine();
        foreach (var sibling in topic.Stories) output.WriteLine($"- {Escape(sibling.Headline)} (story {Code(sibling.Id)})");
        output.WriteLine();
    }

    /// <summary>"2025-06-05", or "2025-05 (mid)" for "mid-May".</summary>
    internal static string When(TimelineEntry entry) => entry.Mod is { } mod ? $"{entry.When} ({mod.ToLowerInvariant().Replace('_', ' ')})" : entry.When;

    public void Write(DossierReport report, TextWriter output)
    {
        foreach (var story in report.Stories)
        {
            var number = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
            output.WriteLine($"# {Escape(story.Headline)}");
            output.WriteLine();
            output.WriteLine($"Story `{story.Id}` · {Sourcing(story)} · outlets: {Escape(story.Outlets.Count > 0 ? string.Join(", ", story.Outlets) : "none known")}");
            if (story.FirstPublished is { } first)
                output.WriteLine($"· first published {Date(first)}, last {Date(story.LastPublished ?? first)}");
            output.WriteLine();
            output.WriteLine("## Summary");
            output.WriteLine();
            foreach (var sentence in story.Summary)
                output.WriteLine($"- {Escape(sentence.Text)} {Cites(sentence.Citations, sentence.Copies, number)}");
            if (story.Summary.Count == 0) output.WriteLine("- (no body sentence to summarise)");
            output.WriteLine();
            WriteTimeline(story, number, output);
            WriteFigures(story, number, output);
            WriteWhosWho(story, number, output);
            WriteQuotes(story, number, output);
            WriteAttributions(story, number, output);
            WriteRelated(story, output);
            output.WriteLine("## Sources");
            output.WriteLine();
            foreach (var article in story.Articles)
            {
                var removed = article.Blocks.Count(b => !b.IsBody);
                output.WriteLine($"{number[article.Id]}. **{Escape(article.OutletName ?? "outlet unknown")}**: {Escape(article.Metadata.Title ?? "(untitled)")}{Escape(Byline(article))} — {Code(article.Origin)} (id `{article.Id}`{(article.Metadata.Language is { } language ? $", {language}" : "")}{(removed > 0 ? $", {removed} non-body block(s)" : "")}){Escape(Dated(article, story))}{Escape(Novelty(article, story))}{Copied(article, story, number)}");
            }
            output.WriteLine();
            if (story.Articles.Any(a => a.Blocks.Any(b => !b.IsBody)))
            {
                output.WriteLine("## Removed from the body");
                output.WriteLine();
                foreach (var article in story.Articles)
                foreach (var block in article.Blocks.Where(b => !b.IsBody))
                    output.WriteLine($"- [{number[article.Id]}] *{Label(block)}*: {Escape(Shorten(article.TextOf(block.Span), 140))}");
                output.WriteLine();
            }
        }
        if (report.Stories.Count == 0)
        {
            output.WriteLine("No stories: no article with body text was read.");
            output.WriteLine();
        }

        if (report.Diagnostics.Count > 0)
        {
            output.WriteLine("## Diagnostics");
            output.WriteLine();
            foreach (var d in report.Diagnostics)
                output.WriteLine($"- {d.Severity.ToString().ToLowerInvariant()} {d.Code} ({d.Stage}) {Code(d.Source ?? "-")}: {Escape(d.Message)}");
        }
    }

    /// <summary>Longest list of organisations, places or outlets a report shows; the JSON has them all.</summary>
    internal const int MaxListedEntities = 30;

    /// <summary>
    /// "## Who's who": each person with the other forms of the name, roles and affiliations cited to the articles
    /// that state them, and how often they are named; then the organisations, places and outlets the articles name.
    /// </summary>
    private static void WriteWhosWho(StoryDossier story, Dictionary<string, int> number, TextWriter output)
    {
        var people = story.People.ToList();
        if (people.Count == 0 && !story.Entities.Any()) return;
        output.WriteLine("## Who's who");
        output.WriteLine();
        foreach (var person in people)
        {
            var line = new StringBuilder($"- **{Escape(person.Name)}**");
            if (person.Aliases.Count > 0) line.Append($" (also {Escape(string.Join(", ", person.Aliases))})");
            var facts = person.Roles.Select(r => Escape(r.Text) + Cite(r, number))
                .Concat(person.Affiliations.Select(a => "affiliation: " + Escape(a.Text) + Cite(a, number)))
                .ToList();
            if (facts.Count > 0) line.Append(": ").Append(string.Join("; ", facts));
            line.Append($" · {Counted(person)}");
            output.WriteLine(line.ToString());
        }
        if (people.Count > 0) output.WriteLine();
        WriteList("Organisations", story.Organizations, output, _ => "");
        WriteList("Places", story.Places, output, _ => "");
        WriteList("Outlets named", story.MentionedOutlets, output, e => e.OutletKind is { } kind ? kind.Name() + ", " : "");
    }

    private static void WriteList(string heading, IEnumerable<ResolvedEntity> entities, TextWriter output, Func<ResolvedEntity, string> note)
    {
        var all = entities.ToList();
        if (all.Count == 0) return;
        var shown = all.Take(MaxListedEntities).Select(e => $"{Escape(e.Name)} ({Escape(note(e))}{e.Mentions.Count})");
        var more = all.Count > MaxListedEntities ? $" · and {all.Count - MaxListedEntities} more" : "";
        output.WriteLine($"**{heading}:** {string.Join(" · ", shown)}{more}");
        output.WriteLine();
    }

    internal static string Counted(ResolvedEntity entity) =>
        $"{entity.Mentions.Count} mention{(entity.Mentions.Count == 1 ? "" : "s")} in {entity.ArticleIds.Count} article{(entity.ArticleIds.Count == 1 ? "" : "s")}";

    private static string Cite(EntityAttribute attribute, Dictionary<string, int> number) =>
        " " + string.Concat(attribute.Evidence.Select(e => e.ArticleId).Distinct().Where(number.ContainsKey).Select(id => $"[{number[id]}]"));

    /// <summary>", by Jane Doe and John Roe" (after a title), or "" when the authors are not known.</summary>
    internal static string Byline(Article article)
    {
        var authors = article.Metadata.Authors;
        return authors.Count switch
        {
            0 => "",
            1 => $", by {authors[0]}",
            _ => $", by {string.Join(", ", authors.Take(authors.Count - 1))} and {authors[^1]}",
        };
    }

    internal static string Label(Block block) => BlockNames.Of(block.Kind) is { } kind ? $"{BlockNames.Of(block.Role)}/{kind}" : BlockNames.Of(block.Role);

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A code span shows its content literally, so only backticks need care: they are replaced, not escaped.</summary>
    private static string Code(string text) => $"`{text.Replace('`', '\'').Replace('\n', ' ')}`";

    /// <summary>Backslash-escapes Markdown's structural characters and entity-escapes HTML, so text renders as written.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '\n' or '\r': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
