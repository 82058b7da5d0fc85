using System.Text.Json;

namespace Dossier.Core.Html;

/// <summary>
/// The schema.org objects a page declares in &lt;script type="application/ld+json"&gt;. Pages nest them in arrays and
/// "@graph" lists and often get the JSON slightly wrong; what does not parse is skipped, never thrown.
/// </summary>
public static class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Every object with an "@type", flattened out of arrays and "@graph", in document order.</summary>
    public static List<JsonElement> Objects(HtmlDocument document) => Objects(document.Root.Elements("script"));

    /// <summary>
    /// Every object with an "@type" in the ld+json scripts among <paramref name="scripts"/> (a page's &lt;script&gt;
    /// elements, in document order; others are skipped), flattened out of arrays and "@graph", in document order.
    /// </summary>
    public static List<JsonElement> Objects(IEnumerable<HtmlNode> scripts)
    {
        var found = new List<JsonElement>();
        foreach (var script in scripts)
        {
            if (!IsJsonLd(script)) continue;
            // A script holds one text node: its text as it is, without copying it through TextContent.
            var json = Unwrap(script.Children is [{ IsText: true } text] ? text.Text : script.TextContent);
            if (json.IsEmpty) continue;
            try
            {
                using var parsed = JsonDocument.Parse(json, Lenient);
                Collect(parsed.RootElement.Clone(), found, depth: 0);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                // Broken structured data is common (unescaped quotes, HTML comments, and text that is not valid UTF-16,
                // which the JSON reader refuses with an ArgumentException): the page's markup still has the facts.
            }
        }
        return found;
    }

    /// <summary>Whether the element is a &lt;script type="application/ld+json"&gt;.</summary>
    public static bool IsJsonLd(HtmlNode element) =>
        element.Name == "script" && element.GetAttribute("type").AsSpan().Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the object's "@type" (a string or an array) has one of the given names.</summary>
    public static bool HasType(JsonElement element, params ReadOnlySpan<string> types)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return Matches(type.GetString(), types);
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && Matches(item.GetString(), types)) return true;
        return false;
    }

    /// <summary>A string property, or null when it is missing, not a string, or blank.</summary>
    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    /// <summary>
    /// The JSON inside the wrappers pages put around script text for old XHTML parsers: "&lt;![CDATA[ … ]]&gt;",
    /// "//&lt;![CDATA[ … //]]&gt;" and "&lt;!-- … --&gt;".
    /// </summary>
    private static ReadOnlyMemory<char> Unwrap(string text)
    {
        var json = text.AsMemory().Trim();
        foreach (var (open, close) in (ReadOnlySpan<(string, string)>)[("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->")])
        {
            if (json.Span.StartsWith(open, StringComparison.Ordinal)) json = json[open.Length..].Trim();
            if (json.Span.EndsWith(close, StringComparison.Ordinal)) json = json[..^close.Length].Trim();
        }
        return json;
    }

    private static bool Matches(string? type, ReadOnlySpan<string> types)
    {
        foreach (var t in types)
            if (string.Equals(type, t, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static void Collect(JsonElement element, List<JsonElement> found, int depth)
    {
        if (depth > 8) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, found, depth + 1);
                break;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out _)) found.Add(element);
                if (element.TryGetProperty("@graph", out var graph)) Collect(graph, found, depth + 1);
                break;
        }
    }
}
