using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>
/// Infers when each article of a story was written from the dates its text mentions, for articles whose page gave no
/// date. An article is written on or after the days it tells of in the past tense, and before the days it tells of
/// as still to come; when its text names days it is dated on its own, else from the story (its year, its main event,
/// its other articles). Every estimate says what it rests on.
/// </summary>
public static class StoryDating
{
    /// <summary>Days a past or future clue may lie from the writing: news tells of the recent past and near future.</summary>
    private const int Reach = 30;

    /// <param name="articles">Per article: its known date (from metadata) if any, and its clues.</param>
    /// <returns>Per article, the inferred date, or null when neither it nor the story gives one (or it has a known date).</returns>
    public static IReadOnlyList<InferredDate?> Infer(IReadOnlyList<(DateOnly? Known, IReadOnlyList<DateClue> Clues)> articles)
    {
        var results = new InferredDate?[articles.Count];
        int? year = StoryYear(articles);
        if (year is null) return results;

        // Pass 1: articles that name days.
        for (int a = 0; a < articles.Count; a++)
        {
            if (articles[a].Known is null) results[a] = FromDays(articles[a].Clues, year.Value);
        }

        var dated = Enumerable.Range(0, articles.Count)
            .Select(a => articles[a].Known ?? results[a]?.Date).OfType<DateOnly>().ToList();
        if (dated.Count == 0) return results;
        var earliest = dated.Min();
        var mainEvent = MainEvent(articles, year.Value);

        // Pass 2: articles that name no day, placed in the story's time by their relative weeks.
        for (int a = 0; a < articles.Count; a++)
        {
            if (articles[a].Known is null && results[a] is null) results[a] = FromStory(articles[a].Clues, earliest, mainEvent);
        }
        return results;
    }

    /// <summary>The year most of the story's full dates name; a story that names no year is not dated.</summary>
    private static int? StoryYear(IReadOnlyList<(DateOnly? Known, IReadOnlyList<DateClue> Clues)> articles)
    {
        var years = articles.SelectMany(a => a.Clues.Where(c => c.Year is not null).Select(c => c.Year!.Value))
            .Concat(articles.Where(a => a.Known is not null).Select(a => a.Known!.Value.Year));
        return years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
    }

    /// <summary>The day the story's articles name most often (the talks, the vote, the match): what "next week" points at.</summary>
    private static DateOnly? MainEvent(IReadOnlyList<(DateOnly? Known, IReadOnlyList<DateClue> Clues)> articles, int year) =>
        articles.SelectMany(a => a.Clues.Select(c => c.In(year)).OfType<DateOnly>().Distinct())
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (DateOnly?)g.Key).FirstOrDefault();

    /// <summary>
    /// An article that names days: written on or after the latest day it tells of as past, before the earliest it
    /// tells of as to come. When the two disagree the past wins (a misread tense is likelier than time travel).
    /// </summary>
    private static InferredDate? FromDays(IReadOnlyList<DateClue> clues, int year)
    {
        DateOnly? after = null, before = null;
        var evidence = new List<TextSpan>();
        foreach (var clue in clues)
        {
            if (clue.In(year) is not { } day) continue;
            if (clue.Tense == ClueTense.Past && (after is null || day > after))
            {
                after = day;
            }
            else if (clue.Tense == ClueTense.Future && (before is null || day < before))
            {
                before = day;
            }
        }
        if (after is null && before is null) return null;
        foreach (var clue in clues)
        {
            if (clue.In(year) is { } day && (day == after || day == before)) evidence.Add(clue.Evidence);
        }
        if (after is { } past)
        {
            bool consistent = before is null || before > past;
            return new InferredDate(past, consistent ? (before is null ? 0.7 : 0.85) : 0.5, evidence,
                before is null ? "latest day told as past" : "latest day told as past, before the days to come");
        }
        // Only days to come: the article is written shortly before the first of them.
        return new InferredDate(before!.Value.AddDays(-1), 0.4, evidence, "the day before the first day to come");
    }

    /// <summary>
    /// An article that names no day: "next week" places it in the week before the story's main event, "last week" in
    /// the week after; then it is dated no earlier than the story's first dated article, as news follows the event.
    /// </summary>
    private static InferredDate? FromStory(IReadOnlyList<DateClue> clues, DateOnly earliest, DateOnly? mainEvent)
    {
        var low = earliest;
        var high = earliest.AddDays(Reach);
        var evidence = new List<TextSpan>();
        string method = "the story's first dated article";
        if (mainEvent is { } main)
        {
            foreach (var clue in clues)
            {
                if (clue.Week is not (RelativeWeek.Next or RelativeWeek.Last)) continue;
                var eventWeek = WeekStart(main);
                var writingWeek = clue.Week == RelativeWeek.Next ? eventWeek.AddDays(-7) : eventWeek.AddDays(7);
                low = Max(low, writingWeek);
                high = Min(high, writingWeek.AddDays(6));
                evidence.Add(clue.Evidence);
                method = $"'{(clue.Week == RelativeWeek.Next ? "next" : "last")} week' of the story's main event ({main:yyyy-MM-dd})";
            }
        }
        if (low > high) (low, method) = (earliest, "the story's first dated article");
        return new InferredDate(low, evidence.Count > 0 ? 0.5 : 0.3, evidence, method);
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
