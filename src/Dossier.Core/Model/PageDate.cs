using System.Globalization;

namespace Dossier.Core.Model;

/// <summary>How much of a date a page gave: "2025", "2025-06", "2025-06-09", "2025-06-09T10:00" or "2025-06-09T10:00:30".</summary>
public enum DatePrecision : byte
{
    Year,
    Month,
    Day,
    Minute,
    Second,
}

/// <summary>
/// A date as a page wrote it: the instant, how precise the page was, and whether it named a time zone. Pages often
/// give only a day, or a wall-clock time without a zone; keeping that apart from the instant stops later stages from
/// reading "2025-06-09" as "midnight UTC on the 9th" and comparing it to the minute with another source.
/// </summary>
public readonly record struct PageDate
{
    /// <param name="instant">
    /// For a value without a zone, the wall-clock time with offset zero; for a value coarser than a second, the
    /// first instant of the period (the 1st of the month, midnight, the minute's start).
    /// </param>
    public PageDate(DateTimeOffset instant, DatePrecision precision, bool hasZone)
    {
        // A zone means nothing without a time of day, so a day-precision value never claims one.
        HasZone = hasZone && precision >= DatePrecision.Minute;
        Precision = precision;
        Instant = Truncate(HasZone ? instant : new DateTimeOffset(instant.DateTime, TimeSpan.Zero), precision);
    }

    public DateTimeOffset Instant { get; }

    public DatePrecision Precision { get; }

    public bool HasZone { get; }

    /// <summary>The calendar day as the page wrote it (in the page's own offset), or the period's first day.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Instant.DateTime);

    /// <summary>A date that came as a full instant from a source that is not a page (a JSON record, the store).</summary>
    public static PageDate Exact(DateTimeOffset instant) => new(instant, DatePrecision.Second, hasZone: true);

    /// <summary>ISO 8601 at exactly the precision and zone the page gave: "2025", "2025-06-09", "2025-06-09T10:00+01:00".</summary>
    public string ToIso()
    {
        var format = Precision switch
        {
            DatePrecision.Year => "yyyy",
            DatePrecision.Month => "yyyy-MM",
            DatePrecision.Day => "yyyy-MM-dd",
            DatePrecision.Minute => "yyyy-MM-dd'T'HH:mm",
            _ => "yyyy-MM-dd'T'HH:mm:ss",
        };
        var text = Instant.ToString(format, CultureInfo.InvariantCulture);
        return HasZone ? text + Instant.ToString("zzz", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>
    /// Whether two dates fall on the same calendar day: in this date's offset when both name a zone (the same instant
    /// written in two zones can straddle midnight), else as each page wrote it.
    /// </summary>
    public bool SameDayAs(PageDate other)
    {
        if (Precision < DatePrecision.Day || other.Precision < DatePrecision.Day) return false;
        if (HasZone && other.HasZone) return Day == DateOnly.FromDateTime(other.Instant.ToOffset(Instant.Offset).DateTime);
        return Day == other.Day;
    }

    public override string ToString() => ToIso();

    private static DateTimeOffset Truncate(DateTimeOffset value, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateTimeOffset(value.Year, 1, 1, 0, 0, 0, value.Offset),
        DatePrecision.Month => new DateTimeOffset(value.Year, value.Month, 1, 0, 0, 0, value.Offset),
        DatePrecision.Day => new DateTimeOffset(value.Year, value.Month, value.Day, 0, 0, 0, value.Offset),
        DatePrecision.Minute => new DateTimeOffset(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, value.Offset),
        // Fractions of a second are kept: an instant handed over whole (Exact) must come back the same.
        _ => value,
    };
}
