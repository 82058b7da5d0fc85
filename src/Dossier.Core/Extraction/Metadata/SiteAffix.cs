namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Splits the site's name off a page title: "Talks resume | The Harbor Ledger", "Harbor Ledger - Talks resume",
/// "新闻标题_科技_港口网". A cut is <see cref="AffixKind.Site"/> when the piece cut off is the outlet's name or its host
/// name, and <see cref="AffixKind.Likely"/> when it is merely short and behind a separator titles use for site names.
/// </summary>
public static class SiteAffix
{
    public enum AffixKind : byte
    {
        /// <summary>The cut piece is the outlet's name or its host's: certainly not part of the headline.</summary>
        Site,

        /// <summary>The cut piece is short and set off the way site names are; it may still be part of the headline.</summary>
        Likely,
    }

    public readonly record struct Cut(string Core, string Affix, AffixKind Kind, bool AtEnd);

    // Separators a headline rarely contains with spaces around it. A colon is only trusted with a known site name.
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « ", " / ", " ~ ", "_", "|", " -- "];
    private const int MaxLikelyAffixWords = 4;
    private const int MaxLikelyAffixChars = 32;
    private const int MaxLikelyPrefixWords = 3;

    /// <summary>The ways to cut a site name off the title (the end first), best first; empty when none applies.</summary>
    public static List<Cut> Cuts(string title, string? siteName, string? host)
    {
        var cuts = new List<Cut>();
        var site = siteName is null ? null : MetadataText.Squash(siteName);
        var hostKey = HostKey(host);
        foreach (var separator in Separators.Append(": "))
        {
            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0) Consider(title[..last], title[(last + separator.Length)..], atEnd: true, separator);
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0) Consider(title[(first + separator.Length)..], title[..first], atEnd: false, separator);
        }
        return cuts.OrderBy(c => c.Kind).ThenByDescending(c => c.AtEnd).ThenByDescending(c => c.Core.Length).ToList();

        void Consider(string core, string affix, bool atEnd, string separator)
        {
            core = core.Trim();
            affix = affix.Trim();
            if (core.Length == 0 || affix.Length == 0 || cuts.Any(c => c.Core == core)) return;
            var key = MetadataText.Squash(affix);
            if (key.Length == 0) return;
            // "Harbor Ledger Online" still names the Harbor Ledger; a long piece that merely contains the name does not.
            var isSite = (site is { Length: >= 2 } && (key == site || (key.Length >= 4 && site.Length >= 4 && key.Length <= 2 * site.Length && site.Length <= 2 * key.Length && (key.Contains(site) || site.Contains(key)))))
                || (hostKey is { Length: >= 3 } && (key == hostKey || key.StartsWith(hostKey, StringComparison.Ordinal) && key.Length <= hostKey.Length + 4));
            if (isSite)
            {
                cuts.Add(new Cut(core, affix, AffixKind.Site, atEnd));
                return;
            }
            // Without proof, only a short piece behind a separator that rarely occurs inside a headline counts as a
            // probable site name.
            if (separator == ": " || affix.Length > MaxLikelyAffixChars || MetadataText.WordCount(affix) > MaxLikelyAffixWords) return;
            if (MetadataText.WordCount(core) < 2 && core.Length < 8) return;
            // Site names open a title less often than they close it; a longer opening piece is the headline's own.
            if (!atEnd && (affix.Length >= core.Length || MetadataText.WordCount(affix) > MaxLikelyPrefixWords)) return;
            cuts.Add(new Cut(core, affix, AffixKind.Likely, atEnd));
        }
    }

    /// <summary>"www.harbor-ledger.co.uk" gives "harborledger": the registrable name, for comparing with a title's affix.</summary>
    public static string? HostKey(string? host)
    {
        if (string.IsNullOrEmpty(host)) return null;
        var labels = host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (labels.Count > 0 && labels[0] is "www" or "m" or "amp" or "mobile") labels.RemoveAt(0);
        if (labels.Count >= 3 && labels[^1].Length == 2 && labels[^2].Length <= 3) labels.RemoveRange(labels.Count - 2, 2); // example.co.uk
        else if (labels.Count >= 2) labels.RemoveAt(labels.Count - 1);
        return labels.Count == 0 ? null : MetadataText.Squash(labels[^1]);
    }
}
