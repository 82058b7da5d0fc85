using Dossier.Core.Analysis.Time;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>
/// Finds the dates an article names that can place its writing: "June 9", "June 9, 2025", weekdays ("on Friday",
/// "last Thursday") and relative weeks ("next week", "last week", "this week"), each with the tense of its clause.
/// The time tagger finds and reads them, with no reference date, so whatever the text leaves open stays open
/// ("XXXX-06-09"); which week a weekday or week is relative to is read from the words the expression starts with.
/// </summary>
public static class DateClueReader
{
    public static List<DateClue> Read(string text, IReadOnlyList<TextSpan> sentences)
    {
        var clues = new List<DateClue>();
        int sentence = 0;
        foreach (var expression in TimeTagger.Tag(text, sentences, reference: null))
        {
            if (expression.Type != TimexType.Date) continue;
            while (sentence < sentences.Count && !sentences[sentence].Contains(expression.Span)) sentence++;
            if (sentence == sentences.Count) break;
            if (Read(text, expression) is not { } clue) continue;
            clues.Add(clue with { Tense = TenseReader.Read(text, sentences[sentence], expression.Span) });
        }
        return clues;
    }

    /// <summary>A clue from one expression's value: a day ("XXXX-06-09", "2025-06-09"), a weekday ("XXXX-WXX-5") or a week ("XXXX-WXX").</summary>
    private static DateClue? Read(string text, TimeExpression expression)
    {
        var value = expression.Value.AsSpan();
        var words = text.AsSpan(expression.Span.Start, expression.Span.Length);
        if (value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && int.TryParse(value[5..7], out int month) && int.TryParse(value[8..10], out int day))
        {
            // Only what the words themselves say: the tagger also resolves "that morning" or "6 a.m." against the
            // date mentioned before, which is no new evidence of when the article was written.
            if (!words.ContainsAny("0123456789")) return null;
            int? year = int.TryParse(value[..4], out int y) && words.Contains(value[..4], StringComparison.Ordinal) ? y : null;
            return new DateClue(expression.Span, year, month, day, null, RelativeWeek.None, ClueTense.Unknown);
        }
        if (value.StartsWith("XXXX-WXX", StringComparison.Ordinal))
        {
            var week = RelativeWeekOf(words);
            if (value.Length == 8) return week == RelativeWeek.None ? null : new DateClue(expression.Span, null, null, null, null, week, ClueTense.Unknown);
            if (value.Length == 10 && value[8] == '-' && value[9] is >= '1' and <= '7')
            {
                var weekday = (DayOfWeek)((value[9] - '0') % 7);
                return new DateClue(expression.Span, null, null, null, weekday, week, ClueTense.Unknown);
            }
        }
        return null;
    }

    private static RelativeWeek RelativeWeekOf(ReadOnlySpan<char> words)
    {
        if (words.StartsWith("next", StringComparison.OrdinalIgnoreCase)) return RelativeWeek.Next;
        if (words.StartsWith("last", StringComparison.OrdinalIgnoreCase)) return RelativeWeek.Last;
        if (words.StartsWith("this", StringComparison.OrdinalIgnoreCase)) return RelativeWeek.This;
        return RelativeWeek.None;
    }
}
