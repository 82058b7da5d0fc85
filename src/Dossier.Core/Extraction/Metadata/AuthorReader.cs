using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Finds the people who wrote the article. Sources are tried in a fixed order (see <see cref="Read"/>); the first that
/// names at least one person after <see cref="PersonNames"/> has cleaned it wins. A source naming only an outlet or an
/// organisation ("BBC News", "Staff") names nobody, so the next source is tried.
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

    public static Sourced<IReadOnlyList<string>>? Read(PageContext page, string? outlet)
    {
        var found = new List<(List<string> Names, Evidence Evidence, double Reliability)>();
        void Offer(IEnumerable<string?> raws, Evidence evidence, double reliability)
        {
            var names = new List<string>();
            foreach (var raw in raws)
                foreach (var name in PersonNames.FromByline(raw, outlet))
                    if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            if (names.Count > 0) found.Add((names, evidence, reliability));
        }

        // 1. JSON-LD author of the article: typed Person objects, arrays of them, or plain strings.
        Offer(JsonLdAuthors(page.JsonLd.Property("author", pageToo: true)), new Evidence(EvidenceKind.JsonLd, "author"), 0.9);
        if (found.Count == 0) Offer(JsonLdAuthors(page.JsonLd.Property("creator", pageToo: true)), new Evidence(EvidenceKind.JsonLd, "creator"), 0.8);

        // 2. Meta tags (Dublin Core, author, article:author, analytics tags). Profile URLs give their name's slug.
        foreach (var key in MetaKeys)
        {
            var values = page.Meta.All(key).Select(v => IsUrl(v) ? PersonNames.FromProfileUrl(v) : v).ToList();
            Offer(values, new Evidence(EvidenceKind.Meta, key), key is "author" or "dc.creator" or "dc:creator" or "dcterms.creator" ? 0.8 : 0.75);
        }

        // 3. rel="author" links in the page: their text, else the name in the profile URL.
        var relAuthors = RelAuthor(page).ToList();
        Offer(relAuthors.Select(a => MetadataText.Clean(a.TextContent) is { Length: > 0 and <= MaxBylineChars } text ? text : PersonNames.FromProfileUrl(a.GetAttribute("href"))),
            new Evidence(EvidenceKind.Link, "author"), 0.75);

        // 4. Microdata: itemprop="author", with its own itemprop="name" when it is a Person block.
        Offer(Microdata.Elements(page.Document.Body, "author").Take(MaxBylineElements).Select(MicrodataAuthor), new Evidence(EvidenceKind.Microdata, "author"), 0.75);

        // 5. Elements the markup marks as a byline or an author box, article first.
        Offer(BylineElements(page).Select(e => MetadataText.Clean(e.TextContent)).Take(3), new Evidence(EvidenceKind.Markup, "byline"), 0.6);

        // 6. A "By …" line near the headline.
        Offer(TextBylines(page), new Evidence(EvidenceKind.Text, "by"), 0.5);

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

    private static IEnumerable<string?> JsonLdAuthors(JsonElement? value)
    {
        if (value is not { } v) yield break;
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                yield return v.GetString();
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
                yield return name ?? PersonNames.FromProfileUrl(JsonLd.String(v, "url") ?? JsonLd.String(v, "@id"));
                break;
        }
    }

    private static IEnumerable<HtmlNode> RelAuthor(PageContext page)
    {
        foreach (var node in page.Document.Body.Descendants())
        {
            if (!node.IsElement || node.Name is not ("a" or "link") || InNoise(node)) continue;
            var rel = node.GetAttribute("rel");
            if (rel is not null && rel.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("author", StringComparer.OrdinalIgnoreCase))
                yield return node;
        }
    }

    private static string? MicrodataAuthor(HtmlNode element)
    {
        if (InNoise(element)) return null;
        var name = Microdata.Elements(element, "name").Select(Microdata.ValueOf).FirstOrDefault(v => v is not null);
        if (name is not null) return name;
        var value = Microdata.ValueOf(element);
        return value is { Length: <= MaxBylineChars } ? value : null;
    }

    /// <summary>Elements whose class or id says "byline" or "author", short enough to be one, in the article first.</summary>
    private static IEnumerable<HtmlNode> BylineElements(PageContext page)
    {
        var seen = new HashSet<HtmlNode>();
        foreach (var root in (HtmlNode[])[page.ArticleRoot, page.Document.Body])
        {
            var count = 0;
            foreach (var node in root.Descendants())
            {
                if (!node.IsElement || node.Name is "script" or "style" or "img" or "meta" or "link") continue;
                var hints = $"{node.ClassName} {node.Id}";
                if (!BylineHint().IsMatch(hints) || NotBylineHint().IsMatch(hints) || InNoise(node)) continue;
                var text = MetadataText.Clean(node.TextContent);
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
                var whole = MetadataText.Clean(text.Parent?.TextContent) ?? line;
                yield return whole.Length <= MaxBylineChars ? whole : line;
                yield break;
            }
        }
    }

    private static IEnumerable<HtmlNode> TextsAfter(HtmlNode start, HtmlNode body)
    {
        var passed = false;
        foreach (var node in body.Descendants())
        {
            if (node == start) passed = true;
            if (passed && node.IsText && node.Parent?.Name is not ("script" or "style" or "noscript")) yield return node;
        }
    }

    private static bool InNoise(HtmlNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (n.Name is "nav" or "footer") return true;
            if (n.IsElement && CommentHint().IsMatch($"{n.ClassName} {n.Id}")) return true;
        }
        return false;
    }

    private static bool IsUrl(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"byline|by-line|author|writer|contributor|\bbyl\b|reporter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineHint();

    // Author blocks that are not the byline: biographies, avatars, photos, "more from this author" lists.
    [GeneratedRegex(@"bio\b|biography|avatar|image|photo|img|picture|thumb|more|related|social|follow|share|twitter|email|desc|about", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotBylineHint();

    [GeneratedRegex(@"comment|disqus|reply|respond", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHint();

    [GeneratedRegex(@"^(?:by|par|von|por|door|av|di)\b\s*:?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();
}
