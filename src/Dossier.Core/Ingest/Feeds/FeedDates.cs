using System.Globalization;

namespace Dossier.Core.Ingest.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822 in RSS ("Tue, 10 Jun 2026 14:30:00 +0200", with zone names such as GMT or EST,
/// two-digit years, missing seconds or weekday), and RFC 3339 in Atom and JSON Feed. Many RSS feeds use ISO 8601
/// instead, so both forms are tried everywhere. A date without a zone is taken as UTC.
/// </summary>
public static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        return TryParseRfc822(trimmed, out value)
            || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    private static bool TryParseRfc822(string text, out DateTimeOffset value)
    {
        value = default;
        // The weekday adds nothing and is often wrong; drop it.
        var comma = text.IndexOf(',');
        if (comma >= 0 && comma <= 10) text = text[(comma + 1)..];
        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4) return false;

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return false;
        var month = Array.IndexOf(Months, parts[1].Length >= 3 ? parts[1][..3].ToLowerInvariant() : "") + 1;
        if (month == 0) return false;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (parts[2].Length == 2) year += year < 50 ? 2000 : 1900;

        var clock = parts[3].Split(':');
        if (clock.Length is < 2 or > 3) return false;
        var hms = new int[3];
        for (var i = 0; i < clock.Length; i++)
            if (!int.TryParse(clock[i], NumberStyles.None, CultureInfo.InvariantCulture, out hms[i])) return false;

        var offset = TimeSpan.Zero;
        if (parts.Length >= 5 && !TryZone(parts[4], out offset)) return false;
        try
        {
            value = new DateTimeOffset(year, month, day, hms[0], hms[1], hms[2], offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool TryZone(string zone, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }
        var digits = zone.Replace(":", "");
        if (digits.Length == 5 && digits[0] is '+' or '-'
            && int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && h <= 14 && m < 60)
        {
            offset = new TimeSpan(h, m, 0) * (digits[0] == '-' ? -1 : 1);
            return true;
        }
        // Single-letter military zones are ambiguous in practice (RFC 1123 says to read them as UTC).
        if (zone.Length == 1 && char.IsAsciiLetter(zone[0])) return true;
        return false;
    }
}
