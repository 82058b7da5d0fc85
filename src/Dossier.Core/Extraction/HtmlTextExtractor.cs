using Dossier.Core.Extraction.Content;
using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction;

/// <summary>
/// Main-text extraction: the page's text as blocks, with the article's own text as body, headings and captions, and
/// everything else (navigation, comments, share bars, prompts, related links) kept as labelled boilerplate. The
/// article is found by a fixed fallback sequence (see <see cref="ContentLocator"/>) over one linear analysis of the
/// parsed tree.
/// </summary>
public static class HtmlTextExtractor
{
    /// <param name="Page">Everything the page says about itself, with evidence; <see cref="Metadata"/> is its summary.</param>
    /// <param name="NotAnArticle">Null for an article; otherwise why the page is not one (a list, navigation, a near-empty page).</param>
    public sealed record Result(string Text, List<Block> Blocks, PageMetadata Page, ContentMethod Method, string? NotAnArticle)
    {
        public ArticleMetadata Metadata { get; } = Page.ToArticleMetadata();
    }

    public static Result Extract(string html, Uri? pageUrl = null) => Extract(HtmlDocument.Parse(html), pageUrl);

    public static Result Extract(HtmlDocument document, Uri? pageUrl = null)
    {
        var page = PageMetadataReader.Read(document, pageUrl);
        var main = MainText(document, page.Title?.Value ?? document.Title);
        return new Result(main.Text, main.Blocks, page, main.Method, main.NotAnArticle);
    }

    /// <summary>The main-text part of <see cref="Result"/>, without the metadata.</summary>
    public sealed record MainTextResult(string Text, List<Block> Blocks, ContentMethod Method, string? NotAnArticle);

    // The loops of the main-text path (segmenter, hints, analysis, locator, labeller) are marked
    // AggressiveOptimization. A run of the CLI extracts a few hundred pages at most: too few calls for tiered
    // compilation to take those loops past tier-0 and instrumented code, which made main text twice as slow
    // (1.0 against 0.5 ms per page over the Zyte pages with `evaluate extraction --time`).

    /// <summary>
    /// Main-text extraction alone: one walk to cut the page into blocks, linear passes to score them, the fallback
    /// sequence to find the article, and the labels. <paramref name="declaredTitle"/> (og:title, &lt;title&gt;) helps
    /// find the headline the article hangs from.
    /// </summary>
    public static MainTextResult MainText(HtmlDocument document, string? declaredTitle)
    {
        var page = PageSegmenter.Segment(document);
        var analysis = new PageAnalysis(page, declaredTitle);
        var choice = ContentLocator.Locate(analysis, document);
        var blocks = BlockLabeller.Label(analysis, choice);
        var verdict = ArticleVerdict.Judge(analysis, choice, blocks);
        return new MainTextResult(page.Text, [.. blocks], choice.Method, verdict);
    }
}
