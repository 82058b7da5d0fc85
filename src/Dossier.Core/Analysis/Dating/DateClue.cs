using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>Whether the sentence of a date tells of something done, something to come, or neither.</summary>
public enum ClueTense : byte
{
    Unknown,
    Past,
    Future,
}

/// <summary>A week named relative to the time of writing: "last week", "this week", "next week".</summary>
public enum RelativeWeek : byte
{
    None,
    Last,
    This,
    Next,
}

/// <summary>
/// A date an article mentions, as far as its text fixes it without knowing when it was written: "June 9, 2025" (all
/// of it), "June 10" (no year), "on Friday" (a weekday), "next week" (a week relative to the writing), and the tense
/// of the sentence it is in. The evidence is the expression's span.
/// </summary>
public readonly record struct DateClue(
    TextSpan Evidence, int? Year, int? Month, int? Day, DayOfWeek? Weekday, RelativeWeek Week, ClueTense Tense)
{
    /// <summary>A month and a day: enough to place the writing once the year is known.</summary>
    public bool HasDay => Month is not null && Day is not null;

    /// <summary>The calendar day in the given year (the clue's own year when it has one), or null when there is no such day.</summary>
    public DateOnly? In(int year)
    {
        if (!HasDay) return null;
        int y = Year ?? year;
        return Day <= DateTime.DaysInMonth(y, Month!.Value) ? new DateOnly(y, Month!.Value, Day!.Value) : null;
    }
}

/// <summary>When an article was most probably written, how sure the estimate is (0–1), which spans it rests on, and how.</summary>
public sealed record InferredDate(DateOnly Date, double Confidence, IReadOnlyList<TextSpan> Evidence, string Method);
