using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Finds the headline. The publisher's structured title is trusted first, in this order: JSON-LD headline, Dublin Core,
/// og:title, twitter:title, analytics titles, itemprop="headline". The visible &lt;title&gt; and &lt;h1&gt; decide only when
/// there is none, by agreement, the &lt;title&gt; winning a tie. Then agreement among all sources decides the form: with
/// or without the site name ("Talks resume | Harbor Ledger" or "Talks resume"), and how sure the reader is.
/// </summary>
public static class TitleReader
{
    public sealed record Result(Sourced<string>? Title, string? CutSiteName);

    // Titles longer than this are a page's description or body, not its headline.
    private const int MaxTitleChars = 400;

    private sealed record Candidate(string Text, Evidence Evidence, double Weight, bool Structured);

    /// <param name="Key">The text folded for comparing (<see cref="MetadataText.Fold"/>), found once.</param>
    private sealed record Form(string Text, string? Affix, int Preference, string Key);

    public static Result Read(PageContext page, string? siteName, string? host)
    {
        var candidates = Candidates(page, siteName).ToList();
        if (candidates.Count == 0) return new Result(null, null);
        var readings = candidates.Select(c => FormsOf(c.Text, siteName, host)).ToList();

        // The headline's source: the first structured title, else the visible title or h1 that more sources support.
        var primary = candidates.FindIndex(c => c.Structured);
        // A JSON-LD object may give both a headline and a name; when only the name is confirmed elsewhere, the
        // "headline" is a description (some encyclopaedias put one there).
        if (primary >= 0 && candidates[primary].Evidence.Key == "headline" && candidates.FindIndex(c => c.Evidence is { Kind: EvidenceKind.JsonLd, Key: "name" }) is var name and >= 0
            && Support(MetadataText.Fold(candidates[primary].Text)) <= candidates[primary].Weight && Support(MetadataText.Fold(candidates[name].Text)) > candidates[name].Weight)
            primary = name;
        if (primary < 0)
            primary = Enumerable.Range(0, candidates.Count)
                .OrderByDescending(i => readings[i].Max(f => Support(f.Key)))
                .ThenBy(i => i)
                .First();

        var chosen = readings[primary]
            .OrderByDescending(f => Support(f.Key))
            .ThenBy(f => f.Preference)
            .First();
        var confidence = 1.0;
        for (var i = 0; i < candidates.Count; i++)
            if (Supports(i, chosen.Key)) confidence *= 1 - ReliabilityOf(candidates[i]);
        confidence = Math.Clamp(1 - confidence, 0.05, 0.99);
        return new Result(new Sourced<string>(chosen.Text, candidates[primary].Evidence, confidence), chosen.Affix);

        double Support(string key)
        {
            var total = 0.0;
            for (var i = 0; i < candidates.Count; i++)
                if (Supports(i, key)) total += candidates[i].Weight;
            return total;
        }

        bool Supports(int candidate, string key)
        {
            foreach (var form in readings[candidate])
                if (form.Key == key) return true;
            return false;
        }
    }

    /// <summary>
    /// The readings of one title, by preference: without a name that is surely the site's first; then, when the
    /// outlet is unknown, without a short piece set off like a site name; then whole; then other cuts.
    /// </summary>
    private static List<Form> FormsOf(string title, string? siteName, string? host)
    {
        var forms = new List<Form>();
        var cuts = SiteAffix.Cuts(title, siteName, host);
        var likelyBeatsWhole = siteName is null;
        foreach (var cut in cuts.Take(3))
        {
            var preference = cut.Kind == SiteAffix.AffixKind.Site ? 0 : likelyBeatsWhole ? 1 : 3;
            if (forms.Count > 0) preference += 2; // a second cut is a weaker reading than the best one
            forms.Add(new Form(cut.Core, cut.Affix, preference, MetadataText.Fold(cut.Core)));
        }
        forms.Add(new Form(title, null, 2, MetadataText.Fold(title)));
        return forms;
    }

    private static double ReliabilityOf(Candidate candidate) => candidate.Evidence.Kind switch
    {
        EvidenceKind.JsonLd or EvidenceKind.Meta => 0.6,
        _ => 0.5,
    };

    /// <summary>What the page offers as its title, in the order of trust.</summary>
    private static IEnumerable<Candidate> Candidates(PageContext page, string? siteName)
    {
        var offered = new List<Candidate>();
        Add(page.JsonLd.String("headline"), new Evidence(EvidenceKind.JsonLd, "headline"), 3, true);
        Add(page.JsonLd.String("name"), new Evidence(EvidenceKind.JsonLd, "name"), 2, true);
        // One tag listing two keys ("og:title twitter:title") is one source, not two.
        var usedTags = new HashSet<int>();
        // The RDFa form (property="dc:title") before the older name="DC.title".
        MetaTitle(["dc:title", "dcterms:title", "dc.title", "dcterms.title"], 3);
        MetaTitle(["og:title"], 3);
        MetaTitle(["twitter:title"], 2);
        MetaTitle(["parsely-title", "sailthru.title", "title"], 1.5);
        if (Microdata.Elements(page, "headline").Select(Microdata.ValueOf).FirstOrDefault(v => v is not null) is { } headline)
            Add(headline, new Evidence(EvidenceKind.Microdata, "headline"), 2, true);
        Add(page.Title, new Evidence(EvidenceKind.Title), 2, false);
        Add(page.Headline is { } h1 ? MetadataText.BoundedText(h1, 2 * MaxTitleChars) : null, new Evidence(EvidenceKind.Heading), 2, false);
        return offered;

        void MetaTitle(string[] keys, double weight)
        {
            foreach (var (key, content, order) in page.Meta.Tags(keys))
            {
                if (!usedTags.Add(order)) continue;
                Add(content, new Evidence(EvidenceKind.Meta, key), weight, true);
                return;
            }
        }

        void Add(string? raw, Evidence evidence, double weight, bool structured)
        {
            if (MetadataText.Clean(raw) is not { Length: >= 2 and <= MaxTitleChars } text) return;
            // A structured "title" that is only the site's name (a misconfigured template) says nothing about the article.
            if (structured && siteName is not null && MetadataText.Squash(text) == MetadataText.Squash(siteName)) return;
            offered.Add(new Candidate(text, evidence, weight, structured));
        }
    }
}
