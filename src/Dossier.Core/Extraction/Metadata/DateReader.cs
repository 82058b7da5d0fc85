using System.Text.RegularExpressions;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Finds when the article was published and when it was last modified, as two separate values, each from the most
/// trustworthy source the page has. The sources are tried in a fixed order (see <see cref="Candidates"/>); the first
/// that gives a date wins, a later source that agrees on the day may make it more precise, and agreement or
/// disagreement between sources raises or lowers the confidence.
/// </summary>
public static partial class DateReader
{
    public sealed record Result(Sourced<PageDate>? Published, Sourced<PageDate>? Modified, IReadOnlyList<MetadataProblem> Problems);

    private enum Role : byte { Published, Modified }

    private sealed record Candidate(PageDate Date, Evidence Evidence, double Reliability, Role Role, bool Structured);

    // Meta names in the order they are trusted. Published first, then modified.
    private static readonly string[] OpenGraphPublished = ["article:published_time", "og:article:published_time", "article:published", "og:published_time"];
    private static readonly string[] OpenGraphModified = ["article:modified_time", "og:article:modified_time", "og:updated_time", "article:updated_time"];
    private static readonly string[] DublinCorePublished = ["dc.date.issued", "dcterms.issued", "dc.date", "dc:date", "dcterms.date", "dcterms.created", "dc.date.created"];
    private static readonly string[] DublinCoreModified = ["dcterms.modified", "dc.date.modified"];
    private static readonly string[] CommonPublished =
    [
        "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "date", "article.published", "article_date_original", "original-publish-date", "datepublished", "cxenseparse:recs:publishtime",
    ];
    private static readonly string[] CommonModified = ["last-modified", "lastmod", "article.updated", "revised", "datemodified"];

    // How far around the headline a visible dateline is looked for, in characters.
    private const int TextBeforeHeadline = 300;
    private const int TextAfterHeadline = 1000;

    public static Result Read(PageContext page, string? canonicalUrl)
    {
        var problems = new List<MetadataProblem>();
        var candidates = Candidates(page, canonicalUrl, problems);
        var published = Choose(candidates.Where(c => c.Role == Role.Published).ToList(), "publication", problems);
        var modified = Choose(candidates.Where(c => c.Role == Role.Modified).ToList(), "modification", problems);
        // A page cannot have been updated before it was published: one of the two is wrong, and the publication
        // comes from the more trusted source, so the update goes.
        if (published is not null && modified is not null && modified.Value.Instant < published.Value.Instant && !modified.Value.SameDayAs(published.Value))
            modified = null;
        return new Result(published, modified, problems);
    }

    /// <summary>Every date the page offers, in the fixed order of trust.</summary>
    private static List<Candidate> Candidates(PageContext page, string? canonicalUrl, List<MetadataProblem> problems)
    {
        var found = new List<Candidate>();

        // 1. JSON-LD: the publisher's own structured statement about this article.
        JsonLd("datePublished", Role.Published, 0.9);
        JsonLd("dateCreated", Role.Published, 0.75);
        JsonLd("uploadDate", Role.Published, 0.75);
        JsonLd("dateModified", Role.Modified, 0.9);

        // 2. OpenGraph article:* tags, written for social cards and usually by the same CMS field.
        Meta(OpenGraphPublished, Role.Published, 0.9);
        Meta(OpenGraphModified, Role.Modified, 0.85);

        // 3. Dublin Core, common on institutional and academic sites.
        Meta(DublinCorePublished, Role.Published, 0.8);
        Meta(DublinCoreModified, Role.Modified, 0.8);

        // 4. Microdata in the markup (itemprop="datePublished").
        MicrodataDate("datePublished", Role.Published, 0.8);
        MicrodataDate("dateModified", Role.Modified, 0.8);

        // 5. Other meta names analytics and newsletter tools read (parsely, sailthru, plain "date").
        Meta(CommonPublished, Role.Published, 0.7);
        Meta(CommonModified, Role.Modified, 0.65);

        // 6. <time datetime> in the article: visible, but a page also has times of comments and related stories.
        found.AddRange(TimeElements(page));

        // 7. The URL path: many CMSs file articles under /2025/06/09/, a day without a time.
        if (UrlDate(canonicalUrl ?? page.PageUrl?.AbsoluteUri) is { } fromUrl)
            found.Add(new Candidate(fromUrl, new Evidence(EvidenceKind.Url), 0.55, Role.Published, false));

        // 8. A dateline printed near the headline.
        found.AddRange(TextNearHeadline(page));
        return found;

        void JsonLd(string property, Role role, double reliability)
        {
            foreach (var (element, onPage) in (ReadOnlySpan<(System.Text.Json.JsonElement?, bool)>)[(page.JsonLd.Article, false), (page.JsonLd.Page, true)])
            {
                if (element is not { } e || Html.JsonLd.String(e, property) is not { } raw) continue;
                // The WebPage's own dates are often the page's, not the article's (a listing re-rendered daily).
                Add(raw, new Evidence(EvidenceKind.JsonLd, property), onPage ? reliability - 0.15 : reliability, role, true);
                return;
            }
        }

        void Meta(string[] keys, Role role, double reliability)
        {
            foreach (var (key, content, _) in page.Meta.Tags(keys))
            {
                Add(content, new Evidence(EvidenceKind.Meta, key), reliability, role, true);
                return;
            }
        }

        void MicrodataDate(string property, Role role, double reliability)
        {
            foreach (var element in Microdata.Elements(page, property))
            {
                if (Microdata.ValueOf(element) is not { } raw) continue;
                Add(raw, new Evidence(EvidenceKind.Microdata, property), reliability, role, true);
                return;
            }
        }

        void Add(string raw, Evidence evidence, double reliability, Role role, bool structured)
        {
            if (PageDateParser.Parse(raw) is { } date) found.Add(new Candidate(date, evidence, reliability, role, structured));
            else problems.Add(new MetadataProblem(DiagnosticCodes.UnparsableMetadataDate, Severity.Info,
                $"the page's {evidence} '{Shorten(raw)}' is not a date; it was ignored"));
        }
    }

    private static IEnumerable<Candidate> TimeElements(PageContext page)
    {
        var seen = 0;
        foreach (var time in page.Times)
        {
            if (time == page.ArticleRoot || !PageContext.IsWithin(time, page.ArticleRoot) || InNoise(time)) continue;
            var raw = time.GetAttribute("datetime");
            var evidence = new Evidence(EvidenceKind.Time);
            var reliability = 0.6;
            if (string.IsNullOrWhiteSpace(raw))
            {
                raw = MetadataText.Clean(MetadataText.BoundedText(time, 200));
                evidence = new Evidence(EvidenceKind.Text, "time");
                reliability = 0.5;
            }
            if (PageDateParser.Parse(raw) is not { } date) continue;
            var role = TimeRole(time);
            // Only the first times of an article speak for it; later ones belong to embedded posts and comments.
            if (role is null && seen > 0) continue;
            seen++;
            yield return new Candidate(date, evidence, role is null ? reliability - 0.05 : reliability, role ?? Role.Published, false);
            if (seen >= 3) yield break;
        }
    }

    /// <summary>Whether a &lt;time&gt; says what it dates, through itemprop, class or id hints on it and its parents, or an "Updated" before it.</summary>
    private static Role? TimeRole(HtmlNode time)
    {
        var itemprop = time.GetAttribute("itemprop") ?? "";
        if (itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase)) return Role.Modified;
        if (itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) || time.HasAttribute("pubdate")) return Role.Published;
        var node = time;
        for (var depth = 0; depth < 3 && node is not null && node.Name != "article"; depth++, node = node.Parent)
        {
            if (PageContext.ClassOrIdMatches(node, UpdateHint())) return Role.Modified;
            if (PageContext.ClassOrIdMatches(node, PublishHint())) return Role.Published;
        }
        if (time.PreviousSibling is { IsText: true } before && UpdateWord().IsMatch(before.Text)) return Role.Modified;
        return null;
    }

    private static bool InNoise(HtmlNode node)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (n.Name is "aside" or "footer" or "nav") return true;
            if (n.ClassName is { } className && className.Contains("comment", StringComparison.OrdinalIgnoreCase)
                || n.Id is { } id && id.Contains("comment", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static PageDate? UrlDate(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        var m = UrlDay().Match(path);
        if (m.Success)
            return PageDateParser.Parse($"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}-{m.Groups["d"].Value.PadLeft(2, '0')}");
        m = UrlMonth().Match(path);
        return m.Success ? PageDateParser.Parse($"{m.Groups["y"].Value}-{m.Groups["m"].Value.PadLeft(2, '0')}") : null;
    }

    /// <summary>A date printed just before or after the headline ("June 9, 2025 at 10:02 am"; "Updated June 10").</summary>
    private static IEnumerable<Candidate> TextNearHeadline(PageContext page)
    {
        var window = TextWindow(page);
        if (window.Length == 0) yield break;
        var offset = 0;
        var yielded = 0;
        while (offset < window.Length && yielded < 2)
        {
            if (PageDateParser.Find(window[offset..]) is not { } found) yield break;
            var at = offset + found.Index;
            var before = window[Math.Max(0, at - 25)..at];
            var role = UpdateWord().IsMatch(before) ? Role.Modified : Role.Published;
            yield return new Candidate(found.Date, new Evidence(EvidenceKind.Text), role == Role.Modified ? 0.45 : 0.4, role, false);
            yielded++;
            offset = at + 8;
        }
    }

    /// <summary>
    /// The visible text from a little before the headline to some way after it, where datelines are printed. Without
    /// a headline inside the article, the article's opening text.
    /// </summary>
    private static string TextWindow(PageContext page)
    {
        var before = new System.Text.StringBuilder();
        var after = new System.Text.StringBuilder();
        var headlineInRoot = page.Headline is { } h && PageContext.IsWithin(h, page.ArticleRoot);
        var seenHeadline = !headlineInRoot;
        var scanned = 0;
        foreach (var node in page.ArticleRoot.Descendants())
        {
            if (!seenHeadline && node == page.Headline) seenHeadline = true;
            if (!node.IsText || node.Parent?.Name is "script" or "style" or "noscript" || string.IsNullOrWhiteSpace(node.Text)) continue;
            scanned += node.Text.Length;
            if (!seenHeadline)
            {
                // Keep only the last stretch before the headline: kickers and datelines sit right above it.
                before.Append(node.Text).Append(' ');
                if (before.Length > 4 * TextBeforeHeadline) before.Remove(0, before.Length - TextBeforeHeadline);
                if (scanned > 500_000) break;
                continue;
            }
            after.Append(node.Text).Append(' ');
            if (after.Length > TextAfterHeadline) break;
        }
        var head = MetadataText.Clean(before.ToString()) ?? "";
        if (head.Length > TextBeforeHeadline) head = head[^TextBeforeHeadline..];
        var tail = MetadataText.Clean(after.ToString()) ?? "";
        if (tail.Length > TextAfterHeadline) tail = tail[..TextAfterHeadline];
        return head.Length == 0 ? tail : head + " " + tail;
    }

    private static Sourced<PageDate>? Choose(List<Candidate> candidates, string what, List<MetadataProblem> problems)
    {
        if (candidates.Count == 0) return null;
        var chosen = candidates[0];
        // A later source that agrees on the day but gives the time of day (the URL gives the day, JSON-LD the minute)
        // makes the value more precise without changing what it says.
        foreach (var later in candidates.Skip(1))
            if (later.Date.Precision > chosen.Date.Precision && chosen.Date.Precision >= DatePrecision.Day && later.Date.SameDayAs(chosen.Date))
                chosen = later with { Reliability = Math.Max(later.Reliability, chosen.Reliability) };

        var confidence = chosen.Reliability;
        foreach (var other in candidates)
        {
            if (ReferenceEquals(other, chosen) || other.Evidence == chosen.Evidence) continue;
            if (other.Date.SameDayAs(chosen.Date) || SameMonthAtMonthPrecision(other.Date, chosen.Date))
                confidence = 1 - (1 - confidence) * (1 - 0.5 * other.Reliability);
            else
            {
                confidence *= 1 - 0.3 * other.Reliability;
                if (chosen.Structured && other.Structured)
                    problems.Add(new MetadataProblem(DiagnosticCodes.ConflictingMetadataDates, Severity.Info,
                        $"the page gives two {what} dates: {chosen.Date.ToIso()} ({chosen.Evidence}) and {other.Date.ToIso()} ({other.Evidence}); the first was kept"));
            }
        }
        return new Sourced<PageDate>(chosen.Date, chosen.Evidence, Math.Clamp(confidence, 0.05, 0.99));
    }

    private static bool SameMonthAtMonthPrecision(PageDate a, PageDate b) =>
        (a.Precision == DatePrecision.Month || b.Precision == DatePrecision.Month) && a.Instant.Year == b.Instant.Year && a.Instant.Month == b.Instant.Month;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDay();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0?[1-9]|1[0-2])/", RegexOptions.CultureInvariant)]
    private static partial Regex UrlMonth();

    [GeneratedRegex(@"updated|modified|edited|revised|aktualisiert|actualis|mis-?\s?à-?\s?jour|atualizad|aggiornat|bijgewerkt", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateWord();

    [GeneratedRegex(@"updat|modif|edited|revis", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateHint();

    [GeneratedRegex(@"publish|posted|created|pubdate|dateline|byline|entry-date|article-date|post-date|timestamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishHint();
}
