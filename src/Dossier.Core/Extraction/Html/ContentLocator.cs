using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Html;

/// <summary>Which rule found the article's content.</summary>
public enum ContentMethod
{
    /// <summary>No content was found: the page has no prose at all.</summary>
    None,
    JsonLd,
    Semantic,
    Scored,
    Rescue,
}

/// <summary>
/// Where the article is: a container element (its blocks are the candidates), and for rules that know the body
/// block by block (the rescue), the exact set of body blocks.
/// </summary>
internal sealed record ContentChoice(ContentMethod Method, int Element, IReadOnlySet<int>? Blocks = null);

/// <summary>
/// Finds the article's content with a fixed fallback sequence; each later rule runs only when the earlier ones found
/// nothing plausible.
/// </summary>
internal static class ContentLocator
{
    /// <summary>Below this share of the page's prose, the chosen container missed the article and the rescue runs.</summary>
    private const double MinProseShare = 0.4;

    public static ContentChoice Locate(PageAnalysis analysis, HtmlDocument document)
    {
        _ = document;
        var scored = BestScored(analysis);
        if (scored >= 0 && analysis.ProseChars(scored) >= MinProseShare * analysis.TotalProseChars)
            return new ContentChoice(ContentMethod.Scored, scored);
        return Rescue(analysis);
    }

    /// <summary>
    /// The element whose blocks add up to the highest content value: the largest region of prose that drags in
    /// the least furniture. One pass over the elements, each scored from prefix sums.
    /// </summary>
    private static int BestScored(PageAnalysis analysis)
    {
        var best = -1;
        var bestScore = 0.0;
        var elements = analysis.Page.Elements;
        for (var e = 0; e < elements.Count; e++)
        {
            var score = analysis.Score(e);
            // On a tie the later element is the deeper one: the same blocks in a tighter wrapper.
            if (score >= bestScore && score > 0)
            {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// The last resort, for pages whose article is scattered (or whose markup defeats scoring): every prose
    /// paragraph of the page outside known furniture.
    /// </summary>
    private static ContentChoice Rescue(PageAnalysis analysis)
    {
        var blocks = new HashSet<int>();
        var page = analysis.Page;
        for (var b = 0; b < page.Blocks.Count; b++)
            if (analysis.IsProse[b] && analysis.Context[page.Blocks[b].Element] == Model.BoilerplateKind.None)
                blocks.Add(b);
        return blocks.Count == 0 ? new ContentChoice(ContentMethod.None, -1) : new ContentChoice(ContentMethod.Rescue, 0, blocks);
    }
}
