using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>
/// Finds the dates an article names that can place its writing: "June 9", "9 June", "June 9, 2025", "Monday, June 9",
/// weekdays ("on Friday", "last Thursday") and relative weeks ("next week", "last week", "this week"), each with the
/// tense of its clause. Nothing here needs to know when the article was written: that is what the clues are for.
/// </summary>
public static class DateClueReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static List<DateClue> Read(string text, IReadOnlyList<TextSpan> sentences)
    {
        var clues = new List<DateClue>();
        var tokens = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, sentence, tokens);
            for (int i = 0; i < tokens.Count; i++)
            {
                int next = ReadAt(text, tokens, i, sentence, clues);
                if (next > i) i = next - 1;
            }
        }
        return clues;
    }

    /// <summary>Reads a clue starting at token <paramref name="i"/>; returns the index after it, or <paramref name="i"/> when there is none.</summary>
    private static int ReadAt(string text, List<TextSpan> tokens, int i, TextSpan sentence, List<DateClue> clues)
    {
        string Word(int k) => k < tokens.Count ? text.Substring(tokens[k].Start, tokens[k].Length) : "";

        var word = Word(i);
        if (MonthOf(word) is { } month && (word.Length > 3 || char.IsUpper(word[0])))
        {
            // "June 9" / "June 9, 2025"; "May" alone is too often the verb.
            if (DayOf(Word(i + 1)) is { } day)
            {
                int end = i + 2;
                int? year = null;
                if (Word(end) == "," && YearOf(Word(end + 1)) is { } y1) (year, end) = (y1, end + 2);
                else if (YearOf(Word(end)) is { } y2) (year, end) = (y2, end + 1);
                Add(text, tokens, i, end, sentence, clues, year, month, day, null, RelativeWeek.None);
                return end;
            }
            return i;
        }
        if (DayOf(word) is { } d && MonthOf(Word(i + 1)) is { } m && char.IsUpper(Word(i + 1)[0]))
        {
            // "9 June" / "9 June 2025".
            int end = i + 2;
            int? year = YearOf(Word(end)) is { } y ? y : null;
            if (year is not null) end++;
            Add(text, tokens, i, end, sentence, clues, year, m, d, null, RelativeWeek.None);
            return end;
        }
        if (WeekdayOf(word) is { } weekday && char.IsUpper(word[0]))
        {
            // "Monday, June 9" is read as the full date that follows.
            if (Word(i + 1) == "," && MonthOf(Word(i + 2)) is not null && DayOf(Word(i + 3)) is not null) return i;
            var before = i > 0 ? Word(i - 1).ToLowerInvariant() : "";
            var week = before switch { "last" => RelativeWeek.Last, "next" => RelativeWeek.Next, "this" => RelativeWeek.This, _ => RelativeWeek.None };
            Add(text, tokens, week == RelativeWeek.None ? i : i - 1, i + 1, sentence, clues, null, null, null, weekday, week);
            return i + 1;
        }
        if (word.ToLowerInvariant() is "next" or "last" or "this" && Word(i + 1).Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            var week = word.ToLowerInvariant() switch { "next" => RelativeWeek.Next, "last" => RelativeWeek.Last, _ => RelativeWeek.This };
            Add(text, tokens, i, i + 2, sentence, clues, null, null, null, null, week);
            return i + 2;
        }
        return i;
    }

    private static void Add(
        string text, List<TextSpan> tokens, int first, int end, TextSpan sentence, List<DateClue> clues,
        int? year, int? month, int? day, DayOfWeek? weekday, RelativeWeek week)
    {
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
        if (month is { } m && day is { } d && d > DateTime.DaysInMonth(year ?? 2000, m)) return;
        clues.Add(new DateClue(span, year, month, day, weekday, week, TenseReader.Read(text, sentence, span)));
    }

    private static int? MonthOf(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        for (int m = 0; m < Months.Length; m++)
        {
            if (lower == Months[m] || (lower.Length >= 3 && lower != "may" && Months[m].StartsWith(lower, StringComparison.Ordinal) && lower.Length <= 4 && word.EndsWith('.')))
            {
                return m + 1;
            }
        }
        return null;
    }

    private static int? DayOf(string word)
    {
        var digits = word.AsSpan();
        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (digits.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) digits = digits[..^2];
        }
        return digits.Length is 1 or 2 && int.TryParse(digits, out int day) && day is >= 1 and <= 31 ? day : null;
    }

    private static int? YearOf(string word) =>
        word.Length == 4 && int.TryParse(word, out int year) && year is >= 1900 and <= 2100 ? year : null;

    private static DayOfWeek? WeekdayOf(string word) => word.ToLowerInvariant() switch
    {
        "monday" => DayOfWeek.Monday,
        "tuesday" => DayOfWeek.Tuesday,
        "wednesday" => DayOfWeek.Wednesday,
        "thursday" => DayOfWeek.Thursday,
        "friday" => DayOfWeek.Friday,
        "saturday" => DayOfWeek.Saturday,
        "sunday" => DayOfWeek.Sunday,
        _ => null,
    };
}
