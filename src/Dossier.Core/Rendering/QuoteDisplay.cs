using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>
/// What the Markdown and HTML reports show of a story's quotes and attributions, and how much: a story of fifty
/// articles can hold hundreds of quotes, and the page says how many it left out (the JSON has them all).
/// </summary>
internal static class QuoteDisplay
{
    public const int MaxQuotes = 25;
    public const int MaxReported = 15;
    public const int MaxVariants = 4;
    public const int MaxQuoteChars = 300;
    public const int MaxOutlets = 20;
    public const int MaxClaims = 3;
    public const int MaxClaimChars = 200;

    /// <summary>The quote's text in curly marks, shortened.</summary>
    public static string Quoted(string text) => "\u201C" + MarkdownReportWriter.Shorten(text, MaxQuoteChars) + "\u201D";

    /// <summary>"Speaker (cue): content", the content shortened, for a line of reported speech.</summary>
    public static (string Speaker, string? Cue, string Text) Reported(ReportedStatement statement) =>
        (statement.Speaker.Name, statement.CueText, MarkdownReportWriter.Shorten(statement.Text, MaxQuoteChars));

    /// <summary>The speaker to show: the name, or "unattributed".</summary>
    public static string Speaker(StoryQuote quote) => quote.Speaker?.Name ?? "unattributed";

    /// <summary>
    /// A variant's word changes against the first wording, as "old → new" pairs ("well. → smoothly,"); a word only
    /// one side has shows as "−old" or "+new". Null when the wordings are the same.
    /// </summary>
    public static string? Changes(QuoteVariant variant)
    {
        if (variant.Difference.Count == 0) return null;
        var parts = new List<string>();
        var segments = variant.Difference;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Kind == DiffKind.Same) continue;
            if (segment.Kind == DiffKind.Removed && i + 1 < segments.Count && segments[i + 1].Kind == DiffKind.Added)
            {
                parts.Add($"{Short(segment.Text)} \u2192 {Short(segments[i + 1].Text)}");
                i++;
                continue;
            }
            parts.Add((segment.Kind == DiffKind.Removed ? "\u2212" : "+") + Short(segment.Text));
        }
        return parts.Count == 0 ? null : string.Join("; ", parts.Take(8)) + (parts.Count > 8 ? $"; and {parts.Count - 8} more" : "");
    }

    private static string Short(string text) => MarkdownReportWriter.Shorten(text, 60);

    /// <summary>"cited by 2 articles (Outlet A, Outlet B)"; "cited by 2 articles, 1 independent source (…)" when one reprints the other.</summary>
    public static string Reach(CitedOutlet outlet)
    {
        var count = outlet.ArticleIds.Count;
        var outlets = outlet.CitingOutlets.Count > 0 ? $" ({string.Join(", ", outlet.CitingOutlets)})" : "";
        var sources = outlet.Sources < count ? $", {outlet.Sources} independent source{(outlet.Sources == 1 ? "" : "s")}" : "";
        return $"cited by {count} article{(count == 1 ? "" : "s")}{sources}{outlets}";
    }
}
