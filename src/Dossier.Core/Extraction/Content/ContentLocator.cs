using System.Runtime.CompilerServices;
using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Content;

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
internal sealed record ContentChoice(ContentMethod Method, int Element, int First, int End, IReadOnlySet<int>? Blocks = null)
{
    /// <summary>The headline's block, or -1.</summary>
    public int Title { get; init; } = -1;

    /// <summary>A choice of the element's best region (see <see cref="PageAnalysis.Region"/>).</summary>
    public static ContentChoice Of(ContentMethod method, PageAnalysis analysis, int element, int title) =>
        new(method, element, analysis.Region(element).First, analysis.Region(element).End) { Title = title };

    /// <summary>Whether the block is part of the chosen content.</summary>
    public bool Holds(int block) => Blocks?.Contains(block) ?? (block >= First && block < End);
}

/// <summary>
/// Finds the article's content with a fixed fallback sequence; each later rule runs only when the earlier ones found
/// nothing plausible.
/// </summary>
internal static class ContentLocator
{
    /// <summary>Below this share of the page's prose, the chosen container missed the article and the rescue runs…</summary>
    private const double MinProseShare = 0.4;

    /// <summary>…provided the prose it missed is worth rescuing: a disclaimer or two outside the container is not.</summary>
    private const int MinRescuedProse = 400;

    public static ContentChoice Locate(PageAnalysis analysis, HtmlDocument document)
    {
        var declared = JsonLdArticleBody.Find(document, analysis.Page);
        if (declared is not null && FromJsonLd(analysis, declared) is { } element)
            return new ContentChoice(ContentMethod.JsonLd, element, analysis.Page.Elements[element].FirstBlock,
                analysis.Page.Elements[element].EndBlock) { Title = analysis.Title };
        return LocateByMarkup(analysis);
    }

    /// <summary>Rules (b) to (d), which read the markup alone.</summary>
    private static ContentChoice LocateByMarkup(PageAnalysis analysis)
    {
        var (title, anchor) = (analysis.Title, analysis.Anchor);
        var scored = BestScored(analysis, anchor);
        var semantic = BestDeclared(analysis, scored, anchor);
        if (semantic >= 0) return ContentChoice.Of(ContentMethod.Semantic, analysis, semantic, title);
        if (scored >= 0 && (analysis.RegionProse(scored) >= MinProseShare * analysis.TotalProseChars
                            || analysis.TotalProseChars - analysis.RegionProse(scored) < MinRescuedProse))
            return ContentChoice.Of(ContentMethod.Scored, analysis, scored, title);
        return Rescue(analysis) with { Title = title };
    }

    /// <summary>A declared body shorter than this is a summary, not the article.</summary>
    private const int MinJsonLdWords = 80;

    /// <summary>This share of the declared body's word runs must be visible on the page.</summary>
    private const double MinJsonLdVisibleShare = 0.8;

    /// <summary>
    /// Rule (a): the JSON-LD articleBody, where it is plausible, says exactly which text is the article. Sites often
    /// cut it (to 500 characters, with an ellipsis) or put a summary there, so it is plausible only when it is long
    /// enough, ends like a finished sentence, and is visible on the page. Then the container is the element holding
    /// most of its text and least of anything else (the same maximum-sum search as rule (c), with blocks valued by
    /// whether they belong to the declared body). Null when it is not plausible.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int? FromJsonLd(PageAnalysis analysis, string declared)
    {
        var text = declared.AsSpan().Trim();
        if (WordShingles.WordCount(text) < MinJsonLdWords || !EndsLikeASentence(text)) return null;
        var page = analysis.Page;
        var declaredShingles = WordShingles.Of(text);
        var visible = new HashSet<ulong>();
        var values = new double[page.Blocks.Count];
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            if (block.Has(BlockFlags.Hidden)) continue;
            var blockText = page.TextOf(block);
            visible.UnionWith(WordShingles.Of(blockText));
            var (total, found) = WordShingles.Overlap(blockText, declaredShingles);
            if (total == 0) continue;
            values[b] = found >= 0.5 * total ? block.Chars : found <= 0.2 * total ? -block.Chars : 0;
        }
        var seen = declaredShingles.Count(visible.Contains);
        if (seen < MinJsonLdVisibleShare * declaredShingles.Count || GoesOnAfter(analysis, values)) return null;
        var element = MaxSum(page, values);
        return element >= 0 ? element : null;
    }

    /// <summary>
    /// A declared body cut at a sentence boundary (the first paragraphs as a teaser) is caught where the page goes
    /// on: the next prose paragraph after the last declared one sits beside it, in the same parent.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool GoesOnAfter(PageAnalysis analysis, double[] values)
    {
        var page = analysis.Page;
        var last = Array.FindLastIndex(values, v => v > 0);
        if (last < 0) return false;
        for (var b = last + 1; b < page.Blocks.Count; b++)
        {
            if (!analysis.IsProse[b]) continue;
            if (values[b] > 0) return false;
            var parent = page.Elements[page.Blocks[last].Element].Parent;
            return page.Blocks[b].Element == page.Blocks[last].Element || page.Elements[page.Blocks[b].Element].Parent == parent;
        }
        return false;
    }

    /// <summary>A cut text ends mid-sentence or with an ellipsis; a whole article ends with a full stop, a question
    /// or exclamation mark, looking past closing quotes and brackets.</summary>
    private static bool EndsLikeASentence(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end > 0 && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '」' or '』') end--;
        return end >= 0 && text[end] is '.' or '!' or '?' or '。' or '！' or '？' && !text[..(end + 1)].EndsWith("...");
    }

    /// <summary>The element whose blocks' values add up to the most, from prefix sums; a tie goes to the deeper one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MaxSum(SegmentedPage page, double[] values)
    {
        var prefix = new double[values.Length + 1];
        for (var b = 0; b < values.Length; b++) prefix[b + 1] = prefix[b] + values[b];
        var best = -1;
        var bestScore = 0.0;
        for (var e = 0; e < page.Elements.Count; e++)
        {
            var score = prefix[page.Elements[e].EndBlock] - prefix[page.Elements[e].FirstBlock];
            if (score > 0 && score >= bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>A container holding the anchor (the first paragraph under the headline) is preferred over a better
    /// scoring one elsewhere down to this share of its score: long comments or teaser lists can outscore a short
    /// article, but they never start under its headline.</summary>
    private const double AnchoredScoreShare = 0.5;

    /// <summary>Declared containers holding the anchor are trusted down to this share of the best score.</summary>
    private const double AnchoredDeclaredScoreShare = 0.2;

    /// <summary>A declared container must score at least this share of the best container's score: a declaration on a
    /// teaser card or a one-paragraph summary must not beat the real article.</summary>
    private const double MinDeclaredScoreShare = 0.6;

    /// <summary>
    /// Rule (b): the page says where its article is (&lt;article&gt;, &lt;main&gt;, itemprop articleBody, role main, a
    /// compound content class). Among the declared containers outside furniture, the highest scoring one is taken if
    /// it holds content comparable to the best container overall; pages often declare several (teaser cards are
    /// &lt;article&gt; too), and the declaration alone does not say which is the article.
    /// </summary>
    private static int BestDeclared(PageAnalysis analysis, int scored, int anchor)
    {
        if (scored < 0) return -1;
        var best = Best(analysis, e => IsDeclaredContainer(analysis, e));
        var anchored = anchor < 0 ? -1 : Best(analysis, e => analysis.RegionContains(e, anchor) && IsDeclaredContainer(analysis, e));
        var top = analysis.RegionScore(scored);
        // A tighter declared container inside the anchored one is the same article without its surroundings (the
        // anchor may be a summary box above the text); a declared container elsewhere is another article.
        if (anchored >= 0 && best >= 0 && best != anchored && analysis.RegionContains(anchored, analysis.Region(best).First)
            && analysis.RegionScore(best) >= MinDeclaredScoreShare * top) return best;
        if (anchored >= 0 && analysis.RegionScore(anchored) >= AnchoredDeclaredScoreShare * top) return anchored;
        return best >= 0 && analysis.RegionScore(best) >= MinDeclaredScoreShare * top ? best : -1;
    }

    private static bool IsDeclaredContainer(PageAnalysis analysis, int e) =>
        analysis.Hints[e] is { Claim: ContentClaim.Strong, IsBoilerplate: false }
        && analysis.Context[e] == Model.BoilerplateKind.None
        && !IsLeafBlock(analysis.Page.Elements[e].Node.Name);

    /// <summary>Elements that hold one paragraph, never an article, whatever their class says ("post-text" on a &lt;p&gt;);
    /// and the body, whose classes describe the whole page ("single-post").</summary>
    private static bool IsLeafBlock(string name) => name is "body" or "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li"
        or "td" or "th" or "dd" or "dt" or "span" or "a" or "figcaption" or "caption" or "blockquote" or "pre";

    /// <summary>The highest scoring element that passes the filter; a tie goes to the later, deeper element (the same
    /// blocks in a tighter wrapper).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Best(PageAnalysis analysis, Func<int, bool> filter)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var e = 0; e < analysis.Page.Elements.Count; e++)
        {
            var score = analysis.RegionScore(e);
            if (score > 0 && score >= bestScore && filter(e))
            {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// Rule (c): the element whose blocks add up to the highest content value, the largest region of prose that
    /// drags in the least furniture; one pass over the elements, each scored from prefix sums. The best element
    /// holding the anchor wins if it is close enough.
    /// </summary>
    private static int BestScored(PageAnalysis analysis, int anchor)
    {
        var best = Best(analysis, _ => true);
        if (best < 0 || anchor < 0 || analysis.RegionContains(best, anchor)) return best;
        var anchored = Best(analysis, e => analysis.RegionContains(e, anchor));
        return anchored >= 0 && analysis.RegionScore(anchored) >= AnchoredScoreShare * analysis.RegionScore(best) ? anchored : best;
    }

    /// <summary>
    /// Rule (d), the last resort, for pages whose article is scattered (or whose markup defeats scoring): every prose
    /// paragraph of the page outside known furniture; on a page without prose (a short notice, a test page), every
    /// unlinked line outside furniture. The verdict then decides whether that is enough to be an article.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ContentChoice Rescue(PageAnalysis analysis)
    {
        var page = analysis.Page;
        var blocks = new HashSet<int>();
        for (var b = 0; b < page.Blocks.Count; b++)
            if (analysis.IsProse[b] && IsPlain(analysis, b)) blocks.Add(b);
        if (blocks.Count == 0)
            for (var b = 0; b < page.Blocks.Count; b++)
                if (IsPlain(analysis, b) && page.Blocks[b].LinkDensity <= PageAnalysis.LinkBlockDensity) blocks.Add(b);
        return blocks.Count == 0 ? new ContentChoice(ContentMethod.None, -1, 0, 0) : new ContentChoice(ContentMethod.Rescue, 0, 0, 0, blocks);
    }

    private static bool IsPlain(PageAnalysis analysis, int b) =>
        analysis.Context[analysis.Page.Blocks[b].Element] == Model.BoilerplateKind.None
        && analysis.TextKind[b] == Model.BoilerplateKind.None && !analysis.Page.Blocks[b].Has(BlockFlags.Hidden);
}
