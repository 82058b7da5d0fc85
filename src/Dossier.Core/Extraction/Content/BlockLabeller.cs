using System.Runtime.CompilerServices;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Gives every block of the page its role. Inside the chosen content: headings, captions, and the furniture that
/// sits inside articles (share bars, bylines, related links, newsletter prompts, adverts) labelled by kind; the rest
/// is body. Outside it everything is boilerplate, with the kind its surroundings suggest. Nothing is dropped.
/// </summary>
internal static class BlockLabeller
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Block[] Label(PageAnalysis analysis, ContentChoice choice)
    {
        var page = analysis.Page;
        var labels = new Block[page.Blocks.Count];
        var container = choice.Element;
        long containerProse = 0;
        for (var b = 0; b < page.Blocks.Count; b++)
            if (choice.Holds(b) && analysis.IsProse[b]) containerProse += page.Blocks[b].Chars;
        var title = choice.Title;
        var content = new List<int>();
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var block = page.Blocks[b];
            var span = new TextSpan(block.Start, block.Length);
            var isContent = choice.Method != ContentMethod.None && choice.Holds(b);
            if (b == title)
                labels[b] = new Block(span, BlockRole.Heading);
            else if (!isContent)
                labels[b] = new Block(span, BlockRole.Boilerplate, OutsideKind(analysis, b));
            else
            {
                content.Add(b);
                labels[b] = Inside(analysis, b, choice.Blocks is null ? container : -1, containerProse) is var (role, kind)
                    ? new Block(span, role, kind)
                    : new Block(span, BlockRole.Body);
            }
        }
        LabelLinkRuns(analysis, labels, content);
        LabelTeaserCards(analysis, labels, content);
        return labels;
    }

    private static BoilerplateKind OutsideKind(PageAnalysis analysis, int b)
    {
        var block = analysis.Page.Blocks[b];
        var context = analysis.Context[block.Element];
        if (context != BoilerplateKind.None) return context;
        if (analysis.TextKind[b] != BoilerplateKind.None) return analysis.TextKind[b];
        return block.LinkDensity > PageAnalysis.LinkBlockDensity ? BoilerplateKind.Navigation : BoilerplateKind.Other;
    }

    /// <summary>Hints further above a block than this are not looked for: it bounds the work on absurdly deep pages,
    /// and furniture wrappers sit close to their text.</summary>
    private const int MaxHintLevels = 64;

    /// <summary>The role of a block inside the content, or null for body.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (BlockRole, BoilerplateKind)? Inside(PageAnalysis analysis, int b, int container, long containerProse)
    {
        var page = analysis.Page;
        var block = page.Blocks[b];
        if (block.Has(BlockFlags.Hidden)) return (BlockRole.Boilerplate, BoilerplateKind.Other);
        if (analysis.TextKind[b] != BoilerplateKind.None) return (BlockRole.Boilerplate, analysis.TextKind[b]);
        // Furniture nested in the article: the nearest hinted element between the block and the container decides,
        // unless it holds most of the container's prose (then the hint names a wrapper, not furniture).
        var caption = block.Has(BlockFlags.Caption);
        var levels = 0;
        for (var e = block.Element; e >= 0 && e != container && levels++ < MaxHintLevels; e = page.Elements[e].Parent)
        {
            var hint = analysis.Hints[e];
            caption |= hint.Caption;
            if (hint.IsBoilerplate && !analysis.Holds(e, containerProse)) return (BlockRole.Boilerplate, hint.Kind);
        }
        if (block.Has(BlockFlags.Heading)) return (BlockRole.Heading, BoilerplateKind.None);
        if (caption) return (BlockRole.Caption, BoilerplateKind.None);
        return null;
    }

    /// <summary>A block this much linked is one link with a word or two around it: a pointer to another page.</summary>
    private const double WholeLinkDensity = 0.85;

    /// <summary>
    /// Link-dense body blocks are link furniture (related stories, "more on this" lists, tag links) when they come in
    /// a run of two or more, trail the article's last paragraph, or are one link and nothing else ("SEE MORE: …").
    /// A partly linked paragraph between paragraphs is the article citing something (sources, people, a tweet) and
    /// stays body, and so does a bare URL.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LabelLinkRuns(PageAnalysis analysis, Block[] labels, List<int> content)
    {
        var page = analysis.Page;
        var lastProse = -1;
        for (var i = 0; i < content.Count; i++)
            if (labels[content[i]].Role == BlockRole.Body && !IsLinky(page, content[i])) lastProse = i;
        for (var i = 0; i < content.Count; i++)
        {
            var b = content[i];
            if (labels[b].Role != BlockRole.Body || !IsLinky(page, b)) continue;
            var inRun = (i > 0 && IsLinky(page, content[i - 1])) || (i + 1 < content.Count && IsLinky(page, content[i + 1]));
            if (!inRun && i < lastProse && page.Blocks[b].LinkDensity < WholeLinkDensity) continue;
            var kind = page.Blocks[b].Has(BlockFlags.ListItem) ? BoilerplateKind.Navigation : BoilerplateKind.Teaser;
            labels[b] = labels[b].WithRole(BlockRole.Boilerplate, kind);
        }
    }

    /// <summary>A run of at least this many teaser cards is a list of other stories.</summary>
    private const int MinTeaserCards = 3;

    /// <summary>A teaser's summary is short; a longer paragraph under a linked heading is the article's own text.</summary>
    private const int MaxCardSummaryChars = 250;

    /// <summary>
    /// Teaser cards: an element wrapping a linked headline and a few short lines (a summary, a date). Three or
    /// more in a row that end the article's container are a list of other stories ("Most popular", "More from"),
    /// labelled as teasers together with the heading that introduces them. Cards with article text after them are
    /// left alone: sites inject linked headlines between an article's paragraphs, and single linked headings are
    /// often the article's own sub-headings.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LabelTeaserCards(PageAnalysis analysis, Block[] labels, List<int> content)
    {
        var page = analysis.Page;
        var i = 0;
        while (i < content.Count)
        {
            var runStart = i;
            var cards = 0;
            var end = i;
            while (end < content.Count && IsLinkedHeadline(page, content[end]) && CardEnd(page, content[end]) is var cardEnd and > 0)
            {
                // The card's lines are the content blocks up to the end of the element that wraps it.
                var next = end + 1;
                while (next < content.Count && content[next] < cardEnd) next++;
                cards++;
                end = next;
            }
            if (cards < MinTeaserCards || !OnlyFurnitureAfter(labels, content, end))
            {
                i = Math.Max(i + 1, end);
                continue;
            }
            // The heading just before the run names it ("Most popular"); it goes with the teasers.
            if (runStart > 0 && labels[content[runStart - 1]].Role == BlockRole.Heading) runStart--;
            for (var k = runStart; k < end; k++)
                if (labels[content[k]].Role is BlockRole.Body or BlockRole.Heading)
                    labels[content[k]] = labels[content[k]].WithRole(BlockRole.Boilerplate, BoilerplateKind.Teaser);
            i = end;
        }
    }

    /// <summary>
    /// Where the teaser card opened by the linked headline <paramref name="b"/> ends, or -1 when no element wraps
    /// it as a card: the widest element starting at the headline that holds no other linked headline, at most
    /// four blocks and short text. Real teaser lists wrap each card; an article's own paragraphs between injected
    /// headlines are siblings, not cards.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CardEnd(SegmentedPage page, int b)
    {
        var best = -1;
        for (var e = page.Blocks[b].Element; e >= 0 && page.Elements[e].FirstBlock == b; e = page.Elements[e].Parent)
        {
            var element = page.Elements[e];
            if (element.BlockCount > 4) break;
            var summary = 0;
            var headlines = 0;
            for (var k = element.FirstBlock; k < element.EndBlock; k++)
            {
                if (IsLinkedHeadline(page, k)) headlines++;
                else summary += page.Blocks[k].Chars;
            }
            if (headlines > 1 || summary > 2 * MaxCardSummaryChars) break;
            if (element.BlockCount > 1) best = element.EndBlock;
        }
        return best;
    }

    /// <summary>Whether no body text follows position <paramref name="from"/> of the content.</summary>
    private static bool OnlyFurnitureAfter(Block[] labels, List<int> content, int from)
    {
        for (var k = from; k < content.Count; k++)
            if (labels[content[k]].Role == BlockRole.Body) return false;
        return true;
    }

    /// <summary>A short line that is one link: the headline of a teaser card or a linked heading.</summary>
    private static bool IsLinkedHeadline(SegmentedPage page, int b)
    {
        var block = page.Blocks[b];
        return block.LinkDensity > PageAnalysis.LinkBlockDensity && block.Words <= 20;
    }

    /// <summary>Mostly linked, and not a bare address (articles print URLs as their sources).</summary>
    private static bool IsLinky(SegmentedPage page, int b)
    {
        var block = page.Blocks[b];
        if (block.LinkDensity <= PageAnalysis.LinkBlockDensity) return false;
        var text = page.TextOf(block);
        return !(text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }
}
