using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>Elements that carry schema.org microdata (itemprop) and the value each gives, as microdata defines it.</summary>
public static class Microdata
{
    // Values longer than this are containers (a whole article body), not a date or a name.
    private const int MaxValueLength = 300;

    /// <summary>The page's elements whose itemprop lists the property (case-insensitive), in document order.</summary>
    public static IEnumerable<HtmlNode> Elements(PageContext page, string property)
    {
        foreach (var element in page.ItemProps)
            if (MetadataText.ListsToken(element.GetAttribute("itemprop"), property)) yield return element;
    }

    /// <summary>The first value of an element below <paramref name="root"/> whose itemprop lists the property, or null.</summary>
    public static string? FirstValueBelow(PageContext page, HtmlNode root, string property)
    {
        foreach (var element in Elements(page, property))
            if (element != root && PageContext.IsWithin(element, root) && ValueOf(element) is { } value) return value;
        return null;
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
