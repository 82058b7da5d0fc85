using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>
/// Words set in quotation marks: one piece per paragraph the quotation runs over (news re-opens a quotation at each
/// new paragraph and closes it only at the end), each piece the text inside the marks.
/// </summary>
/// <param name="Content">The text inside the marks, one piece per paragraph, in text order, never empty.</param>
/// <param name="Extent">From the opening mark to the closing mark (or the end of the last piece when never closed).</param>
/// <param name="Closed">False when the paragraph ended, or a new quotation opened, before a closing mark came.</param>
/// <param name="Parent">The index of the quotation this one is nested in (single marks inside double ones), or -1.</param>
public sealed record Quotation(IReadOnlyList<TextSpan> Content, TextSpan Extent, bool Closed, int Parent)
{
    public bool IsNested => Parent >= 0;

    /// <summary>The quoted words, pieces joined by a space.</summary>
    public string TextIn(string text) => string.Join(" ", Content.Select(c => text.Substring(c.Start, c.Length)));

    public bool Overlaps(TextSpan span) => Content.Any(c => c.Start < span.End && span.Start < c.End);
}
