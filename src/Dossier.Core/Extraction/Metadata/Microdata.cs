using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>Elements that carry schema.org microdata (itemprop) and the value each gives, as microdata defines it.</summary>
public static class Microdata
{
    // Values longer than this are containers (a whole article body), not a date or a name.
    private const int MaxValueLength = 300;

    /// <summary>The elements whose itemprop lists the property (case-insensitive), in document order.</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string property)
    {
        foreach (var node in root.Descendants())
        {
            if (!node.IsElement || node.GetAttribute("itemprop") is not { } itemprop) continue;
            foreach (var name in itemprop.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!string.Equals(name, property, StringComparison.OrdinalIgnoreCase)) continue;
                yield return node;
                break;
            }
        }
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
