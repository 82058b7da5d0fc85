using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Finds the people who wrote the article. Sources are tried in a fixed order (see <see cref="Read"/>); the first that
/// names at least one person after <see cref="PersonNames"/> has cleaned it wins. A source naming only an outlet or an
/// organisation ("Harbor Ledger News", "Staff") names nobody, so the next source is tried.
/// </summary>
public static partial class AuthorReader
{
    private static readonly string[] OrganisationTypes = ["Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand", "GovernmentOrganization", "EducationalOrganization"];

    private static readonly string[] MetaKeys =
    [
        "dc.creator", "dc:creator", "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author",
        "sailthru.author", "byl", "citation_author", "cxenseparse:author",
    ];

    // Byline boxes longer than this are author bios or whole article headers.
    private const int MaxBylineChars = 200;
    private const int MaxBylineElements = 40;

    /// <param name="declaredOutlet">The outlet's name as the page declares it (og:site_name, publisher); a byline naming only it names nobody.</param>
    public static Sourced<IReadOnlyList<string>>? Read(PageContext page, string? declaredOutlet)
    {
        var found = new List<(List<string> Names, Evidence Evidence, double Reliability)>();
        void Offer(IEnumerable<string?> raws, Evidence evidence, double reliability, bool structured = true)
        {
            var names = new List<string>();
            foreach (var raw in raws)
                foreach (var name in PersonNames.FromByline(raw, declaredOutlet, structured))
                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            if (names.Count > 0) found.Add((names, evidence, reliability));
        }

        // 1. JSON-LD author of the article: typed Person objects, arrays of them, or plain strings. A Person is a
        //    person even when the blog is named after them, so the outlet check is only for untyped strings.
        var jsonLd = JsonLdAuthors(page.JsonLd.Property("author", pageToo: true)).ToList();
        var jsonLdKey = "author";
        if (jsonLd.Count == 0)
        {
            jsonLd = JsonLdAuthors(page.JsonLd.Property("creator", pageToo: true)).ToList();
            jsonLdKey = "creator";
        }
        var fromJsonLd = jsonLd.SelectMany(a => PersonNames.FromByline(a.Name, a.IsPerson ? null : declaredOutlet)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (fromJsonLd.Count > 0) found.Add((fromJsonLd, new Evidence(EvidenceKind.JsonLd, jsonLdKey), 0.9));

        // 2. Meta tags (Dublin Core, author, article:author, analytics tags). Profile URLs give their name's slug.
        foreach (var key in MetaKeys)
        {
            var values = page.Meta.All(key).Select(v => IsUrl(v) ? PersonNames.FromProfileUrl(v) : v).ToList();
            Offer(values, new Evidence(EvidenceKind.Meta, key), key is "author" or "dc.creator" or "dc:creator" or "dcterms.creator" ? 0.8 : 0.75);
        }

        // 3-5. Markup: the first element that names someone speaks for the article (later ones belong to related
        //      stories); its siblings join it, for "A and B" written as two links.
        Offer(FirstNaming(ArticleFirst(page, page.RelAuthors.Where(e => !InNoise(e))), RelAuthorValue, declaredOutlet), new Evidence(EvidenceKind.Link, "author"), 0.75);
        Offer(FirstNaming(ArticleFirst(page, Microdata.Elements(page, "author").Where(e => !InNoise(e))), e => MicrodataAuthor(page, e), declaredOutlet),
            new Evidence(EvidenceKind.Microdata, "author"), 0.75);
        Offer(FirstNaming(BylineElements(page), LinesOf, declaredOutlet), new Evidence(EvidenceKind.Markup, "byline"), 0.6, structured: false);

        // 6. A "By …" line near the headline.
        Offer(TextBylines(page), new Evidence(EvidenceKind.Text, "by"), 0.5, structured: false);

        if (found.Count == 0) return null;
        var (chosen, evidence, confidence) = found[0];
        foreach (var (names, otherEvidence, reliability) in found.Skip(1))
        {
            if (otherEvidence.Kind == evidence.Kind && otherEvidence.Key == evidence.Key) continue;
            if (names.Any(n => chosen.Contains(n, StringComparer.OrdinalIgnoreCase)))
                confidence = 1 - (1 - confidence) * (1 - 0.4 * reliability);
            else
                confidence *= 1 - 0.2 * reliability;
        }
        return new Sourced<IReadOnlyList<string>>(chosen, evidence, Math.Clamp(confidence, 0.05, 0.99));
    }

    private static IEnumerable<(string? Name, bool IsPerson)> JsonLdAuthors(JsonElement? value)
    {
        if (value is not { } v) yield break;
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                yield return (v.GetString(), false);
                break;
            case JsonValueKind.Array:
                foreach (var item in v.EnumerateArray().Take(20))
                    foreach (var fromItem in JsonLdAuthors(item))
                        yield return fromItem;
                break;
            case JsonValueKind.Object:
                // An Organization as author is the outlet: not a person, whatever its name.
                if (JsonLdArticle.IsOf(v, OrganisationTypes)) yield break;
                var name = JsonLd.String(v, "name");
                if (name is null && JsonLd.String(v, "givenName") is { } given && JsonLd.String(v, "familyName") is { } family)
                    name = given + " " + family;
                name ??= PersonNames.FromProfileUrl(JsonLd.String(v, "url") ?? JsonLd.String(v, "@id"));
                yield return (name, JsonLdArticle.IsOf(v, ["Person"]));
                break;
        }
    }

    /// <summary>
    /// The names in the first element that names a person, and in the elements after it that share its parent (the
    /// second link of "A and B"). Later elements elsewhere are bylines of related stories.
    /// </summary>
    private static IEnumerable<string?> FirstNaming(IEnumerable<HtmlNode> elements, Func<HtmlNode, string?> value, string? outlet)
    {
        HtmlNode? last = null;
        foreach (var element in elements.Take(MaxBylineElements))
        {
            var raw = value(element);
            if (last is null)
            {
                if (PersonNames.FromByline(raw, outlet).Count == 0) continue;
                last = element;
                yield return raw;
            }
            // The next sibling, or the one after a separator (", ", " and "): the same byline.
            else if (element.Parent == last.Parent && element.Index - last.Index <= 2)
            {
                last = element;
                yield return raw;
            }
            else yield break;
        }
    }

    /// <summary>The elements inside the article first, then the rest of the page, each once, in document order.</summary>
    private static IEnumerable<HtmlNode> ArticleFirst(PageContext page, IEnumerable<HtmlNode> elements)
    {
        var all = elements.Take(4 * MaxBylineElements).ToList();
        return all.Where(e => PageContext.IsWithin(e, page.ArticleRoot)).Concat(all.Where(e => !PageContext.IsWithin(e, page.ArticleRoot)));
    }

    private static string? RelAuthorValue(HtmlNode link) =>
        MetadataText.Clean(MetadataText.BoundedText(link, 4 * MaxBylineChars)) is { Length: > 0 and <= MaxBylineChars } text && PersonNames.FromByline(text).Count > 0
            ? text
            : PersonNames.FromProfileUrl(link.GetAttribute("href"));

    private static string? MicrodataAuthor(PageContext page, HtmlNode element)
    {
        if (Microdata.FirstValueBelow(page, element, "name") is { } name) return name;
        var value = Microdata.ValueOf(element);
        return value is { Length: <= MaxBylineChars } ? value : null;
    }

    /// <summary>The page's byline boxes (<see cref="PageContext.BylineBoxes"/>) short enough to be one, in the article first.</summary>
    private static IEnumerable<HtmlNode> BylineElements(PageContext page)
    {
        var seen = new HashSet<HtmlNode>();
        foreach (var root in (HtmlNode[])[page.ArticleRoot, page.Document.Body])
        {
            var count = 0;
            foreach (var node in page.BylineBoxes)
            {
                if (node == root || !PageContext.IsWithin(node, root) || InNoise(node)) continue;
                var text = MetadataText.Clean(MetadataText.BoundedText(node, 4 * MaxBylineChars));
                if (text is null || text.Length > MaxBylineChars || !seen.Add(node)) continue;
                yield return node;
                if (++count >= MaxBylineElements) break;
            }
        }
    }

    /// <summary>Short text lines near the headline that start with "By" ("By Jane Doe | June 9, 2025").</summary>
    private static IEnumerable<string> TextBylines(PageContext page)
    {
        var start = page.Headline ?? page.ArticleRoot;
        var seen = 0;
        // The next text nodes after the headline, in document order, then the article's own opening.
        foreach (var text in TextsAfter(start, page.Document.Body).Take(60))
        {
            var line = MetadataText.Clean(text.Text);
            if (line is null) continue;
            if (++seen > 40) yield break;
            if (line.Length <= MaxBylineChars && ByLine().IsMatch(line))
            {
                // "By" may be its own node and the name a link after it.
                var whole = text.Parent is { } parent ? MetadataText.Clean(MetadataText.BoundedText(parent, 4 * MaxBylineChars)) ?? line : line;
                yield return whole.Length <= MaxBylineChars ? whole : line;
                yield break;
            }
        }
    }

    /// <summary>The text nodes below and after <paramref name="start"/> in document order, up to the end of the body.</summary>
    private static IEnumerable<HtmlNode> TextsAfter(HtmlNode start, HtmlNode body)
    {
        // The body itself is never met among its own descendants, so from it nothing follows.
        if (start == body) yield break;
        foreach (var node in start.Descendants())
            if (IsVisibleText(node)) yield return node;
        // Then what follows it: its later siblings and theirs of each ancestor, up to the body.
        for (var n = start; n != body && n.Parent is { } parent; n = parent)
            for (var i = n.Index + 1; i < parent.Children.Count; i++)
            {
                var sibling = parent.Children[i];
                if (IsVisibleText(sibling)) yield return sibling;
                foreach (var node in sibling.Descendants())
                    if (IsVisibleText(node)) yield return node;
            }

        static bool IsVisibleText(HtmlNode node) => node.IsText && node.Parent?.Name is not ("script" or "style" or "noscript");
    }

    private static readonly HashSet<string> LineBreaking = new(StringComparer.Ordinal)
        { "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header", "footer", "address", "dd", "dt", "tr", "figure", "time" };

    /// <summary>
    /// An element's text with its blocks on separate lines: a byline box often holds the name, then the job title
    /// ("Games Editor") or the date in a block of its own, and run together they would read as one long name.
    /// </summary>
    private static string? LinesOf(HtmlNode element)
    {
        var sb = new System.Text.StringBuilder();
        Append(element);
        return sb.ToString().Trim();

        void Append(HtmlNode node)
        {
            if (node.IsText)
            {
                sb.Append(node.Text);
                return;
            }
            if (node.Name is "script" or "style" or "noscript" || sb.Length > 4 * MaxBylineChars) return;
            var breaks = node != element && LineBreaking.Contains(node.Name);
            if (breaks) sb.Append('\n');
            foreach (var child in node.Children) Append(child);
            if (breaks) sb.Append('\n');
        }
    }

    private static bool InNoise(HtmlNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (n.Name is "nav" or "footer") return true;
            if (n.IsElement && PageContext.ClassOrIdMatches(n, CommentHint())) return true;
        }
        return false;
    }

    private static bool IsUrl(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"comment|disqus|reply|respond", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHint();

    [GeneratedRegex(@"^(?:by|par|von|por|door|av|di)\b\s*:?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();
}
