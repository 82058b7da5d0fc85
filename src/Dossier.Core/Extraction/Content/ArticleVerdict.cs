using System.Runtime.CompilerServices;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Decides whether what the locator found is an article at all. A list of links, a page of navigation or a
/// near-empty page must not become an article made of whatever text it has; the caller reports it instead.
/// The thresholds are set so that none of the real articles measured (the Zyte benchmark, Readability's test
/// pages marked readerable) fails them.
/// </summary>
internal static class ArticleVerdict
{
    /// <summary>Fewer characters (outside white space) of body text than this is a notice, a stub or an empty page.</summary>
    public const int MinArticleChars = 200;

    /// <summary>Content this much linked is a list of links (articles measured reach 0.41).</summary>
    public const double MaxContentLinkDensity = 0.6;

    /// <summary>An index page is at least this many linked headlines…</summary>
    public const int MinIndexHeadlines = 6;

    /// <summary>…which with their summaries make up at least this share of the content (articles measured reach 0.75).</summary>
    public const double MinIndexShare = 0.85;

    /// <summary>A summary under a linked headline is at most this long; longer text is an article's own paragraph.</summary>
    private const int MaxSummaryChars = 400;

    /// <summary>Null when the content is an article; otherwise why not, in words for the user.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Judge(PageAnalysis analysis, ContentChoice choice, Block[] labels)
    {
        if (choice.Method == ContentMethod.None) return "the page has no text outside navigation and other page furniture";
        var page = analysis.Page;
        long bodyChars = 0, contentChars = 0, linkChars = 0, teaserChars = 0;
        var headlines = 0;
        var afterHeadline = false;
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var inContent = choice.Holds(b);
            if (!inContent && b != choice.Title) continue;
            var block = page.Blocks[b];
            if (labels[b].Role == BlockRole.Body) bodyChars += block.Chars;
            if (!inContent || block.Has(BlockFlags.Hidden)) continue;
            contentChars += block.Chars;
            linkChars += block.LinkChars;
            var headline = (block.HeadingLevel > 0 || block.Has(BlockFlags.LeadingLink))
                           && block.LinkDensity > PageAnalysis.LinkBlockDensity && block.Words <= 20;
            if (headline)
            {
                headlines++;
                teaserChars += block.Chars;
            }
            else if (afterHeadline && block.Chars <= MaxSummaryChars) teaserChars += block.Chars;
            afterHeadline = headline;
        }
        // The shape of the content is checked first: an index page's cards are labelled teasers, which would
        // otherwise make it look merely short.
        if (headlines >= MinIndexHeadlines && teaserChars >= MinIndexShare * contentChars)
            return $"the page is a list of {headlines} linked headlines with their summaries: an index page";
        if (contentChars > 0 && (double)linkChars / contentChars >= MaxContentLinkDensity)
            return "the page's main text is mostly links: a list or navigation page";
        if (bodyChars < MinArticleChars)
            return $"the page's main text is only {bodyChars} characters long, too little for an article";
        return null;
    }
}
