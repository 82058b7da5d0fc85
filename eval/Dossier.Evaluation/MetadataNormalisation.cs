using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Evaluation;

/// <summary>
/// How `dossier evaluate metadata` decides that a predicted value equals the gold one (docs/EVALUATION.md, section
/// "metadata"). Each rule removes a difference of form, never of content: a prediction that names another person,
/// another day or another headline stays wrong. Written apart from the reader's own cleaning, so that a mistake in
/// the reader cannot also be a mistake in how it is judged.
/// </summary>
public static partial class MetadataNormalisation
{
    /// <summary>Entities decoded, compatibility forms unified, typographic quotes and dashes as ASCII, lower case, one space.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var decoded = WebUtility.HtmlDecode(value).Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(decoded.Length);
        var space = false;
        foreach (var raw in decoded)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // What sets a site's name off a title. After Text(), every dash is "-".
    // Not the colon: "Port strike: what we know" is one headline, and cutting there would make a partial title right.
    private static readonly string[] TitleSeparators = [" | ", " - ", " :: ", " · ", " • ", " » ", " / ", "_", " ~ "];
    private const int MaxAffixWords = 6;

    /// <summary>
    /// Titles match when equal after <see cref="Text"/>, or when one is the other plus a site name at its start or end:
    /// behind a separator, at most six words, and either shorter than the rest or at most two words
    /// ("Talks resume | Harbor Ledger" = "Talks resume"; "Saltmere - Harbor Wiki" = "Saltmere").
    /// </summary>
    public static bool TitlesMatch(string? gold, string? predicted)
    {
        var g = Text(gold);
        var p = Text(predicted);
        if (g.Length == 0 || p.Length == 0) return false;
        return g == p || IsWithAffix(g, p) || IsWithAffix(p, g);
    }

    private static bool IsWithAffix(string longer, string core)
    {
        if (longer.Length <= core.Length) return false;
        foreach (var separator in TitleSeparators)
        {
            // "_" and "|" also appear without spaces, or with a space on one side only ("标题 _网站").
            var bare = separator.Trim();
            var loose = bare is "_" or "|";
            if (longer.StartsWith(core, StringComparison.Ordinal))
            {
                var rest = longer[core.Length..];
                if (loose) rest = rest.TrimStart();
                if (rest.StartsWith(loose ? bare : separator, StringComparison.Ordinal) && IsAffix(rest[(loose ? bare : separator).Length..].Trim(), core)) return true;
            }
            if (longer.EndsWith(core, StringComparison.Ordinal))
            {
                var rest = longer[..^core.Length];
                if (loose) rest = rest.TrimEnd();
                if (rest.EndsWith(loose ? bare : separator, StringComparison.Ordinal) && IsAffix(rest[..^(loose ? bare : separator).Length].Trim(), core)) return true;
            }
        }
        return false;
    }

    private static bool IsAffix(string affix, string core) =>
        affix.Trim().Length > 0 && WordsIn(affix) <= MaxAffixWords && (affix.Length < core.Length || WordsIn(affix) <= 2);

    private static int WordsIn(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// The words of a byline as written: links and e-mail addresses removed; everything from the first digit of each
    /// line on removed (a date, a time or a count follows the name); "by", its equivalents and connectors removed;
    /// pieces made only of month, weekday and "updated"/"published" words removed. A set, so that order, commas and
    /// "Doe, Jane" do not matter.
    /// </summary>
    public static HashSet<string> BylineWords(string? byline) => Words(byline, personsOnly: false);

    /// <summary>
    /// The words of the people a gold byline names: <see cref="BylineWords"/>, but each piece between commas, "and" and
    /// line breaks that holds an organisation or page-label word ("Harbor Health News", "Contributors to the
    /// Example wiki", "Follow") is dropped, and so are degrees ("MA", "PhD"). Empty when it names no person.
    /// </summary>
    public static HashSet<string> GoldPersonWords(string? byline) => Words(byline, personsOnly: true);

    /// <summary>The words of predicted author names, taken as they are: nothing is filtered out of a prediction.</summary>
    public static HashSet<string> AuthorWords(IEnumerable<string> names)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
            foreach (var word in WordPattern().Matches(Text(name)).Select(m => m.Value.Trim('.', '\'', '-')))
                if (word.Length > 0) words.Add(word);
        return words;
    }

    private static HashSet<string> Words(string? byline, bool personsOnly)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(byline)) return words;
        foreach (var rawLine in WebUtility.HtmlDecode(byline).Split('\n'))
        {
            var line = Links().Replace(rawLine, " ");
            var digit = line.IndexOfAny("0123456789".ToCharArray());
            if (digit >= 0) line = line[..digit];
            foreach (var piece in PieceSeparators().Split(Text(line)))
            {
                var pieceWords = WordPattern().Matches(piece).Select(m => m.Value.Trim('.', '\'', '-'))
                    .Where(w => w.Length > 0 && !NotNameWords.Contains(w)).ToList();
                // A piece of date words only ("Updated: January") is a date; inside a name ("Mary June Smith") they stay.
                if (pieceWords.All(DateWords.Contains)) continue;
                if (personsOnly && pieceWords.Any(OrganisationOrLabelWords.Contains)) continue;
                foreach (var word in pieceWords)
                    if (!personsOnly || !Degrees.Contains(word)) words.Add(word);
            }
        }
        return words;
    }

    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "by", "written", "par", "von", "por", "door", "and", "et", "avec", "y", "und", "with", "e", "&",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "updated", "published", "posted", "last", "on", "at", "am", "pm",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    // Words no person's name has but organisations and page labels do. Kept short: each entry removes gold pieces.
    private static readonly HashSet<string> OrganisationOrLabelWords = new(StringComparer.Ordinal)
    {
        "news", "press", "agency", "staff", "team", "editors", "media", "contributors", "organization", "organisation",
        "foundation", "projects", "follow", "author", "subscribe", "share",
    };

    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal) { "ma", "ba", "phd", "md", "msc", "mba", "mph", "rn", "jr", "sr" };

    [GeneratedRegex(@"\s*[,;&|/()]\s*|\s+(?:and|et|avec|y|und|with|e)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PieceSeparators();

    /// <summary>Same name after <see cref="Text"/>.</summary>
    public static bool SiteNamesMatch(string? gold, string? predicted) => Text(gold).Length > 0 && Text(gold) == Text(predicted);

    /// <summary>A gold date as written: the calendar day, the instant, and whether a zone was given.</summary>
    public readonly record struct GoldDate(DateOnly Day, DateTimeOffset Instant, bool HasTime, bool HasZone);

    /// <summary>Reads the ISO-like gold dates ("2015-07-24T05:36:09+01:00", "2017-11-03 03:01:00.000000", "2024-06-25").</summary>
    public static GoldDate? ParseGoldDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = GoldDatePattern().Match(value.Trim());
        if (!m.Success) return null;
        int N(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var day = new DateOnly(N("y"), N("mo"), N("d"));
            var hasTime = m.Groups["h"].Success;
            var zone = m.Groups["z"].Value;
            var offset = TimeSpan.Zero;
            if (zone.Length > 1)
            {
                var digits = zone[1..].Replace(":", "");
                offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0, 0);
                if (zone[0] == '-') offset = -offset;
            }
            var instant = new DateTimeOffset(day.Year, day.Month, day.Day, N("h"), N("mi"), N("s"), offset);
            return new GoldDate(day, instant, hasTime, zone.Length > 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>
    /// Same calendar day. When both sides give a time with a zone, the predicted instant is read in the gold's offset
    /// (one instant is one day there); otherwise the days are compared as each side wrote them.
    /// </summary>
    public static bool SameDay(GoldDate gold, DateTimeOffset predictedInstant, bool predictedHasZone)
    {
        var predictedDay = gold.HasZone && gold.HasTime && predictedHasZone
            ? DateOnly.FromDateTime(predictedInstant.ToOffset(gold.Instant.Offset).DateTime)
            : DateOnly.FromDateTime(predictedInstant.DateTime);
        return predictedDay == gold.Day;
    }

    /// <summary>"en-US", "en_us", "EN" give "en".</summary>
    public static string PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return "";
        return tag.Trim().Split('-', '_')[0].ToLowerInvariant();
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\w+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}.'\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?<z>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoldDatePattern();
}
