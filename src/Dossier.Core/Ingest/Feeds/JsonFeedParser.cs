using System.Text.Json;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): an object with "version", "title" and "items".</summary>
internal static class JsonFeedParser
{
    public readonly record struct Parsed(Feed? Feed, string? Error);

    public static bool IsJsonFeed(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && String(root, "version") is { } version
        && (version.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal)
            || version.StartsWith("http://jsonfeed.org/version/", StringComparison.Ordinal));

    public static Parsed Parse(JsonElement root, string origin)
    {
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return new(null, "the JSON feed has no \"items\" array");
        var feedAuthor = Author(root);
        var list = new List<FeedItem>();
        var number = 0;
        foreach (var item in items.EnumerateArray())
        {
            number++;
            list.Add(item.ValueKind == JsonValueKind.Object
                ? Item(item, feedAuthor, origin, number)
                : new FeedItem(null, null, null, null, null, null, []));
        }
        return new(new Feed(FeedFormat.Json, String(root, "title"), list), null);
    }

    private static FeedItem Item(JsonElement item, string? feedAuthor, string origin, int number)
    {
        var diagnostics = new List<Diagnostic>();
        DateTimeOffset? published = null;
        var dateText = String(item, "date_published") ?? String(item, "date_modified");
        if (dateText is not null)
        {
            if (FeedDates.TryParse(dateText, out var value)) published = value;
            else
                diagnostics.Add(new Diagnostic(DiagnosticCodes.UnparsableDate, "ingest", Severity.Warning,
                    $"item {number}'s date is not a date: '{(dateText.Length <= 60 ? dateText : dateText[..60] + "…")}'", origin));
        }
        var html = String(item, "content_html");
        var text = String(item, "content_text");
        var summary = String(item, "summary");
        return new FeedItem(
            String(item, "url") ?? String(item, "external_url"),
            String(item, "title"),
            Author(item) ?? feedAuthor,
            published,
            html is not null ? new FeedText(html, IsHtml: true) : text is not null ? new FeedText(text, IsHtml: false) : null,
            summary is null ? null : new FeedText(summary, IsHtml: false),
            diagnostics);
    }

    /// <summary>1.1 has "authors" (an array); 1.0 had "author" (one object).</summary>
    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var author in authors.EnumerateArray())
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
                    return name;
        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? String(single, "name") : null;
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String) return null;
        try
        {
            var text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }
        catch (InvalidOperationException)
        {
            // An unpaired surrogate escape: the field is unusable, the item may still be.
            return null;
        }
    }
}
