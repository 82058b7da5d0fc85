using System.Runtime.CompilerServices;
using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// The "articleBody" a page declares in its JSON-LD, as plain text. Sites put HTML and character references in it
/// as often as plain text, so it goes through the same parser and segmenter as the page.
/// </summary>
internal static class JsonLdArticleBody
{
    /// <summary>A body longer than this is not parsed: no article is that long, and parsing it costs time.</summary>
    private const int MaxBodyChars = 1_000_000;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Find(HtmlDocument document, SegmentedPage page)
    {
        List<HtmlNode>? candidates = null;
        foreach (var node in document.Head.Descendants())
            if (node.IsElement && JsonLd.IsJsonLd(node) && Mentions(node)) (candidates ??= []).Add(node);
        foreach (var node in page.JsonLdScripts)
            if (Mentions(node)) (candidates ??= []).Add(node);
        if (candidates is null) return null;

        string? longest = null;
        foreach (var item in JsonLd.Objects(candidates))
            if (JsonLd.String(item, "articleBody") is { } body && body.Length > (longest?.Length ?? 0)) longest = body;
        if (longest is null || longest.Length > MaxBodyChars) return null;
        if (longest.AsSpan().IndexOfAny('<', '&') < 0) return longest;
        return PageSegmenter.Segment(HtmlDocument.Parse(longest)).Text;
    }

    /// <summary>Only scripts that mention the property are parsed as JSON.</summary>
    private static bool Mentions(HtmlNode script)
    {
        foreach (var child in script.Children)
            if (child.IsText && child.Text.Contains("articleBody", StringComparison.Ordinal)) return true;
        return false;
    }
}
