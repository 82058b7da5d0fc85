using System.Collections.Frozen;

namespace Dossier.Core.Analysis.Time;

/// <summary>
/// The English words the time tagger knows, lower-cased and without full stops ("sept", "am"). Frozen: the grammar
/// looks words up in these tables many times per word of text, and a frozen table answers faster.
/// </summary>
internal static class TimeLexicon
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Plural weekdays ("on Tuesdays") name a set.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> WeekdayPlurals = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["mondays"] = DayOfWeek.Monday, ["tuesdays"] = DayOfWeek.Tuesday, ["wednesdays"] = DayOfWeek.Wednesday,
        ["thursdays"] = DayOfWeek.Thursday, ["fridays"] = DayOfWeek.Friday, ["saturdays"] = DayOfWeek.Saturday,
        ["sundays"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Units of time, singular and plural, as the grain they name.</summary>
    public static readonly FrozenDictionary<string, TimeGrain> Units = new Dictionary<string, TimeGrain>(StringComparer.Ordinal)
    {
        ["minute"] = TimeGrain.Minute, ["minutes"] = TimeGrain.Minute, ["hour"] = TimeGrain.Hour, ["hours"] = TimeGrain.Hour,
        ["day"] = TimeGrain.Day, ["days"] = TimeGrain.Day, ["week"] = TimeGrain.Week, ["weeks"] = TimeGrain.Week,
        ["month"] = TimeGrain.Month, ["months"] = TimeGrain.Month, ["quarter"] = TimeGrain.Quarter, ["quarters"] = TimeGrain.Quarter,
        ["year"] = TimeGrain.Year, ["years"] = TimeGrain.Year, ["decade"] = TimeGrain.Decade, ["decades"] = TimeGrain.Decade,
        ["century"] = TimeGrain.Century, ["centuries"] = TimeGrain.Century, ["weekend"] = TimeGrain.Weekend, ["weekends"] = TimeGrain.Weekend,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsPlural(string unit) => unit.EndsWith('s') || unit == "centuries";

    public static readonly FrozenDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that stand for an unknown number of units: "several years", "a few weeks".</summary>
    public static readonly FrozenSet<string> Vague = new HashSet<string>(StringComparer.Ordinal) { "several", "few", "many", "some", "couple" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Seasons = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["spring"] = 3, ["summer"] = 6, ["fall"] = 9, ["autumn"] = 9, ["winter"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, string> PartsOfDay = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["morning"] = "MO", ["afternoon"] = "AF", ["evening"] = "EV", ["night"] = "NI", ["overnight"] = "NI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before a number of units that loosen or bound it, with the modifier each gives.</summary>
    public static readonly FrozenDictionary<string, TimexMod> ApproxWords = new Dictionary<string, TimexMod>(StringComparer.Ordinal)
    {
        ["about"] = TimexMod.Approx, ["around"] = TimexMod.Approx, ["approximately"] = TimexMod.Approx,
        ["roughly"] = TimexMod.Approx, ["nearly"] = TimexMod.EqualOrLess, ["almost"] = TimexMod.EqualOrLess,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Adverbs that say "repeatedly, once per unit", with the TimeML value of the set.</summary>
    public static readonly FrozenDictionary<string, string> SetAdverbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["daily"] = "P1D", ["weekly"] = "P1W", ["monthly"] = "P1M", ["annually"] = "P1Y", ["yearly"] = "P1Y",
["hourly"] = "PT1H", ["nightly"] = "XXXX-XX-XXTNI",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Zones = new HashSet<string>(StringComparer.Ordinal)
    {
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "utc", "et", "pt", "cet", "cest",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>TimeML's letter for a unit in a duration ("P3D", "PT6H").</summary>
    public static string DurationUnit(TimeGrain unit) => unit switch
    {
        TimeGrain.Minute => "M",
        TimeGrain.Hour => "H",
        TimeGrain.Day => "D",
        TimeGrain.Week => "W",
        TimeGrain.Weekend => "WE",
        TimeGrain.Month => "M",
        TimeGrain.Quarter => "Q",
        TimeGrain.Decade => "DE",
        TimeGrain.Century => "CE",
        _ => "Y",
    };

    public static bool IsClockUnit(TimeGrain unit) => unit is TimeGrain.Minute or TimeGrain.Hour;

    /// <summary>A duration value: "P90D", "PT6H", "PXY" for an unknown count. Decades and centuries are counted in years.</summary>
    public static string Duration(int? count, TimeGrain unit)
    {
        string prefix = IsClockUnit(unit) ? "PT" : "P";
        if (count is null) return prefix + "X" + (unit is TimeGrain.Decade ? "DE" : unit is TimeGrain.Century ? "CE" : DurationUnit(unit));
        return unit switch
        {
            TimeGrain.Decade => $"P{count * 10}Y",
            TimeGrain.Century => $"P{count * 100}Y",
            _ => $"{prefix}{count}{DurationUnit(unit)}",
        };
    }
}
