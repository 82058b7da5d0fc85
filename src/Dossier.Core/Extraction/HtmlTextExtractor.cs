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
    /// <param name="NotAnArticle">Null for an article; otherwise why the page is not one (a list, navigation, a near-empty page).</param>
    public sealed record Result(string Text, List<Block> Blocks, ArticleMetadata Metadata, ContentMethod Method, string? NotAnArticle);

    public static Result Extract(string html) => Extract(HtmlDocument.Parse(html));

    public static Result Extract(HtmlDocument document)
    {
        var metadata = HtmlMetadataReader.Read(document);
        var main = MainText(document, metadata.Title ?? document.Title);
        return new Result(main.Text, main.Blocks, metadata, main.Method, main.NotAnArticle);
    }

    /// <summary>The main-text part of <see cref="Result"/>, without the metadata.</summary>
    public sealed record MainTextResult(string Text, List<Block> Blocks, ContentMethod Method, string? NotAnArticle);

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
