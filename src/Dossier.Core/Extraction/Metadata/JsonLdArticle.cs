using System.Text.Json;
using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The schema.org object that describes the page's article, picked from everything the page declares: an article
/// type first (NewsArticle, Article, BlogPosting, Report and their kin, also when nested as a page's mainEntity), else a
/// web page. A site's Organization or WebSite object says nothing about the article and is never picked.
/// </summary>
public sealed class JsonLdArticle
{
    // Most article-like first: a page's NewsArticle is its story, an embedded VideoObject only a part of it.
    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "BlogPosting", "Article", "Report", "TechArticle",
        "ScholarlyArticle", "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting", "Review", "VideoObject",
    ];

    private static readonly string[] PageTypes = ["WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage", "FAQPage"];

    private JsonLdArticle(JsonElement? article, JsonElement? page)
    {
        Article = article;
        Page = page;
    }

    /// <summary>The article object, if the page declares one.</summary>
    public JsonElement? Article { get; }

    /// <summary>The web page object, if the page declares one.</summary>
    public JsonElement? Page { get; }

    /// <param name="scripts">The page's ld+json &lt;script&gt; elements, in document order.</param>
    public static JsonLdArticle From(IEnumerable<HtmlNode> scripts)
    {
        var objects = JsonLd.Objects(scripts);
        JsonElement? article = null, page = null;
        var articleRank = int.MaxValue;
        foreach (var item in objects.SelectMany(WithMainEntity))
        {
            // The most article-like type wins (a NewsArticle over the VideoObject embedded above it); then document order.
            var rank = FirstTypeAmong(item, ArticleTypes);
            if (rank < articleRank)
            {
                article = item;
                articleRank = rank;
            }
            else if (rank == int.MaxValue && page is null && IsOf(item, PageTypes)) page = item;
        }
        return new JsonLdArticle(article, page);
    }

    /// <summary>A string property of the article, else of the page: (value, the object's name for the property).</summary>
    public string? String(string property, bool pageToo = false)
    {
        if (Article is { } article && JsonLd.String(article, property) is { } value) return value;
        return pageToo && Page is { } page ? JsonLd.String(page, property) : null;
    }

    /// <summary>The raw value of a property of the article (else of the page), whatever its JSON kind.</summary>
    public JsonElement? Property(string property, bool pageToo = false)
    {
        if (Article is { ValueKind: JsonValueKind.Object } article && article.TryGetProperty(property, out var value)) return value;
        if (pageToo && Page is { ValueKind: JsonValueKind.Object } page && page.TryGetProperty(property, out var onPage)) return onPage;
        return null;
    }

    /// <summary>A "name" given as a string or as an object with a name ({"@type": "Organization", "name": …}).</summary>
    public static string? NameOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Blank(value.GetString()),
        JsonValueKind.Object => JsonLd.String(value, "name"),
        JsonValueKind.Array => value.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
        _ => null,
    };

    /// <summary>Whether an object's @type is one of the names; "http://schema.org/NewsArticle" and "schema:NewsArticle" count.</summary>
    public static bool IsOf(JsonElement element, ReadOnlySpan<string> types) => FirstTypeAmong(element, types) != int.MaxValue;

    /// <summary>The position in <paramref name="types"/> of the first name the object's @type (a string or an array) has; int.MaxValue when it has none.</summary>
    private static int FirstTypeAmong(JsonElement element, ReadOnlySpan<string> types)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("@type", out var type)) return int.MaxValue;
        if (type.ValueKind == JsonValueKind.String) return Position(type.GetString(), types);
        var first = int.MaxValue;
        if (type.ValueKind != JsonValueKind.Array) return first;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) first = Math.Min(first, Position(item.GetString(), types));
        return first;

        static int Position(string? name, ReadOnlySpan<string> types)
        {
            if (name is null) return int.MaxValue;
            var local = name.AsSpan(Math.Max(name.LastIndexOf('/'), name.LastIndexOf(':')) + 1);
            for (var i = 0; i < types.Length; i++)
                if (local.Equals(types[i], StringComparison.OrdinalIgnoreCase)) return i;
            return int.MaxValue;
        }
    }

    private static IEnumerable<JsonElement> WithMainEntity(JsonElement item)
    {
        yield return item;
        // A WebPage often carries the article as its mainEntity rather than as a sibling.
        if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("mainEntity", out var main))
        {
            if (main.ValueKind == JsonValueKind.Object) yield return main;
            else if (main.ValueKind == JsonValueKind.Array)
                foreach (var entry in main.EnumerateArray().Take(8))
                    if (entry.ValueKind == JsonValueKind.Object) yield return entry;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
