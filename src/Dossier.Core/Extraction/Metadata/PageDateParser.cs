using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Reads the dates pages write: ISO 8601 and its loose variants ("2017-11-03 03:01:00.000000", "+0100"), RFC 1123
/// ("Thu, 24 Jul 2015 05:36:09 GMT"), Unix timestamps, and written dates in the main Western European languages
/// ("July 24, 2015 3:46 PM", "1. November 2021", "21 de dezembro de 2018"). The precision and zone are kept as given.
/// Numeric dates with slashes ("04/05/2018") are refused: month-first and day-first pages look the same.
/// </summary>
public static partial class PageDateParser
{
    // Earlier or later years are typos or placeholders ("0001-01-01") rather than news.
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    // Longer inputs are prose, not a date value; Find looks only at the start of long texts.
    private const int MaxValueLength = 80;
    private const int MaxTextLength = 4000;

    /// <summary>A whole metadata value as a date, or null when it is not one.</summary>
    public static PageDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length > MaxValueLength) return null;
        if (IsoPattern().Match(value) is { Success: true } iso) return FromIso(iso);
        if (EpochPattern().IsMatch(value)) return FromEpoch(value);
        var written = WrittenDates(value).FirstOrDefault();
        // A written date must be most of the value: "Updated 3 times since 2019" is not a date.
        return written.Date is { } date && written.Length >= value.Length * 0.6 ? date : null;
    }

    /// <summary>The first written or ISO date in a piece of visible text ("Published June 9, 2025 at 10:02 am"), with where it starts.</summary>
    public static (PageDate Date, int Index)? Find(string text)
    {
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        // Every pattern needs a four-digit year; most text has none, and the patterns are slow to say so.
        if (!HasFourDigits(text)) return null;
        (PageDate Date, int Index)? best = null;
        foreach (var written in WrittenDates(text))
        {
            best = (written.Date, written.Index);
            break;
        }
        foreach (Match m in IsoInText().Matches(text))
        {
            if (best is { } b && b.Index <= m.Index) break;
            if (FromIso(m) is { } date) { best = (date, m.Index); break; }
        }
        return best;
    }

    /// <summary>Whether the text has four digits in a row (as \d counts them: any decimal digit, not only ASCII).</summary>
    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
            if (!char.IsDigit(c)) run = 0;
            else if (++run == 4) return true;
        return false;
    }

    private static PageDate? FromIso(Match m)
    {
        var year = Number(m, "y");
        var month = Number(m, "mo");
        var day = Number(m, "d");
        var hour = Number(m, "h");
        var minute = Number(m, "mi");
        var second = Number(m, "s");
        var precision = second is not null ? DatePrecision.Second
            : minute is not null ? DatePrecision.Minute
            : day is not null ? DatePrecision.Day
            : month is not null ? DatePrecision.Month
            : DatePrecision.Year;
        // A bare four-digit number is more often a count than a year.
        if (precision == DatePrecision.Year) return null;
        var fraction = m.Groups["f"].Success ? FractionTicks(m.Groups["f"].Value) : 0;
        return Build(year!.Value, month ?? 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, fraction, m.Groups["z"].Value, precision);
    }

    private static PageDate? FromEpoch(string value)
    {
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return null;
        // Thirteen digits are milliseconds (JavaScript's Date.now()), ten are seconds.
        var seconds = value.Length >= 13 ? number / 1000 : number;
        if (seconds < 0 || seconds > 4_102_444_800) return null;
        var instant = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return instant.Year < MinYear ? null : new PageDate(instant, DatePrecision.Second, hasZone: true);
    }

    private readonly record struct WrittenDate(PageDate Date, int Index, int Length);

    private static IEnumerable<WrittenDate> WrittenDates(string text)
    {
        var candidates = new List<WrittenDate>();
        foreach (var pattern in (Regex[])[MonthFirst(), DayFirst(), DottedDayFirst()])
        {
            foreach (Match m in pattern.Matches(text))
            {
                int? month = m.Groups["mon"].Success ? MonthNames.Of(m.Groups["mon"].Value) : Number(m, "mo");
                if (month is null) continue;
                var time = TimePattern().Match(text, m.Index + m.Length);
                int hour = 0, minute = 0, second = 0;
                var precision = DatePrecision.Day;
                var zone = "";
                var end = m.Index + m.Length;
                if (time.Success && time.Index == end && ToClock(time, out hour, out minute, out second, out precision))
                {
                    zone = time.Groups["z"].Value;
                    end = time.Index + time.Length;
                }
                if (Build(Number(m, "y")!.Value, month.Value, Number(m, "d")!.Value, hour, minute, second, 0, zone, precision) is { } date)
                {
                    candidates.Add(new WrittenDate(date, m.Index, end - m.Index));
                    break;
                }
            }
        }
        return candidates.OrderBy(c => c.Index);
    }

    private static bool ToClock(Match time, out int hour, out int minute, out int second, out DatePrecision precision)
    {
        hour = Number(time, "h")!.Value;
        minute = Number(time, "mi")!.Value;
        second = Number(time, "s") ?? 0;
        precision = time.Groups["s"].Success ? DatePrecision.Second : DatePrecision.Minute;
        if (time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return false;
            var pm = char.ToLowerInvariant(time.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour < 24 && minute < 60 && second < 60;
    }

    private static PageDate? Build(int year, int month, int day, int hour, int minute, int second, long fractionTicks, string zone, DatePrecision precision)
    {
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (hour > 23 || minute > 59 || second > 60) return null;
        if (second == 60) second = 59; // a leap second: one second off is better than no date
        var offset = ZoneOffset(zone, out var known);
        if (zone.Length > 0 && !known) offset = TimeSpan.Zero;
        try
        {
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
            return new PageDate(new DateTimeOffset(local, offset), precision, hasZone: known);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // an offset beyond ±14 hours
        }
    }

    /// <summary>The offset a zone designator names; unknown names give no zone rather than a guess.</summary>
    private static TimeSpan ZoneOffset(string zone, out bool known)
    {
        known = true;
        zone = zone.Trim();
        if (zone.Length == 0) { known = false; return TimeSpan.Zero; }
        if (zone[0] is '+' or '-' or '\u2212')
        {
            var digits = zone[1..].Replace(":", "");
            if (digits.Length is 2 or 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
            {
                var hours = digits.Length == 2 ? hhmm : hhmm / 100;
                var minutes = digits.Length == 2 ? 0 : hhmm % 100;
                if (hours <= 14 && minutes < 60)
                {
                    var span = new TimeSpan(hours, minutes, 0);
                    return zone[0] == '+' ? span : -span;
                }
            }
            known = false;
            return TimeSpan.Zero;
        }
        if (ZoneNames.TryGetValue(zone, out var hoursOff)) return TimeSpan.FromHours(hoursOff);
        known = false;
        return TimeSpan.Zero;
    }

    // Only the zone abbreviations that are unambiguous in news pages; "IST" or "CST" in Asia would be guesses.
    private static readonly Dictionary<string, double> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["UT"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MEZ"] = 1, ["MESZ"] = 2,
    };

    private static int? Number(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static long FractionTicks(string digits)
    {
        // Ticks are 1e-7 s: keep at most seven digits and pad the rest.
        var seven = digits.Length >= 7 ? digits[..7] : digits.PadRight(7, '0');
        return long.Parse(seven, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private const string Zone = @"(?<z>Z|[+\-\u2212]\d{2}(?::?\d{2})?|\s?(?:UTC|GMT|UT|[ECMP][SD]T|BST|CES?T|EES?T|MES?Z)\b)?";

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<mo>\d{1,2})(?:[-/.](?<d>\d{1,2})(?:(?:T|\s+|T\s*)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?\s*" + Zone + @")?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d/.\-])(?<y>(?:19|20)\d{2})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?" + Zone + @")?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"^\d{10}(?:\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EpochPattern();

    // "July 24, 2015", "Jul. 24 2015", "Thu, Jul 24th, 2015"
    [GeneratedRegex(@"(?<![\p{L}])(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    // "24 July 2015", "1. November 2021", "21 de dezembro de 2018", "Thu, 24 Jul 2015"
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayFirst();

    // "24.07.2015": day first wherever dots are used.
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<mo>\d{1,2})\.(?<y>(?:19|20)\d{2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDayFirst();

    // ", 3:46 PM EST", " at 6:01 am", " - 10:43", " um 10.52 Uhr"
    [GeneratedRegex(@"\G,?\s*(?:at|um|à|às|a las|alle|@|-|–|—|\|)?\s*(?<h>\d{1,2})[:.h](?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ampm>[aApP])\.?\s?[mM]\.?)?(?:\s*(?:Uhr|h)\b)?" + Zone, RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
