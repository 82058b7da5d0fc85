using System.Globalization;

namespace Dossier.Core.Analysis.Time;

/// <summary>How coarse a calendar point is: the unit its TimeML value names.</summary>
public enum TimeGrain : byte
{
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    PartOfDay,
    Hour,
    Minute,
}

/// <summary>
/// A period on the calendar: its grain and the first day of it (a quarter is its first month's 1st, a week its
/// Monday), plus the part of day or the clock time for the finer grains. Shifting it ("a year earlier") moves the
/// day and keeps the grain, so "the third quarter" a year back is still a quarter.
/// </summary>
public readonly record struct TimePoint(TimeGrain Grain, DateOnly Start, int Hour = 0, int Minute = 0, string? PartOfDay = null, bool YearUnknown = false)
{
    private static readonly string[] Seasons = ["WI", "SP", "SU", "FA"];

    /// <summary>The period of the given grain that contains the day.</summary>
    public static TimePoint Containing(TimeGrain grain, DateOnly day)
    {
        var start = grain switch
        {
            TimeGrain.Century => new DateOnly(day.Year / 100 * 100 is 0 ? 1 : day.Year / 100 * 100, 1, 1),
            TimeGrain.Decade => new DateOnly(Math.Max(1, day.Year / 10 * 10), 1, 1),
            TimeGrain.Year => new DateOnly(day.Year, 1, 1),
            TimeGrain.Half => new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1),
            TimeGrain.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            TimeGrain.Season => SeasonStart(day),
            TimeGrain.Month => new DateOnly(day.Year, day.Month, 1),
            TimeGrain.Week or TimeGrain.Weekend => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            _ => day,
        };
        return new TimePoint(grain, start);
    }

    /// <summary>The same grain moved by <paramref name="count"/> units; the unit defaults to the grain itself.</summary>
    public TimePoint Shift(TimeGrain unit, int count)
    {
        if (count == 0) return this;
        var day = unit switch
        {
            TimeGrain.Century => Start.AddYears(100 * count),
            TimeGrain.Decade => Start.AddYears(10 * count),
            TimeGrain.Year => Start.AddYears(count),
            TimeGrain.Half => Start.AddMonths(6 * count),
            TimeGrain.Quarter => Start.AddMonths(3 * count),
            TimeGrain.Season => Start.AddMonths(3 * count),
            TimeGrain.Month => Start.AddMonths(count),
            TimeGrain.Week or TimeGrain.Weekend => Start.AddDays(7 * count),
            _ => Start.AddDays(count),
        };
        var moved = Containing(Grain, day);
        return this with { Start = moved.Start };
    }

    public bool TryShift(TimeGrain unit, int count, out TimePoint shifted)
    {
        try
        {
            shifted = Shift(unit, count);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            shifted = this;
            return false;
        }
    }

    /// <summary>The TimeML value: "2025", "2025-Q2", "2025-SU", "2025-06", "2025-W24", "2025-06-09TMO", "2025-06-09T10:30".</summary>
    public string Value()
    {
        var ci = CultureInfo.InvariantCulture;
        string year = YearUnknown ? "XXXX" : Start.Year.ToString("0000", ci);
        return Grain switch
        {
            // A decade or century keeps the digits it names and masks the rest, as TimeML writes "the 1990s": "199X".
            TimeGrain.Century => YearUnknown ? "XXXX" : (Start.Year / 100).ToString("00", ci) + "XX",
            TimeGrain.Decade => YearUnknown ? "XXXX" : (Start.Year / 10).ToString("000", ci) + "X",
            TimeGrain.Year => year,
            TimeGrain.Half => $"{year}-H{(Start.Month <= 6 ? 1 : 2)}",
            TimeGrain.Quarter => $"{year}-Q{(Start.Month - 1) / 3 + 1}",
            TimeGrain.Season => $"{(YearUnknown ? "XXXX" : SeasonYear(Start).ToString("0000", ci))}-{Seasons[Start.Month / 3 % 4]}",
            TimeGrain.Month => $"{year}-{Start.Month:00}",
            TimeGrain.Week => YearUnknown ? "XXXX-WXX" : $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}",
            TimeGrain.Weekend => YearUnknown ? "XXXX-WXX-WE" : $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}-WE",
            TimeGrain.Day => $"{year}-{Start.Month:00}-{Start.Day:00}",
            TimeGrain.PartOfDay => $"{year}-{Start.Month:00}-{Start.Day:00}T{PartOfDay ?? "DT"}",
            TimeGrain.Hour => $"{year}-{Start.Month:00}-{Start.Day:00}T{Hour:00}:00",
            _ => $"{year}-{Start.Month:00}-{Start.Day:00}T{Hour:00}:{Minute:00}",
        };
    }

    public override string ToString() => Value();

    // Winter starts in December and is named by the year it starts in; the other seasons by their own year.
    private static DateOnly SeasonStart(DateOnly day)
    {
        int month = day.Month / 3 * 3;
        return month == 0 ? new DateOnly(day.Year - 1, 12, 1) : new DateOnly(day.Year, month, 1);
    }

    private static int SeasonYear(DateOnly start) => start.Year;
}
