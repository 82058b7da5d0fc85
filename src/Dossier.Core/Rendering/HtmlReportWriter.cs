using System.Globalization;
using System.Net;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>
/// A self-contained HTML report: one file, inline style, no script, no external resource. Every piece of article text
/// is HTML-encoded, since it comes from untrusted pages.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1{font-size:1.6rem;margin-top:2.5rem;border-top:2px solid #ddd;padding-top:1rem}
        .meta{color:#555;font-size:.9rem} sup a{text-decoration:none} li{margin:.3rem 0}
        details{margin:.4rem 0} .block{font-size:.9rem;margin:.2rem 0 .2rem 1rem;color:#444}
        .label{display:inline-block;min-width:9rem;font-family:monospace;color:#8a3b12}
        .diag{font-family:monospace;font-size:.85rem}
        """;

    public void Write(DossierReport report, TextWriter output)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>Dossier: {report.Stories.Count} stor{(report.Stories.Count == 1 ? "y" : "ies")}</title>");
        output.WriteLine($"<style>{Style}</style></head><body>");
        var reported = report.Stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var story in report.Stories) WriteStory(story, reported, output);
        if (report.Stories.Count == 0) output.WriteLine("<p>No stories: no article with body text was read.</p>");
        if (report.Diagnostics.Count > 0)
        {
            output.WriteLine("<h2>Diagnostics</h2><ul>");
            foreach (var d in report.Diagnostics)
                output.WriteLine($"<li class=\"diag\">{E(d.Severity.ToString().ToLowerInvariant())} {E(d.Code)} ({E(d.Stage)}) {E(d.Source ?? "")}: {E(d.Message)}</li>");
            output.WriteLine("</ul>");
        }
        output.WriteLine("</body></html>");
    }

    private static void WriteStory(StoryDossier story, IReadOnlySet<string> reported, TextWriter output)
    {
        var number = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
        var anchor = "story-" + story.Id;
        output.WriteLine($"<section id=\"{E(anchor)}\"><h1>{E(story.Headline)}</h1>");
        var dates = story.FirstPublished is { } first
            ? $" · {Date(first)} to {Date(story.LastPublished ?? first)}"
            : "";
        output.WriteLine($"<p class=\"meta\">Story {E(story.Id)} · {E(MarkdownReportWriter.Sourcing(story))} · {E(string.Join(", ", story.Outlets))}{dates}</p>");
        output.WriteLine("<h2>Summary</h2><ul>");
        foreach (var sentence in story.Summary)
        {
            output.WriteLine($"<li>{E(sentence.Text)} {Cites(sentence.Citations, sentence.Copies, number, anchor)}</li>");
        }
        output.WriteLine("</ul>");
        if (story.Timeline.Count > 0)
        {
            output.WriteLine("<h2>Timeline</h2><ul>");
            foreach (var entry in story.Timeline)
            {
                output.WriteLine($"<li><strong>{E(MarkdownReportWriter.When(entry))}</strong> — {E(entry.Text)} {Cites(entry.Citations, entry.Copies, number, anchor)}</li>");
            }
            output.WriteLine("</ul>");
        }
        if (story.Figures.Count > 0)
        {
            output.WriteLine("<h2>Key figures</h2><ul>");
            foreach (var figure in story.Figures)
            {
                output.WriteLine($"<li><strong>{E(figure.Text)}</strong>: {E(figure.Measures ?? "")} {Cites(figure.Citations, figure.Copies, number, anchor)}</li>");
            }
            output.WriteLine("</ul>");
        }
        WriteWhosWho(story, number, anchor, output);
        WriteQuotes(story, number, anchor, output);
        WriteAttributions(story, number, anchor, output);
        WriteRelated(story, reported, output);
        output.WriteLine("<h2>Sources</h2><ol>");
        foreach (var article in story.Articles)
        {
            output.WriteLine($"<li id=\"{E(anchor)}-a{number[article.Id]}\"><strong>{E(article.OutletName ?? "outlet unknown")}</strong>: {E(article.Metadata.Title ?? "(untitled)")}{E(MarkdownReportWriter.Byline(article))} <span class=\"meta\">{E(article.Origin)} · {E(article.Id)}{(article.Metadata.Language is { } language ? " · " + E(language) : "")}{E(MarkdownReportWriter.Dated(article, story))}{E(MarkdownReportWriter.Novelty(article, story))}{Copied(article, story, number, anchor)}</span>");
            var removed = article.Blocks.Where(b => !b.IsBody).ToList();
            if (removed.Count > 0)
            {
                output.WriteLine($"<details><summary>{removed.Count} block(s) not in the body</summary>");
                foreach (var block in removed)
                    output.WriteLine($"<div class=\"block\"><span class=\"label\">{E(MarkdownReportWriter.Label(block))}</span> {E(article.TextOf(block.Span))}</div>");
                output.WriteLine("</details>");
            }
            output.WriteLine("</li>");
        }
        output.WriteLine("</ol></section>");
    }

    /// <summary>The people with roles and affiliations, each cited to its articles with the evidence sentence as the link's title; then the other entities.</summary>
    private static void WriteWhosWho(StoryDossier story, Dictionary<string, int> number, string anchor, TextWriter output)
    {
        var people = story.People.ToList();
        if (people.Count == 0 && story.Entities.Count == 0) return;
        output.WriteLine("<h2>Who's who</h2>");
        if (people.Count > 0)
        {
            output.WriteLine("<ul class=\"people\">");
            foreach (var person in people)
            {
                var facts = person.Roles.Select(r => E(r.Text) + Cite(r, number, anchor))
                    .Concat(person.Affiliations.Select(a => "affiliation: " + E(a.Text) + Cite(a, number, anchor)))
                    .ToList();
                var aliases = person.Aliases.Count > 0 ? $" <span class=\"meta\">(also {E(string.Join(", ", person.Aliases))})</span>" : "";
                var roles = facts.Count > 0 ? ": " + string.Join("; ", facts) : "";
                output.WriteLine($"<li><strong>{E(person.Name)}</strong>{aliases}{roles} <span class=\"meta\">· {E(MarkdownReportWriter.Counted(person))}</span></li>");
            }
            output.WriteLine("</ul>");
        }
        WriteList("Organisations", story.Organizations, output, _ => "");
        WriteList("Places", story.Places, output, _ => "");
        WriteList("Outlets named", story.MentionedOutlets, output, e => e.OutletKind is { } kind ? kind.Name() + ", " : "");
    }

    private static void WriteList(string heading, IEnumerable<ResolvedEntity> entities, TextWriter output, Func<ResolvedEntity, string> note)
    {
        var all = entities.ToList();
        if (all.Count == 0) return;
        var shown = all.Take(MarkdownReportWriter.MaxListedEntities).Select(e => $"{E(e.Name)} ({E(note(e))}{e.Mentions.Count})");
        var more = all.Count > MarkdownReportWriter.MaxListedEntities ? $" · and {all.Count - MarkdownReportWriter.MaxListedEntities} more" : "";
        output.WriteLine($"<p><strong>{E(heading)}:</strong> {string.Join(" · ", shown)}{more}</p>");
    }

    private static string Cite(string articleId, Dictionary<string, int> number, string anchor) =>
        $"<sup><a href=\"#{E(anchor)}-a{number[articleId]}\">[{number[articleId]}]</a></sup>";

    /// <summary>The links to the cited articles, one per source, then "(also in copy [8])" for the reprints that state the same.</summary>
    private static string Cites(IReadOnlyList<string> citations, IReadOnlyList<string> copies, Dictionary<string, int> number, string anchor)
    {
        var cited = string.Concat(citations.Except(copies, StringComparer.Ordinal).Select(id => Cite(id, number, anchor)));
        if (copies.Count == 0) return cited;
        return $"{cited} <span class=\"meta\">(also in {(copies.Count == 1 ? "copy" : "copies")} {string.Concat(copies.Select(id => Cite(id, number, anchor)))})</span>";
    }

    /// <summary>" · copy of [1] (similarity 0.93)", linked, for a wire copy or reprint; nothing for an original.</summary>
    private static string Copied(Article article, StoryDossier story, Dictionary<string, int> number, string anchor) =>
        story.Copies.Of(article.Id) is { } copy && number.ContainsKey(copy.OriginalId)
            ? string.Create(CultureInfo.InvariantCulture, $" · copy of {Cite(copy.OriginalId, number, anchor)} (similarity {copy.Similarity:0.00})")
            : "";

    /// <summary>"Who said what": as the Markdown one, each wording cited to its source.</summary>
    private static void WriteQuotes(StoryDossier story, Dictionary<string, int> number, string anchor, TextWriter output)
    {
        if (story.Quotes.Count == 0 && story.Reported.Count == 0) return;
        output.WriteLine("<h2>Who said what</h2><ul class=\"quotes\">");
        foreach (var quote in story.Quotes.Take(QuoteDisplay.MaxQuotes))
        {
            var first = quote.Variants[0];
            var speaker = quote.IsAttributed ? $"<strong>{E(QuoteDisplay.Speaker(quote))}</strong>" : "<em>unattributed</em>";
            var cue = quote.Cue is { } c ? $" <span class=\"meta\">({E(c)})</span>" : "";
            output.WriteLine($"<li>{speaker}{cue}: <q>{E(MarkdownReportWriter.Shorten(first.Text, QuoteDisplay.MaxQuoteChars))}</q> {Cite(first.Article.Id, number, anchor)}");
            var others = quote.Variants.Skip(1).Take(QuoteDisplay.MaxVariants).ToList();
            if (others.Count > 0)
            {
                output.WriteLine("<ul>");
                foreach (var variant in others)
                {
                    var changes = QuoteDisplay.Changes(variant) is { } diff ? $" <span class=\"meta\">changed: {E(diff)}</span>" : " <span class=\"meta\">same words</span>";
                    output.WriteLine($"<li>also <q>{E(MarkdownReportWriter.Shorten(variant.Text, QuoteDisplay.MaxQuoteChars))}</q> {Cite(variant.Article.Id, number, anchor)}{changes}{Copied(variant.Article, story, number, anchor)}</li>");
                }
                if (quote.Variants.Count - 1 > QuoteDisplay.MaxVariants)
                    output.WriteLine($"<li>and {quote.Variants.Count - 1 - QuoteDisplay.MaxVariants} more wording(s)</li>");
                output.WriteLine("</ul>");
            }
            output.WriteLine("</li>");
        }
        if (story.Quotes.Count > QuoteDisplay.MaxQuotes)
            output.WriteLine($"<li>and {story.Quotes.Count - QuoteDisplay.MaxQuotes} more quote(s), left out here (the JSON has them all)</li>");
        output.WriteLine("</ul>");
        if (story.Reported.Count == 0) return;
        output.WriteLine("<p>Reported without quotation marks:</p><ul class=\"reported\">");
        foreach (var statement in story.Reported.Take(QuoteDisplay.MaxReported))
        {
            var (speaker, cue, text) = QuoteDisplay.Reported(statement);
            var cueText = cue is null ? "" : $" <span class=\"meta\">({E(cue)})</span>";
            output.WriteLine($"<li><strong>{E(speaker)}</strong>{cueText}: {E(text)} {Cite(statement.Article.Id, number, anchor)}</li>");
        }
        if (story.Reported.Count > QuoteDisplay.MaxReported)
            output.WriteLine($"<li>and {story.Reported.Count - QuoteDisplay.MaxReported} more statement(s), left out here (the JSON has them all)</li>");
        output.WriteLine("</ul>");
    }

    /// <summary>"Who reports whom": each cited outlet, its reach, and the claims taken from it.</summary>
    private static void WriteAttributions(StoryDossier story, Dictionary<string, int> number, string anchor, TextWriter output)
    {
        if (story.CitedOutlets.Count == 0) return;
        output.WriteLine("<h2>Who reports whom</h2><ul class=\"attributions\">");
        foreach (var outlet in story.CitedOutlets.Take(QuoteDisplay.MaxOutlets))
        {
            output.WriteLine($"<li><strong>{E(outlet.Outlet.Name)}</strong> <span class=\"meta\">({E(outlet.Outlet.Kind.Name())})</span>, {E(QuoteDisplay.Reach(outlet))}<ul>");
            foreach (var citation in outlet.Citations.Take(QuoteDisplay.MaxClaims))
                output.WriteLine($"<li>{Cite(citation.Article.Id, number, anchor)} <em>{E(citation.Article.TextOf(citation.Cue))}</em>: {E(MarkdownReportWriter.Shorten(citation.ClaimText, QuoteDisplay.MaxClaimChars))}</li>");
            if (outlet.Citations.Count > QuoteDisplay.MaxClaims)
                output.WriteLine($"<li>and {outlet.Citations.Count - QuoteDisplay.MaxClaims} more citation(s)</li>");
            output.WriteLine("</ul></li>");
        }
        if (story.CitedOutlets.Count > QuoteDisplay.MaxOutlets)
            output.WriteLine($"<li>and {story.CitedOutlets.Count - QuoteDisplay.MaxOutlets} more outlet(s), left out here (the JSON has them all)</li>");
        output.WriteLine("</ul>");
    }

    /// <summary>Links to the articles that state an attribute; each link's title is the sentence, so hovering shows the evidence.</summary>
    private static string Cite(EntityAttribute attribute, Dictionary<string, int> number, string anchor) =>
        " " + string.Concat(attribute.Evidence.Where(e => number.ContainsKey(e.ArticleId)).GroupBy(e => e.ArticleId)
            .Select(g => $"<sup><a href=\"#{E(anchor)}-a{number[g.Key]}\" title=\"{E(g.First().Text)}\">[{number[g.Key]}]</a></sup>"));

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The other stories of the topic; a sibling this report holds is a link to its section.</summary>
    private static void WriteRelated(StoryDossier story, IReadOnlySet<string> reported, TextWriter output)
    {
        if (story.Topic is not { Stories.Count: > 0 } topic) return;
        output.WriteLine($"<h2>Related stories</h2><p class=\"meta\">Other stories of topic {E(topic.Id)}</p><ul class=\"related\">");
        foreach (var sibling in topic.Stories)
        {
            var headline = reported.Contains(sibling.Id) ? $"<a href=\"#{E("story-" + sibling.Id)}\">{E(sibling.Headline)}</a>" : E(sibling.Headline);
            output.WriteLine($"<li>{headline} <span class=\"meta\">{E(sibling.Id)}</span></li>");
        }
        output.WriteLine("</ul>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
