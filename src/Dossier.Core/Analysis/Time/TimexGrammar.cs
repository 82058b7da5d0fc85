using System.Collections.Frozen;
using Dossier.Core.Analysis.Dating;
using Dossier.Core.Model;
using static Dossier.Core.Analysis.Time.TimeLexicon;

namespace Dossier.Core.Analysis.Time;

/// <summary>
/// The patterns of English temporal expressions, tried at one word at a time over a sentence's words. Each pattern
/// returns the phrase it matched and a resolver; <see cref="Parse"/> keeps the longest. The resolvers only read the
/// context, so the grammar itself is the same for every document.
/// </summary>
internal sealed class TimexGrammar(string text, List<TimexWord> words)
{
    private string W(int i) => i >= 0 && i < words.Count ? words[i].Lower : "";

    private bool Cap(int i) => i >= 0 && i < words.Count && words[i].Capitalised;

    private bool Joined(int i) => i >= 0 && i < words.Count && words[i].Joined;

    /// <summary>The words as spans into the text, made once per sentence for the tense reader.</summary>
    private List<TextSpan>? spans;

    /// <summary>
    /// Whether the sentence around words first..last speaks of the future ("will meet on Friday", "is set to resume
    /// Monday"), of the past ("met on Friday") or neither, read from the nearest tense word (<see cref="TenseReader"/>).
    /// </summary>
    private ClueTense TenseAround(int first, int last)
    {
        spans ??= words.ConvertAll(w => TextSpan.FromBounds(w.Start, w.End));
        return TenseReader.Read(text, spans, first, last);
    }

    /// <summary>News leans back: a bare weekday points forward only when its sentence speaks of the future.</summary>
    private bool FutureAround(int first, int last) => TenseAround(first, last) == ClueTense.Future;

    /// <summary>The longest phrase starting at word <paramref name="i"/>, or null.</summary>
    public TimexPhrase? Parse(int i) => CanStart(W(i)) ? ParseAnyWord(i) : null;

    /// <summary>
    /// Whether a phrase can start with this word: one of <see cref="Starters"/>, or a word beginning with a digit
    /// ("9", "1990s", "06/09/2025", "10:30", "4th") or with a digit after its apostrophes ("'90s", not "'s"), or
    /// holding a slash. Most words of a text
    /// are none of these, and checking first spares every pattern being tried at them.
    /// </summary>
    public static bool CanStart(string w) =>
        w.Length > 0 && (char.IsAsciiDigit(w[0]) || (w[0] == '\'' && StartsWithDigit(w.AsSpan().TrimStart('\''))) || w.Contains('/') || Starters.Contains(w));

    private static bool StartsWithDigit(ReadOnlySpan<char> s) => s.Length > 0 && char.IsAsciiDigit(s[0]);

    /// <summary>
    /// The words a pattern below can start with, other than numbers: the lexicon's words (any of them may start a
    /// core phrase) and the literal first words of the patterns. A test tries the patterns at every other word, so
    /// a pattern given a new first word must list it here.
    /// </summary>
    internal static readonly FrozenSet<string> Starters = BuildStarters().ToFrozenSet(StringComparer.Ordinal);

    private static HashSet<string> BuildStarters()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(Months.Keys);
        set.UnionWith(Weekdays.Keys);
        set.UnionWith(WeekdayPlurals.Keys);
        set.UnionWith(Units.Keys);
        set.UnionWith(Cardinals.Keys);
        set.UnionWith(Ordinals.Keys);
        set.UnionWith(Vague);
        set.UnionWith(Seasons.Keys);
        set.UnionWith(ApproxWords.Keys);
        set.UnionWith(SetAdverbs.Keys);
        set.UnionWith(
        [
            // Wrapped: "the end of", "early", "more than", "at least", "up to", "over", "under"
            "the", "end", "beginning", "start", "middle", "close", "early", "earlier", "late", "later", "mid",
            "more", "longer", "less", "fewer", "shorter", "at", "up", "over", "under",
            // Core patterns: years, clocks, deictics, relatives, windows, quarters, sets, anchored, references
            "fiscal", "nineteen", "noon", "midnight", "today", "yesterday", "tomorrow", "tonight", "overnight",
            "this", "last", "past", "previous", "next", "coming", "current", "first", "latest", "final", "remaining",
            "q1", "q2", "q3", "q4", "every", "each", "once", "twice", "that", "year", "now", "currently", "nowadays",
            "presently", "recently", "lately", "soon", "recent", "these", "those",
            // Holidays: "Thanksgiving Day", "Christmas Eve", "Election Day"
            "thanksgiving", "christmas", "election",
        ]);
        return set;
    }

    /// <summary>The longest phrase starting at word <paramref name="i"/>, trying every pattern whatever the word.</summary>
    internal TimexPhrase? ParseAnyWord(int i)
    {
        // Never start inside a hyphenated word: "pre-1990" is not "1990".
        if (Joined(i)) return null;
        var best = Wrapped(i);
        Keep(ref best, Core(i));
        // A phrase may not end in the middle of a hyphenated word ("six-month-old").
        while (best is not null && Joined(best.End)) best = null;
        return best;
    }

    private static void Keep(ref TimexPhrase? best, TimexPhrase? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End)) best = candidate;
    }

    // ---------------------------------------------------------------- wrappers: modifiers around a core phrase

    private TimexPhrase? Wrapped(int i)
    {
        string w = W(i);
        TimexPhrase? best = null;
        // "the end of the year", "the beginning of June", "the middle of next week"
        int k = w == "the" ? i + 1 : i;
        if (W(k + 1) == "of" && W(k) switch { "end" or "beginning" or "start" or "middle" or "close" => true, _ => false })
        {
            var mod = W(k) switch { "end" or "close" => TimexMod.End, "middle" => TimexMod.Mid, _ => TimexMod.Start };
            Keep(ref best, WithMod(CoreOrThe(k + 2), mod, PhraseKind.Date));
        }
        // "early July", "late 1990s", "mid-May", "earlier this year", "later this month"
        var edge = w switch
        {
            "early" or "earlier" => TimexMod.Start,
            "late" or "later" => TimexMod.End,
            "mid" => TimexMod.Mid,
            _ => TimexMod.None,
        };
        if (edge != TimexMod.None) Keep(ref best, WithMod(CoreOrThe(i + 1), edge, PhraseKind.Date));
        // "more than six hours", "about two years ago", "up to 180 days", "at least a week"
        var (bound, width) = w switch
        {
            "more" or "longer" when W(i + 1) == "than" => (TimexMod.MoreThan, 2),
            "less" or "fewer" or "shorter" when W(i + 1) == "than" => (TimexMod.LessThan, 2),
            "at" when W(i + 1) == "least" => (TimexMod.EqualOrMore, 2),
            "up" when W(i + 1) == "to" => (TimexMod.EqualOrLess, 2),
            "over" or "under" when IsCount(i + 1) => (w == "over" ? TimexMod.MoreThan : TimexMod.LessThan, 1),
            _ when ApproxWords.TryGetValue(w, out var m) => (m, 1),
            _ => (TimexMod.None, 0),
        };
        if (width > 0)
        {
            var inner = Core(i + width);
            if (inner is not null && inner.Kind is PhraseKind.Duration or PhraseKind.Ago) Keep(ref best, WithMod(inner, bound, inner.Kind));
        }
        return best;
    }

    private TimexPhrase? CoreOrThe(int i)
    {
        var phrase = Core(i);
        if (W(i) == "the" && phrase is null) phrase = Core(i + 1);
        return phrase;
    }

    private static TimexPhrase? WithMod(TimexPhrase? inner, TimexMod mod, PhraseKind accepts)
    {
        if (inner is null || inner.Kind != accepts) return null;
        return inner with
        {
            Resolve = c => inner.Resolve(c) is { } r ? r with { Mod = r.Mod == TimexMod.None ? mod : r.Mod } : null,
        };
    }

    // ---------------------------------------------------------------- core phrases

    private TimexPhrase? Core(int i)
    {
        if (i >= words.Count) return null;
        TimexPhrase? best = null;
        Keep(ref best, NumericDate(i));
        Keep(ref best, MonthDate(i));
        Keep(ref best, YearOrDecade(i));
        Keep(ref best, SpokenYear(i));
        Keep(ref best, WeekdayDate(i));
        Keep(ref best, Clock(i));
        Keep(ref best, Deictic(i));
        Keep(ref best, Relative(i));
        Keep(ref best, Counted(i));
        Keep(ref best, QuarterOrHalf(i));
        Keep(ref best, Sets(i));
        Keep(ref best, Anchored(i));
        Keep(ref best, References(i));
        Keep(ref best, Definite(i));
        Keep(ref best, Season(i));
        Keep(ref best, Holiday(i));
        return best;
    }

    /// <summary>"2025-06-09", "06/09/2025" (month first, the American order of the news the tagger reads).</summary>
    private TimexPhrase? NumericDate(int i)
    {
        string w = W(i);
        if (w.Length == 10 && w[4] == '-' && w[7] == '-' && TryInt(w.AsSpan(0, 4), out int y) && TryInt(w.AsSpan(5, 2), out int m) && TryInt(w.AsSpan(8, 2), out int d))
        {
            return Fixed(i + 1, y, m, d);
        }
        if (w.Contains('/'))
        {
            var parts = w.Split('/');
            if (parts.Length == 3 && TryInt(parts[0], out m) && TryInt(parts[1], out d) && TryInt(parts[2], out y) && parts[2].Length is 2 or 4)
            {
                return Fixed(i + 1, parts[2].Length == 2 ? 1900 + y + (y < 50 ? 100 : 0) : y, m, d);
            }
        }
        // "06 / 09 / 2025" when the tokenizer split the slashes off.
        if (W(i + 1) == "/" && W(i + 3) == "/" && TryInt(w, out m) && TryInt(W(i + 2), out d) && W(i + 4).Length == 4 && TryInt(W(i + 4), out y))
        {
            return Fixed(i + 5, y, m, d);
        }
        return null;
    }

    private static TimexPhrase? Fixed(int end, int y, int m, int d)
    {
        if (!IsDate(y, m, d)) return null;
        var point = new TimePoint(TimeGrain.Day, new DateOnly(y, m, d));
        return new TimexPhrase(end, _ => TimexResult.Date(point));
    }

    private static bool IsDate(int y, int m, int d) => y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>Whether word i is a month name written as one: capitalised, and "May" or "March" only next to a day or year or after a date word.</summary>
    private bool IsMonth(int i, out int month)
    {
        if (!Months.TryGetValue(W(i), out month) || !Cap(i)) return false;
        string raw = text.Substring(words[i].Start, words[i].End - words[i].Start);
        // Short forms need their full stop ("Jan."), except the ones that are no English word ("Sept", "Aug").
        if (raw.Length <= 4 && !raw.EndsWith('.') && W(i).Length < raw.Length) return false;
        if (W(i) is "may" or "march" or "mar" or "jan")
        {
            return IsDay(i + 1, out _) || IsYear(i + 1, out _) || IsDay(i - 1, out _) ||
                   W(i - 1) is "in" or "since" or "until" or "till" or "by" or "early" or "late" or "mid" or "last" or "next" or "this" or "of" or "through" or "during" or "before" or "after" or "from" or "to" or "and" or "between";
        }
        return true;
    }

    private bool IsDay(int i, out int day)
    {
        string w = W(i);
        // Ordinal comparisons: the culture-aware default costs far more and, under invariant globalization, answers the same.
        if (w.Length > 2 && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal)
            || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal))) w = w[..^2];
        return TryInt(w, out day) && w.Length <= 2 && day is >= 1 and <= 31;
    }

    private bool IsYear(int i, out int year)
    {
        string w = W(i);
        year = 0;
        if (w.Length != 4 || !TryInt(w, out year) || year < 1000 || year > 2099) return false;
        // "$1990", "1990 percent", "1,990" are amounts, not years.
        if (W(i - 1) is "$" or "#" or "no" || W(i + 1) is "%" or "percent" or "per") return false;
        return true;
    }

    /// <summary>"June 9", "June 9, 2025", "9 June 2025", "June 2025", "June", "June of last year".</summary>
    private TimexPhrase? MonthDate(int i)
    {
        int day = 0, end;
        int monthAt = i;
        if (IsDay(i, out int leading) && IsMonth(i + 1, out _))
        {
            day = leading;
            monthAt = i + 1;
        }
        if (!IsMonth(monthAt, out int month)) return null;
        end = monthAt + 1;
        if (day == 0 && IsDay(end, out int following) && !IsYear(end, out _))
        {
            day = following;
            end++;
        }
        int? year = null;
        int k = W(end) == "," && day > 0 ? end + 1 : W(end) == "of" && day == 0 ? end + 1 : end;
        if (IsYear(k, out int y))
        {
            year = y;
            end = k + 1;
        }
        else if (IsSpokenYear(k, false, out y, out int width))
        {
            year = y;
            end = k + width;
        }
        int? relativeYear = null;
        int of = W(end) == "of" ? end + 1 : end;
        if (year is null && W(of + 1) == "year" && W(of) is "last" or "next" or "this")
        {
            relativeYear = W(of) switch { "last" => -1, "next" => 1, _ => 0 };
            end = of + 2;
        }
        int d = day;
        // A month named alone takes its year from the tense: "expected to join in April" (written in December) is
        // next April, "brought in a new chief in January" (written in October) this January.
        // Only for a month alone: a day near the reference is better placed by distance ("payable Dec. 15").
        var tense = year is null && relativeYear is null && day == 0 ? TenseAround(i, end - 1) : ClueTense.Unknown;
        return new TimexPhrase(end, c =>
        {
            int? resolvedYear = year ?? (relativeYear is { } r && c.Reference is { } rf ? rf.Year + r : (int?)null) ?? TenseYear(c, tense, month, d);
            var point = CalendarPoint(c, resolvedYear, month, d);
            return point is { } p ? TimexResult.Date(p) : null;
        });
    }

    /// <summary>A month (and day) in a known year, or in the year nearest the reference when none is given.</summary>
    private static TimePoint? CalendarPoint(TimexContext c, int? year, int month, int day)
    {
        bool unknown = year is null && c.Reference is null;
        int y = year ?? NearestYear(c, month, day);
        if (day > 0 && !IsDate(y, month, day)) return null;
        return day > 0
            ? new TimePoint(TimeGrain.Day, new DateOnly(y, month, day), YearUnknown: unknown)
            : new TimePoint(TimeGrain.Month, new DateOnly(y, month, 1), YearUnknown: unknown);
    }

    /// <summary>The year of a month (and day) named alone in a sentence of known tense: the last one before the reference, or the next one after.</summary>
    private static int? TenseYear(TimexContext c, ClueTense tense, int month, int day)
    {
        if (c.Reference is not { } r || tense == ClueTense.Unknown) return null;
        // The months just around the reference stay where distance puts them: "extended to mid-November" in late October.
        int delta = month - r.Month;
        if (Math.Abs(delta) <= 2) return null;
        if (tense == ClueTense.Past) return delta > 0 ? r.Year - 1 : r.Year;
        return delta < 0 ? r.Year + 1 : r.Year;
    }

    // News names a month without its year when it is within about half a year of the day it writes.
    private static int NearestYear(TimexContext c, int month, int day)
    {
        if (c.Reference is not { } r) return 2000;
        // News looks back more often than forward: a month up to eight months back is this year's, beyond that next year's.
        int delta = (month - r.Month) * 31 + (day == 0 ? 0 : day - r.Day);
        if (delta > 124) return r.Year - 1;
        if (delta < -250) return r.Year + 1;
        return r.Year;
    }

    /// <summary>
    /// A year said in words, as transcripts of broadcasts write it: "nineteen ninety-six", "two thousand" (the last only
    /// after "the year", where it cannot be a count); the year and the words it took.
    /// </summary>
    private bool IsSpokenYear(int i, bool afterTheYear, out int year, out int width)
    {
        year = 0;
        width = 0;
        if (W(i) == "nineteen" && Cardinals.TryGetValue(W(i + 1), out int tens) && tens is >= 10 and <= 90 && tens % 10 == 0)
        {
            year = 1900 + tens;
            width = 2;
            if (tens >= 20 && Cardinals.TryGetValue(W(i + 2), out int unit) && unit is >= 1 and <= 9 && W(i + 2) is not "a" and not "an")
            {
                year += unit;
                width = 3;
            }
            return true;
        }
        if (afterTheYear && W(i) == "two" && W(i + 1) == "thousand")
        {
            year = 2000;
            width = 2;
            int k = W(i + 2) == "and" ? i + 3 : i + 2;
            if (Cardinals.TryGetValue(W(k), out int unit) && unit is >= 1 and <= 19 && W(k) is not "a" and not "an")
            {
                year += unit;
                width = k + 1 - i;
            }
            return true;
        }
        return false;
    }

    /// <summary>"the year 2000", "the year two thousand", "nineteen ninety-six".</summary>
    private TimexPhrase? SpokenYear(int i)
    {
        bool theYear = W(i) == "the" && W(i + 1) == "year";
        int k = theYear ? i + 2 : i;
        int year, width;
        if (theYear && IsYear(k, out year)) width = 1;
        else if (!IsSpokenYear(k, theYear, out year, out width)) return null;
        var point = new TimePoint(TimeGrain.Year, new DateOnly(year, 1, 1));
        return new TimexPhrase(k + width, _ => TimexResult.Date(point));
    }

    /// <summary>"1998", "fiscal 1998", "fiscal year 1998", "1990s", "the 1990s", "the '90s", "the 20th century".</summary>
    private TimexPhrase? YearOrDecade(int i)
    {
        int k = i;
        if (W(k) == "the") k++;
        bool fiscal = false;
        if (W(k) == "fiscal")
        {
            fiscal = true;
            k++;
            if (W(k) == "year") k++;
        }
        if (!fiscal && W(i) == "the" && W(k) != "" && !W(k).EndsWith('s') && !W(k).EndsWith("century", StringComparison.Ordinal)) return null;
        string w = W(k);
        if (IsYear(k, out int year) && (k == i || fiscal))
        {
            var point = new TimePoint(TimeGrain.Year, new DateOnly(year, 1, 1));
            return new TimexPhrase(k + 1, _ => TimexResult.Date(point));
        }
        // Decades: "1990s", "'90s", "90s".
        if (w.EndsWith('s'))
        {
            var digits = w.AsSpan(0, w.Length - 1).TrimStart('\'');
            if (digits.Length == 4 && TryInt(digits, out int decade) && decade % 10 == 0 && decade is >= 1000 and <= 2090)
            {
                var point = new TimePoint(TimeGrain.Decade, new DateOnly(decade, 1, 1));
                return new TimexPhrase(k + 1, _ => TimexResult.Date(point));
            }
            if (digits.Length == 2 && TryInt(digits, out decade) && decade % 10 == 0 && (W(k).StartsWith('\'') || W(k - 1) == "the"))
            {
                var point = new TimePoint(TimeGrain.Decade, new DateOnly(1900 + decade, 1, 1));
                return new TimexPhrase(k + 1, _ => TimexResult.Date(point));
            }
        }
        // "the 20th century"
        if (W(k + 1) == "century" && w.Length == 4 && TryInt(w.AsSpan(0, 2), out int century) && century is >= 1 and <= 21)
        {
            var point = new TimePoint(TimeGrain.Century, new DateOnly((century - 1) * 100 is 0 ? 1 : (century - 1) * 100, 1, 1));
            return new TimexPhrase(k + 2, _ => TimexResult.Date(point));
        }
        return null;
    }

    /// <summary>"Friday", "Friday morning", "Friday, June 9", "Friday night".</summary>
    private TimexPhrase? WeekdayDate(int i)
    {
        if (!Weekdays.TryGetValue(W(i), out var weekday)) return null;
        int end = i + 1;
        // "Friday, June 9" or "Friday June 9": the date decides.
        int k = W(end) == "," ? end + 1 : end;
        if (MonthDate(k) is { } dated && IsDay(k + 1, out _) | IsDay(k, out _)) return dated with { End = dated.End };
        string? part = null;
        if (PartsOfDay.TryGetValue(W(end), out var p) && W(end) != "overnight")
        {
            part = p;
            end++;
        }
        // "Wednesday's ruling", "Friday's close": a weekday owning an event names one already reported.
        bool future = W(end) != "'s" && FutureAround(i, end - 1);
        return new TimexPhrase(end, c =>
        {
            if (Weekday(c, weekday, future) is not { } day) return new TimexResult(TimexType.Date, "XXXX-WXX-" + IsoDay(weekday));
            return TimexResult.Date(part is null ? day : day with { Grain = TimeGrain.PartOfDay, PartOfDay = part });
        });
    }

    /// <summary>A bare weekday: the one in the week around the reference, looking back unless the sentence speaks of the future.</summary>
    private static TimePoint? Weekday(TimexContext c, DayOfWeek weekday, bool future)
    {
        if (c.Reference is not { } r) return null;
        int back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
        int forward = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
        var day = future ? r.AddDays(forward) : r.AddDays(-back);
        return TimePoint.Containing(TimeGrain.Day, day);
    }

    private static int IsoDay(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>"10:30 a.m.", "3 p.m. EST", "noon", "midnight Friday", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".</summary>
    private TimexPhrase? Clock(int i)
    {
        string w = W(i);
        int hour, minute = 0, end;
        if (w is "noon" or "midnight")
        {
            hour = w == "noon" ? 12 : 24;
            end = i + 1;
        }
        else
        {
            int colon = w.IndexOf(':');
            bool parsed = colon > 0
                ? TryInt(w.AsSpan(0, colon), out hour) && TryInt(w.AsSpan(colon + 1), out minute) && w.Length - colon == 3
                : TryInt(w, out hour);
            if (!parsed || hour > 23 || minute > 59) return null;
            end = i + 1;
            string half = W(end);
            if (half is "am" or "pm")
            {
                if (hour is < 1 or > 12) return null;
                if (half == "pm" && hour < 12) hour += 12;
                if (half == "am" && hour == 12) hour = 0;
                end++;
            }
            else if (half == "o'clock" || (half == "o" && W(end + 1) == "'clock"))
            {
                end += half == "o" ? 2 : 1;
            }
            else if (colon < 0 || W(i - 1) != "at")
            {
                return null;
            }
        }
        if (Zones.Contains(W(end))) end++;
        // The day the clock time falls on, if named right after it.
        int k = W(end) == "," ? end + 1 : end;
        TimexPhrase? day = W(k) is "today" or "yesterday" or "tomorrow" or "tonight" ? Deictic(k) : WeekdayDate(k) ?? MonthDate(k);
        if (day is not null) end = day.End;
        int h = hour, m = minute;
        return new TimexPhrase(end, c =>
        {
            var date = day?.Resolve(c)?.Anchor ?? c.DayAnchor;
            if (date is not { } d) return new TimexResult(TimexType.Time, $"XXXX-XX-XXT{h:00}:{m:00}");
            var point = new TimePoint(TimeGrain.Minute, d.Start, h, m, YearUnknown: d.YearUnknown);
            return new TimexResult(TimexType.Time, point.Value(), Anchor: point);
        });
    }

    /// <summary>"today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "yesterday afternoon".</summary>
    private TimexPhrase? Deictic(int i)
    {
        string w = W(i);
        int offset;
        string? part = null;
        int end = i + 1;
        switch (w)
        {
            // "in today's world", "of today's computers": the present age in general, which the annotation leaves out.
            case "today" when W(i + 1) == "'s" && W(i - 1) is "in" or "of": return null;
            case "today": offset = 0; break;
            case "yesterday": offset = -1; break;
            case "tomorrow": offset = 1; break;
            case "tonight": offset = 0; part = "NI"; break;
            case "overnight" when W(i - 1) != "an": offset = 0; part = "NI"; break;
            case "this" when PartsOfDay.TryGetValue(W(i + 1), out var p) && W(i + 1) != "overnight": offset = 0; part = p; end++; break;
            case "last" when W(i + 1) == "night": offset = -1; part = "NI"; end++; break;
            default: return null;
        }
        if (part is null && PartsOfDay.TryGetValue(W(end), out var later) && W(end) != "overnight")
        {
            part = later;
            end++;
        }
        return new TimexPhrase(end, c =>
        {
            if (c.Reference is not { } r) return new TimexResult(part is null ? TimexType.Date : TimexType.Time, part is null ? "XXXX-XX-XX" : "XXXX-XX-XXT" + part);
            var day = TimePoint.Containing(TimeGrain.Day, r.AddDays(offset));
            return TimexResult.Date(part is null ? day : day with { Grain = TimeGrain.PartOfDay, PartOfDay = part });
        });
    }

    /// <summary>"last year", "next week", "this month", "last Friday", "next November", "this summer", "the coming year", "this weekend".</summary>
    private TimexPhrase? Relative(int i)
    {
        int k = i;
        if (W(k) == "the" && W(k + 1) is "coming" or "current" or "previous" or "past" or "last" or "next") k++;
        int direction = W(k) switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            "this" or "current" => 0,
            _ => 2,
        };
        if (direction == 2) return null;
        // "the last year" and "the past week" are lengths of time, handled by Counted.
        if (k > i && direction == -1) return null;
        string w = W(k + 1);
        int end = k + 2;
        if (YearsPart(k, w, direction) is { } part) return part;
        if (Units.TryGetValue(w, out var unit) && !IsPlural(w) && unit >= TimeGrain.Decade && unit <= TimeGrain.Weekend)
        {
            return new TimexPhrase(end, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, Unknown(unit));
                // "This quarter's loss" in a results report is the quarter reported, when one was named.
                if (unit == TimeGrain.Quarter && direction == 0 && W(k) == "this" && ReportedQuarter(c) is { } reported) return TimexResult.Date(reported);
                var point = TimePoint.Containing(unit, r).Shift(unit, direction);
                return TimexResult.Date(point);
            });
        }
        if (Weekdays.TryGetValue(w, out var weekday))
        {
            bool future = FutureAround(i, k + 1);
            return new TimexPhrase(end, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, "XXXX-WXX-" + IsoDay(weekday));
                int back = ((int)r.DayOfWeek - (int)weekday + 7) % 7;
                int forward = ((int)weekday - (int)r.DayOfWeek + 7) % 7;
                var day = direction switch
                {
                    -1 => r.AddDays(back == 0 ? -7 : -back),
                    1 => r.AddDays(forward == 0 ? 7 : forward),
                    _ => future ? r.AddDays(forward) : r.AddDays(-back),
                };
                return TimexResult.Date(TimePoint.Containing(TimeGrain.Day, day));
            });
        }
        if (Months.TryGetValue(w, out int month) && Cap(k + 1))
        {
            return new TimexPhrase(end, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, $"XXXX-{month:00}");
                int year = direction switch
                {
                    -1 => month < r.Month ? r.Year : r.Year - 1,
                    1 => month > r.Month ? r.Year : r.Year + 1,
                    _ => r.Year,
                };
                return TimexResult.Date(new TimePoint(TimeGrain.Month, new DateOnly(year, month, 1)));
            });
        }
        if (Seasons.TryGetValue(w, out int seasonMonth))
        {
            return new TimexPhrase(end, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, "XXXX-" + new TimePoint(TimeGrain.Season, new DateOnly(2000, seasonMonth, 1)).Value()[5..]);
                var current = TimePoint.Containing(TimeGrain.Season, r);
                var point = new TimePoint(TimeGrain.Season, new DateOnly(seasonMonth == 12 ? r.Year - (r.Month < 3 ? 1 : 0) : r.Year, seasonMonth, 1));
                if (direction == -1 && point.Start >= current.Start) point = point.Shift(TimeGrain.Year, -1);
                if (direction == 1 && point.Start <= current.Start) point = point.Shift(TimeGrain.Year, 1);
                return TimexResult.Date(point);
            });
        }
        return null;
    }

    /// <summary>
    /// "this year's third quarter", "next year's first half", "last year's quarter": a part of the year named, in the
    /// year the relative word picks (the bare "quarter" is the quarter last spoken of).
    /// </summary>
    private TimexPhrase? YearsPart(int k, string w, int direction)
    {
        if (w != "year" || W(k + 2) != "'s") return null;
        int p = k + 3;
        int number = 0;
        if (Ordinals.TryGetValue(W(p), out int n) || W(p) is "last" or "final") { number = W(p) is "last" or "final" ? 0 : n; p++; }
        if (W(p) == "fiscal") p++;
        var grain = W(p) switch { "quarter" => TimeGrain.Quarter, "half" => TimeGrain.Half, _ => TimeGrain.Year };
        if (grain == TimeGrain.Year || number > (grain == TimeGrain.Quarter ? 4 : 2)) return null;
        bool final = W(p - 1) is "last" or "final";
        return new TimexPhrase(p + 1, c =>
        {
            if (c.Reference is not { } r) return null;
            int year = r.Year + direction;
            int which = final ? (grain == TimeGrain.Quarter ? 4 : 2) : number;
            if (which == 0)
            {
                if (grain != TimeGrain.Quarter || c.LastQuarter is not { } q) return null;
                which = (q.Start.Month - 1) / 3 + 1;
            }
            return TimexResult.Date(Period(grain, year, which));
        });
    }

    private static string Unknown(TimeGrain grain) => grain switch
    {
        TimeGrain.Century => "XXXX",
        TimeGrain.Decade => "XXXX",
        TimeGrain.Year => "XXXX",
        TimeGrain.Half => "XXXX-HX",
        TimeGrain.Quarter => "XXXX-QX",
        TimeGrain.Season => "XXXX-XX",
        TimeGrain.Month => "XXXX-XX",
        TimeGrain.Week => "XXXX-WXX",
        TimeGrain.Weekend => "XXXX-WXX-WE",
        _ => "XXXX-XX-XX",
    };

    private bool IsCount(int i) => Cardinals.ContainsKey(W(i)) || TryInt(W(i), out _) || Vague.Contains(W(i));

    /// <summary>A number at word i: "six", "90", "twenty-four", "twenty four", "a", "1.5"; null for "several"; the words it took.</summary>
    private bool Count(int i, out int? count, out int width)
    {
        string w = W(i);
        width = 1;
        count = null;
        if (w is "a" or "an" && W(i + 1) == "few") { width = 2; return true; }
        if (w == "a" && W(i + 1) == "couple" && W(i + 2) == "of") { width = 3; return true; }
        if (Vague.Contains(w)) return true;
        if (TryInt(w, out int n) && w.Length <= 4)
        {
            count = n;
            return true;
        }
        if (Cardinals.TryGetValue(w, out n))
        {
            // "twenty-four", "twenty four"
            if (n is >= 20 and < 100 && Cardinals.TryGetValue(W(i + 1), out int unitDigit) && unitDigit < 10 && W(i + 1) is not "a" and not "an")
            {
                n += unitDigit;
                width = 2;
            }
            count = n;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Counted units: "90 days", "six-month", "a decade", "two weeks ago", "a year earlier", "the past two months",
    /// "the first nine months", "the last 24 hours", "several years", "weeks", "recent years", "a year and a half".
    /// </summary>
    private TimexPhrase? Counted(int i)
    {
        int k = i;
        bool the = W(k) == "the";
        if (the) k++;
        bool window = false;
        if (W(k) is "past" or "last" or "next" or "first" or "coming" or "previous" or "latest" or "final" or "remaining" && (the || W(k) == "past") && (IsCount(k + 1) || W(k) is "past" or "last" or "next" or "coming" or "previous"))
        {
            window = true;
            k++;
        }
        int? count;
        int width;
        bool counted = Count(k, out count, out width);
        if (!counted)
        {
            // "the past year", "the past decade": one unit; "years", "weeks": an unknown number of them.
            count = window ? 1 : null;
            width = 0;
        }
        else if (W(k) is "a" or "an" && the)
        {
            return null;
        }
        int u = k + width;
        string unitWord = W(u);
        if (!Units.TryGetValue(unitWord, out var unit)) return null;
        // "three-quarters" is a fraction, not nine months.
        if (unit == TimeGrain.Quarter && Joined(u)) return null;
        if (!counted && !window)
        {
            // A bare plural unit is a vague length ("for years"); a bare singular is no expression ("a day" is counted).
            if (!IsPlural(unitWord) || the || W(i - 1) is "of" or "the" || unit is TimeGrain.Minute or TimeGrain.Hour) return null;
            if (W(i - 1) == "recent") return null;
        }
        if (counted && count is null && !IsPlural(unitWord)) return null;
        if (the && !window && count is null) return null;
        if (count is 1 && IsPlural(unitWord) && W(k) is not "1") return null;
        if (W(k) is "a" or "an" && IsPlural(unitWord)) return null;
        int end = u + 1;
        // "a year and a half"
        bool half = W(end) == "and" && W(end + 1) == "a" && W(end + 2) == "half";
        if (half) end += 3;
        // Ages are not durations: "a 50-year-old man".
        if (W(end) == "old" && Joined(end)) return null;
        if (W(end) == "long" && Joined(end)) end++;
        string direction = W(end);
        int? n = count;
        if (direction is "ago" or "earlier" or "later" || (direction == "from" && W(end + 1) == "now"))
        {
            int sign = direction is "ago" or "earlier" ? -1 : 1;
            int stop = direction == "from" ? end + 2 : end + 1;
            bool fromAnchor = direction is "earlier" or "later";
            return new TimexPhrase(stop, c => Ago(c, n, unit, sign, fromAnchor), PhraseKind.Ago);
        }
        string value = half ? HalfValue(n, unit) : Duration(n, unit);
        return new TimexPhrase(end, _ => new TimexResult(TimexType.Duration, value), PhraseKind.Duration);
    }

    private static string HalfValue(int? count, TimeGrain unit) => (count, unit) switch
    {
        (int c, TimeGrain.Year) => $"P{c * 12 + 6}M",
        (int c, TimeGrain.Day) => $"PT{c * 24 + 12}H",
        (int c, TimeGrain.Hour) => $"PT{c * 60 + 30}M",
        (int c, TimeGrain.Minute) => $"PT{c}M30S",
        _ => Duration(count, unit),
    };

    /// <summary>"two weeks ago" is the week two weeks before the reference; "a year earlier" a year before the last date mentioned.</summary>
    private static TimexResult? Ago(TimexContext c, int? count, TimeGrain unit, int sign, bool fromAnchor)
    {
        if (count is null) return new TimexResult(TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        if (unit == TimeGrain.Weekend) unit = TimeGrain.Week;
        TimePoint? anchor = null;
        // "a year ago" in a report on a quarter's results is that quarter a year back.
        if (unit == TimeGrain.Year && c.LastQuarter is { } quarter) anchor = quarter;
        if (anchor is null && (fromAnchor && unit >= TimeGrain.Day ? c.DayAnchor : null) is { } day) anchor = day;
        if (anchor is null && c.Reference is { } r) anchor = TimePoint.Containing(unit >= TimeGrain.Day ? TimeGrain.Day : unit, r);
        if (anchor is not { } a) return new TimexResult(TimexType.Date, Unknown(unit));
        // The result is as fine as the unit counted ("two weeks ago" is a week) unless the anchor is coarser.
        var grain = unit is TimeGrain.Minute or TimeGrain.Hour ? TimeGrain.Day : unit;
        if (a.Grain < grain || a.Grain is TimeGrain.Quarter or TimeGrain.Half) grain = a.Grain;
        var point = TimePoint.Containing(grain, a.Start);
        if (unit is TimeGrain.Minute or TimeGrain.Hour) return TimexResult.Date(point);
        return point.TryShift(unit, sign * count.Value, out var moved) ? TimexResult.Date(moved) with { Anchor = null } : null;
    }

    /// <summary>"the third quarter", "third-quarter", "Q2", "the fiscal first quarter", "the second quarter of 2025", "the first half", "the quarter".</summary>
    private TimexPhrase? QuarterOrHalf(int i)
    {
        int k = i;
        bool the = W(k) == "the";
        if (the) k++;
        if (W(k) == "fiscal") k++;
        int number;
        TimeGrain grain;
        int end;
        string w = W(k);
        if (w.Length == 2 && w[0] == 'q' && w[1] is >= '1' and <= '4')
        {
            number = w[1] - '0';
            grain = TimeGrain.Quarter;
            end = k + 1;
        }
        else if (Ordinals.TryGetValue(w, out number) || w is "last" or "final")
        {
            if (w is "last" or "final") number = 4;
            int u = k + 1;
            if (W(u) == "fiscal") u++;
            if (W(u) == "quarter" && number <= 4) grain = TimeGrain.Quarter;
            else if (W(u) == "half" && number <= 2) grain = TimeGrain.Half;
            else return null;
            if (w is "last" or "final" && grain == TimeGrain.Half) number = 2;
            if (!the && !Joined(u)) return null;
            end = u + 1;
        }
        else if (the && (IsYear(k, out int periodYear) || W(k) == "year" && W(k + 1) is "ago" or "earlier" && Joined(k + 1)) && W(k + (W(k) == "year" ? 2 : 1)) is "quarter" or "period")
        {
            // "the 1988 quarter", "the year-earlier period": the quarter of the report, in that year.
            bool back = W(k) == "year";
            int stop = k + (back ? 3 : 2);
            int py = periodYear;
            return new TimexPhrase(stop, c =>
            {
                var q = ReportedQuarter(c) ?? (c.Reference is { } r ? TimePoint.Containing(TimeGrain.Quarter, r).Shift(TimeGrain.Quarter, -1) : null);
                if (q is not { } quarter) return null;
                var point = back ? quarter.Shift(TimeGrain.Year, -1) : new TimePoint(TimeGrain.Quarter, new DateOnly(py, quarter.Start.Month, 1));
                return TimexResult.Date(point) with { Anchor = null };
            });
        }
        else if (the && W(k) is "quarter" or "latest" or "current" && (W(k) == "quarter" || W(k + 1) is "quarter" or "period"))
        {
            // "the quarter", "the latest quarter", "the current quarter": the quarter last spoken of, else the last one
            // reported. A quarter still running when the text was written ("a fourth-quarter charge" in November) is a
            // forecast's, not the one reported.
            int stop = W(k) == "quarter" ? k + 1 : k + 2;
            return new TimexPhrase(stop, c =>
            {
                if (ReportedQuarter(c) is { } q) return TimexResult.Date(q) with { Anchor = null };
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, "XXXX-QX");
                var point = TimePoint.Containing(TimeGrain.Quarter, r);
                return TimexResult.Date(W(k) == "current" ? point : point.Shift(TimeGrain.Quarter, -1));
            });
        }
        else
        {
            return null;
        }
        int? year = null;
        if (W(end) is "of" or "," && IsYear(end + 1, out int y)) { year = y; end += 2; }
        else if (IsYear(end, out y)) { year = y; end++; }
        else if (W(end) == "of" && W(end + 1) is "last" or "next" or "this" && W(end + 2) == "year")
        {
            int shift = W(end + 1) switch { "last" => -1, "next" => 1, _ => 0 };
            end += 3;
            return new TimexPhrase(end, c => c.Reference is { } r ? TimexResult.Date(Period(grain, r.Year + shift, number)) : null);
        }
        int n = number;
        return new TimexPhrase(end, c =>
        {
            if (year is { } known) return TimexResult.Date(Period(grain, known, n));
            if (c.Reference is not { } r) return new TimexResult(TimexType.Date, grain == TimeGrain.Quarter ? $"XXXX-Q{n}" : $"XXXX-H{n}");
            // A year's later quarters, named early in the next year, are last year's results.
            int current = grain == TimeGrain.Quarter ? (r.Month - 1) / 3 + 1 : (r.Month - 1) / 6 + 1;
            int yearOf = n > current + 1 ? r.Year - 1 : r.Year;
            return TimexResult.Date(Period(grain, yearOf, n));
        });
    }

    /// <summary>The quarter last spoken of, unless it has not ended by the reference date.</summary>
    private static TimePoint? ReportedQuarter(TimexContext c) =>
        c.LastQuarter is { } q && (c.Reference is not { } r || q.Start < TimePoint.Containing(TimeGrain.Quarter, r).Start) ? q : null;

    private static TimePoint Period(TimeGrain grain, int year, int number) =>
        new(grain, new DateOnly(year, grain == TimeGrain.Quarter ? (number - 1) * 3 + 1 : (number - 1) * 6 + 1, 1));

    /// <summary>"every week", "each Thursday", "each July", "daily", "annually", "twice a year", "on Tuesdays".</summary>
    private TimexPhrase? Sets(int i)
    {
        string w = W(i);
        if (SetAdverbs.TryGetValue(w, out var adverb))
        {
            // "average daily volume" is a measure per day, "rise 8% annually" a rate: neither says when.
            if (W(i - 1) is "average" or "%" or "percent") return null;
            return new TimexPhrase(i + 1, _ => new TimexResult(TimexType.Set, adverb, Freq: "1X"), PhraseKind.Other);
        }
        if (WeekdayPlurals.TryGetValue(w, out var days))
        {
            return new TimexPhrase(i + 1, _ => new TimexResult(TimexType.Set, "XXXX-WXX-" + IsoDay(days), Freq: "1W"), PhraseKind.Other);
        }
        if (w is "every" or "each")
        {
            string quant = w.ToUpperInvariant();
            int k = i + 1;
            int? n = 1;
            if (W(k) == "other") { n = 2; k++; }
            else if (TryInt(W(k), out int count) || (Cardinals.TryGetValue(W(k), out count) && count > 1)) { n = count; k++; }
            string unitWord = W(k);
            if (Units.TryGetValue(unitWord, out var unit) && unit != TimeGrain.Weekend)
            {
                string value = Duration(n, unit);
                return new TimexPhrase(k + 1, _ => new TimexResult(TimexType.Set, value, Quant: quant), PhraseKind.Other);
            }
            if (Weekdays.TryGetValue(unitWord, out var weekday))
            {
                return new TimexPhrase(k + 1, _ => new TimexResult(TimexType.Set, "XXXX-WXX-" + IsoDay(weekday), Quant: quant), PhraseKind.Other);
            }
            if (Months.TryGetValue(unitWord, out int month) && Cap(k))
            {
                return new TimexPhrase(k + 1, _ => new TimexResult(TimexType.Set, $"XXXX-{month:00}", Quant: quant), PhraseKind.Other);
            }
            if (PartsOfDay.TryGetValue(unitWord, out var part))
            {
                return new TimexPhrase(k + 1, _ => new TimexResult(TimexType.Set, "XXXX-XX-XXT" + part, Quant: quant), PhraseKind.Other);
            }
        }
        // "once a week", "twice a year", "three times a month"
        int times = w switch { "once" => 1, "twice" => 2, _ => 0 };
        int at = i + 1;
        if (times == 0 && W(i + 1) == "times" && Count(i, out var c, out int width) && c is { } many && width == 1)
        {
            times = many;
            at = i + 2;
        }
        if (times > 0 && W(at) is "a" or "an" or "per" or "each" && Units.TryGetValue(W(at + 1), out var per) && !IsPlural(W(at + 1)))
        {
            string value = Duration(1, per);
            string freq = times + "X";
            return new TimexPhrase(at + 2, _ => new TimexResult(TimexType.Set, value, Freq: freq), PhraseKind.Other);
        }
        return null;
    }

    /// <summary>
    /// Dates that count from the last date mentioned: "the day before", "the next day", "the following week",
    /// "later that day", "that year", "the same day", "the morning".
    /// </summary>
    private TimexPhrase? Anchored(int i)
    {
        string w = W(i);
        int k = i;
        int offset;
        TimexMod mod = TimexMod.None;
        if (w is "later" or "earlier" && W(i + 1) == "that")
        {
            mod = w == "later" ? TimexMod.End : TimexMod.Start;
            k = i + 1;
            w = "that";
        }
        if (w == "that" && Units.TryGetValue(W(k + 1), out var thatUnit) && !IsPlural(W(k + 1)) && thatUnit is >= TimeGrain.Year and <= TimeGrain.Day)
        {
            offset = 0;
            return AnchoredPhrase(k + 2, thatUnit, offset, mod);
        }
        if (PartsOfDay.TryGetValue(W(k + 1), out var thatPart) && w == "that" && W(k + 1) != "overnight")
        {
            return new TimexPhrase(k + 2, c => c.DayAnchor is { } d ? TimexResult.Date(d with { Grain = TimeGrain.PartOfDay, PartOfDay = thatPart }, mod) : null);
        }
        if (w != "the") return null;
        string next = W(i + 1);
        if (Units.TryGetValue(next, out var unit) && !IsPlural(next) && W(i + 2) is "before" or "after" && unit is >= TimeGrain.Year and <= TimeGrain.Day)
        {
            offset = W(i + 2) == "before" ? -1 : 1;
            return AnchoredPhrase(i + 3, unit, offset, mod);
        }
        offset = next switch
        {
            "next" or "following" => 1,
            "previous" or "preceding" or "prior" => -1,
            "same" => 0,
            _ => 2,
        };
        if (offset != 2 && Units.TryGetValue(W(i + 2), out unit) && !IsPlural(W(i + 2)) && unit is >= TimeGrain.Year and <= TimeGrain.Day)
        {
            return AnchoredPhrase(i + 3, unit, offset, mod);
        }
        if (offset != 2 && PartsOfDay.TryGetValue(W(i + 2), out var part))
        {
            int shift = offset;
            return new TimexPhrase(i + 3, c => c.DayAnchor is { } d && d.TryShift(TimeGrain.Day, shift, out var moved)
                ? TimexResult.Date(moved with { Grain = TimeGrain.PartOfDay, PartOfDay = part }) : null);
        }
        return null;
    }

    private static TimexPhrase AnchoredPhrase(int end, TimeGrain unit, int offset, TimexMod mod) => new(end, c =>
    {
        TimePoint? anchor = unit >= TimeGrain.Day ? c.DayAnchor : c.LastPoint ?? c.DayAnchor;
        if (anchor is not { } a) return new TimexResult(TimexType.Date, Unknown(unit));
        var point = TimePoint.Containing(unit, a.Start);
        return point.TryShift(unit, offset, out var moved) ? TimexResult.Date(moved, mod) : null;
    });

    /// <summary>"the year", "the full year", "the week" (lengths), "the weekend" (the last one), "year-earlier" (a year before).</summary>
    private TimexPhrase? Definite(int i)
    {
        if (W(i) == "year" && W(i + 1) is "earlier" or "ago" && Joined(i + 1))
        {
            return new TimexPhrase(i + 2, c => Ago(c, 1, TimeGrain.Year, -1, fromAnchor: true), PhraseKind.Ago);
        }
        if (W(i) != "the") return null;
        int k = W(i + 1) is "full" or "fiscal" or "entire" or "whole" ? i + 2 : i + 1;
        if (W(k) is "year" or "week" && W(k + 1) is not "earlier" and not "ago" and not "end")
        {
            // "the year ended Sept. 30" is a length ending on that day; "for the year", "the full year" alone name
            // the year (or week) the text is in.
            bool year = W(k) == "year";
            if (W(k + 1) is "ended" or "ending" or "ends" or "to")
            {
                string value = year ? "P1Y" : "P1W";
                return new TimexPhrase(k + 1, _ => new TimexResult(TimexType.Duration, value), PhraseKind.Duration);
            }
            return new TimexPhrase(k + 1, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, year ? "XXXX" : "XXXX-WXX");
                var point = TimePoint.Containing(TimeGrain.Year, r);
                // Which week of the year is left open, as TimeML writes a week the text does not pin down.
                return year ? TimexResult.Date(point) : new TimexResult(TimexType.Date, point.Value() + "-WXX");
            });
        }
        if (k == i + 1 && W(k) == "weekend")
        {
            return new TimexPhrase(k + 1, c =>
            {
                if (c.Reference is not { } r) return new TimexResult(TimexType.Date, "XXXX-WXX-WE");
                int sinceSaturday = ((int)r.DayOfWeek + 1) % 7;
                return TimexResult.Date(TimePoint.Containing(TimeGrain.Weekend, r.AddDays(-sinceSaturday)));
            });
        }
        return null;
    }

    /// <summary>"now", "currently", "recently", "the past", "soon", "the future", "these days", "recent years".</summary>
    private TimexPhrase? References(int i)
    {
        string w = W(i);
        string? value = w switch
        {
            // "Now, he says": a sentence opening "Now," turns the argument, it does not date it.
            "now" when !(Cap(i) && W(i + 1) == ",") => "PRESENT_REF",
            "currently" or "nowadays" or "presently" => "PRESENT_REF",
            "current" when !Units.ContainsKey(W(i + 1)) && W(i + 1) is not "account" and not "accounts" and not "events" => "PRESENT_REF",
            "recently" or "lately" => "PAST_REF",
            // "soon after the attack", "was soon released", "soon became": a short while after a past event, not
            // the writer's future.
            "soon" when W(i - 1) is not "as" and not "was" and not "were" and not "had" && W(i + 1) is not "after" and not "afterward"
                and not "afterwards" and not "became" && !IsPastForm(i + 1) => "FUTURE_REF",
            _ => null,
        };
        int end = i + 1;
        if (value is null)
        {
            if (w is "recent" or "coming" or "past" && Units.TryGetValue(W(i + 1), out var unit) && IsPlural(W(i + 1)))
            {
                string vague = Duration(null, unit);
                return new TimexPhrase(i + 2, _ => new TimexResult(TimexType.Duration, vague), PhraseKind.Duration);
            }
            else if (w == "recent") value = "PAST_REF";
            else if (w == "the" && W(i + 1) == "past" && !Units.ContainsKey(W(i + 2)) && !IsCount(i + 2)) { value = "PAST_REF"; end = i + 2; }
            else if (w == "the" && W(i + 1) == "future") { value = "FUTURE_REF"; end = i + 2; }
            else if (w is "these" or "those" && W(i + 1) == "days") { value = w == "these" ? "PRESENT_REF" : "PAST_REF"; end = i + 2; }
            else if (w == "the" && W(i + 1) is "moment" or "present" && W(i - 1) is "at" or "for") { value = "PRESENT_REF"; end = i + 2; }
        }
        if (value is null) return null;
        string v = value;
        return new TimexPhrase(end, _ => new TimexResult(TimexType.Date, v), PhraseKind.Other);
    }

    /// <summary>
    /// "Thanksgiving (Day)", "Christmas (Day/Eve)", "Election Day", after "last", "next" or "this" or alone: the
    /// American holidays news dates events by. Alone, the sentence's tense picks the one before or after the
    /// reference, else the nearer one.
    /// </summary>
    private TimexPhrase? Holiday(int i)
    {
        int direction = W(i) switch { "last" => -1, "next" => 1, "this" => 0, _ => 2 };
        int k = direction == 2 ? i : i + 1;
        if (!Cap(k)) return null;
        Func<int, DateOnly>? dayIn = W(k) switch
        {
            "thanksgiving" => FourthThursdayOfNovember,
            "christmas" when W(k + 1) == "eve" => y => new DateOnly(y, 12, 24),
            "christmas" => y => new DateOnly(y, 12, 25),
            "election" when W(k + 1) == "day" && Cap(k + 1) => ElectionDay,
            _ => null,
        };
        if (dayIn is null) return null;
        int end = W(k + 1) is "day" or "eve" && Cap(k + 1) ? k + 2 : k + 1;
        var tense = direction == 2 ? TenseAround(i, end - 1) : ClueTense.Unknown;
        if (direction == 2) direction = tense switch { ClueTense.Past => -1, ClueTense.Future => 1, _ => 2 };
        int dir = direction;
        return new TimexPhrase(end, c =>
        {
            if (c.Reference is not { } r) return null;
            DateOnly thisYear = dayIn(r.Year), before = thisYear < r ? thisYear : dayIn(r.Year - 1), after = thisYear > r ? thisYear : dayIn(r.Year + 1);
            DateOnly day = dir switch
            {
                -1 => before,
                1 => after,
                0 => thisYear,
                _ => thisYear == r ? thisYear : r.DayNumber - before.DayNumber <= after.DayNumber - r.DayNumber ? before : after,
            };
            return TimexResult.Date(new TimePoint(TimeGrain.Day, day));
        });
    }

    private static DateOnly FourthThursdayOfNovember(int year)
    {
        var first = new DateOnly(year, 11, 1);
        int toThursday = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toThursday + 21);
    }

    /// <summary>The United States' general election: the Tuesday after the first Monday of November.</summary>
    private static DateOnly ElectionDay(int year)
    {
        var first = new DateOnly(year, 11, 1);
        int toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + 1);
    }

    /// <summary>"the summer", "summer 2025", "the winter of 1994", "spring": a season of the year nearest the reference.</summary>
    private TimexPhrase? Season(int i)
    {
        int k = W(i) == "the" ? i + 1 : i;
        if (!Seasons.TryGetValue(W(k), out int month)) return null;
        int? year = null;
        int end = k + 1;
        if (W(end) == "of" && IsYear(end + 1, out int y)) { year = y; end += 2; }
        else if (IsYear(end, out y)) { year = y; end++; }
        else if (IsSpokenYear(W(end) == "of" ? end + 1 : end, false, out y, out int width)) { year = y; end += width + (W(end) == "of" ? 1 : 0); }
        // "fall" and "spring" are verbs and nouns too: take them alone only after "the" or "in".
        if (year is null && k == i && W(i - 1) is not "in" and not "this" and not "last" and not "next" and not "early" and not "late" and not "mid") return null;
        return new TimexPhrase(end, c =>
        {
            int yearOf = year ?? c.Reference?.Year ?? 2000;
            var point = new TimePoint(TimeGrain.Season, new DateOnly(yearOf, month, 1), YearUnknown: year is null && c.Reference is null);
            return TimexResult.Date(point);
        });
    }

    /// <summary>A lower-case "-ed" verb form at word i ("released", "moved"), as the tense reader counts one.</summary>
    private bool IsPastForm(int i) => i < words.Count && !Cap(i) && W(i).Length > 4 && W(i).EndsWith("ed", StringComparison.Ordinal) && !W(i).EndsWith("eed", StringComparison.Ordinal);

    private static bool TryInt(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool TryInt(string s, out int value) => TryInt(s.AsSpan(), out value);
}
