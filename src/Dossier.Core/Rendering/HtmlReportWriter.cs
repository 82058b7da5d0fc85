using System.Globalization;
using System.Net;
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
        foreach (var story in report.Stories) WriteStory(story, output);
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

    private static void WriteStory(StoryDossier story, TextWriter output)
    {
        var number = story.Articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2);
        var anchor = "story-" + story.Id;
        output.WriteLine($"<section id=\"{E(anchor)}\"><h1>{E(story.Headline)}</h1>");
        var dates = story.FirstPublished is { } first
            ? $" · {Date(first)} to {Date(story.LastPublished ?? first)}"
            : "";
        output.WriteLine($"<p class=\"meta\">Story {E(story.Id)} · {story.Articles.Count} article(s) · {E(string.Join(", ", story.Outlets))}{dates}</p>");
        output.WriteLine("<h2>Summary</h2><ul>");
        foreach (var sentence in story.Summary)
        {
            var cites = string.Concat(sentence.Citations.Select(id => $"<sup><a href=\"#{E(anchor)}-a{number[id]}\">[{number[id]}]</a></sup>"));
            output.WriteLine($"<li>{E(sentence.Text)} {cites}</li>");
        }
        output.WriteLine("</ul><h2>Sources</h2><ol>");
        foreach (var article in story.Articles)
        {
            output.WriteLine($"<li id=\"{E(anchor)}-a{number[article.Id]}\"><strong>{E(article.OutletName ?? "outlet unknown")}</strong>: {E(article.Metadata.Title ?? "(untitled)")}{E(MarkdownReportWriter.Byline(article))} <span class=\"meta\">{E(article.Origin)} · {E(article.Id)}{(article.Metadata.Language is { } language ? " · " + E(language) : "")}</span>");
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

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
