using System.Runtime.CompilerServices;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Finds the article's headline among the page's headings, and the anchor: the first prose paragraph after it.
/// The anchor is the most reliable single clue to where an article starts, since teasers, comments and sidebars
/// carry prose too but never directly under the page's headline.
/// </summary>
internal static class TitleLocator
{
    /// <summary>A heading is the headline when this share of its words occur in the page's declared title.</summary>
    private const double MinTitleOverlap = 0.6;

    /// <summary>Headings this far down the list of headings are not compared; the headline is near the top.</summary>
    private const int MaxHeadingsCompared = 64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Title, int Anchor) Locate(PageAnalysis analysis, string? declaredTitle)
    {
        var title = FindTitle(analysis.Page, declaredTitle);
        if (title < 0) return (-1, -1);
        for (var b = title + 1; b < analysis.Page.Blocks.Count; b++)
            if (analysis.IsProse[b] && analysis.Context[analysis.Page.Blocks[b].Element] == Model.BoilerplateKind.None)
                return (title, b);
        return (title, -1);
    }

    /// <summary>The heading whose words best match the declared title (og:title or &lt;title&gt;); failing that, the first h1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FindTitle(SegmentedPage page, string? declaredTitle)
    {
        var titleWords = declaredTitle is null ? null : Words(declaredTitle);
        var best = -1;
        var bestOverlap = 0.0;
        var firstH1 = -1;
        var compared = 0;
        for (var b = 0; b < page.Blocks.Count && compared < MaxHeadingsCompared; b++)
        {
            var block = page.Blocks[b];
            if (block.HeadingLevel == 0 || block.Has(BlockFlags.Hidden)) continue;
            compared++;
            if (block.HeadingLevel == 1 && firstH1 < 0) firstH1 = b;
            if (titleWords is null || titleWords.Count == 0) continue;
            var (total, found) = CountWords(page.TextOf(block), titleWords);
            if (total == 0) continue;
            var overlap = (double)found / total;
            // A tie goes to the higher level heading (h1 over a teaser's h3 with the same words).
            if (overlap > bestOverlap || (overlap == bestOverlap && best >= 0 && block.HeadingLevel < page.Blocks[best].HeadingLevel))
            {
                best = b;
                bestOverlap = overlap;
            }
        }
        return bestOverlap >= MinTitleOverlap ? best : firstH1;
    }

    /// <summary>How many words the text has and how many of them are in <paramref name="known"/>, without allocating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Total, int Found) CountWords(ReadOnlySpan<char> text, HashSet<string> known)
    {
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        int total = 0, found = 0, start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                total++;
                if (lookup.Contains(text[start..i])) found++;
                start = -1;
            }
        }
        return (total, found);
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
