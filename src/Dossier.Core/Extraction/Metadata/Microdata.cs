using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>Elements that carry schema.org microdata (itemprop) and the value each gives, as microdata defines it.</summary>
public static class Microdata
{
    // Values longer than this are containers (a whole article body), not a date or a name.
    private const int MaxValueLength = 300;

    /// <summary>The elements below <paramref name="root"/> whose itemprop lists the property (case-insensitive), in document order.</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string property) =>
        root.Descendants().Where(node => node.IsElement && Lists(node, property));

    /// <summary>The page's elements whose itemprop lists the property, from the page's one list of them.</summary>
    public static IEnumerable<HtmlNode> Elements(PageContext page, string property) =>
        page.ItemProps.Where(node => Lists(node, property));

    private static bool Lists(HtmlNode node, string property)
    {
        if (node.GetAttribute("itemprop") is not { } itemprop) return false;
        foreach (var name in itemprop.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (string.Equals(name, property, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>An element's value: content (meta), datetime (time), else its text; null when blank or too long.</summary>
    public static string? ValueOf(HtmlNode element)
    {
        var value = element.GetAttribute("content")
            ?? (element.Name == "time" ? element.GetAttribute("datetime") : null)
            ?? MetadataText.BoundedText(element, 4 * MaxValueLength);
        value = MetadataText.Clean(value);
        return value is null || value.Length > MaxValueLength ? null : value;
    }
}
