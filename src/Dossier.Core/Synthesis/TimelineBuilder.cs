using Dossier.Core.Analysis.Dating;
using Dossier.Core.Analysis.Terms;
using Dossier.Core.Analysis.Time;
using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>
/// One dated event of the story: a day or month on the calendar ("2025-06-05", "2025-05" with MID for "mid-May"), the
/// sentence that tells of it (Mod is TimeML's: START for "early July", MID, END, APPROX...), and every article with a sentence telling of the same on the same date
/// (<see cref="Copies"/>: those that only repeat another cited one's source).
/// </summary>
public sealed record TimelineEntry(string When, string? Mod, Article Source, TextSpan Sentence, TextSpan Expression, IReadOnlyList<string> Citations)
{
    public string Text => Source.TextOf(Sentence);

    /// <summary>Cited wire copies and reprints whose source is already cited: noted, not counted.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>How many independent sources tell of it.</summary>
    public int Sources => Citations.Count - Copies.Count;
}

/// <summary>
/// Builds a story's timeline: each article's dates are resolved against the day it was written (its page's date or
/// the inferred one) and, for "the day before", against the date mentioned before; the body sentences holding a date
/// of at least month precision become entries, earliest first. Sentences that restate one another on the same date are
/// one entry citing all their articles.
/// </summary>
public static class TimelineBuilder
{
    /// <summary>At most this many entries per date and in all: a timeline, not a concordance.</summary>
    private const int MaxPerDate = 2, MaxEntries = 24;

    private const double SameStatementOverlap = 0.5;

    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, ArticleDate> dates, CopyGroups? copies = null)
    {
        copies ??= CopyGroups.None;
        var found = new List<(string When, string? Mod, Article Article, TextSpan Sentence, TextSpan Expression, HashSet<string> Terms)>();
        foreach (var article in articles)
        {
            if (dates.GetValueOrDefault(article.Id) is not { } written) continue;
            var sentences = article.BodySentences.Select(s => s.Span).ToList();
            foreach (var expression in TimeTagger.Tag(article.Text, sentences, written.Day))
            {
                if (expression.Type is not (TimexType.Date or TimexType.Time) || Calendar(expression.Value) is not { } when) continue;
                var sentence = sentences.First(s => s.Contains(expression.Span));
                if (found.Any(f => f.Article == article && f.Sentence == sentence && f.When == when)) continue;
                found.Add((when, expression.ModName, article, sentence, expression.Span, TermExtractor.TermSet(article[sentence])));
            }
        }

        var entries = new List<TimelineEntry>();
        foreach (var date in found.GroupBy(f => f.When).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var kept = new List<(TimelineEntry Entry, HashSet<string> Terms)>();
            foreach (var candidate in date.OrderByDescending(c => c.Terms.Count))
            {
                var same = kept.FindIndex(k => DossierBuilder.Overlap(k.Terms, candidate.Terms) >= SameStatementOverlap);
                if (same >= 0)
                {
                    var entry = kept[same].Entry;
                    if (!entry.Citations.Contains(candidate.Article.Id))
                    {
                        kept[same] = (entry with { Citations = [.. entry.Citations, candidate.Article.Id] }, kept[same].Terms);
                    }
                    continue;
                }
                if (kept.Count < MaxPerDate)
                {
                    kept.Add((new TimelineEntry(date.Key, candidate.Mod, candidate.Article, candidate.Sentence, candidate.Expression, [candidate.Article.Id]), candidate.Terms));
                }
            }
            entries.AddRange(kept.Select(k => k.Entry with { Copies = copies.RepeatsAmong(k.Entry.Citations) }));
        }
        // The entries most sources tell of survive a cut, but the timeline stays in date order.
        return entries.Count <= MaxEntries
            ? entries
            : entries.OrderByDescending(e => e.Sources).Take(MaxEntries).OrderBy(e => e.When, StringComparer.Ordinal).ToList();
    }

    /// <summary>The calendar part of a TimeML value when it names at least a month of a known year ("2025-06", "2025-06-09T10:00" gives "2025-06-09").</summary>
    private static string? Calendar(string value)
    {
        if (value.Length < 7 || !char.IsDigit(value[0]) || !char.IsDigit(value[3]) || value[4] != '-' || !char.IsDigit(value[5])) return null;
        if (value.Length >= 10 && char.IsDigit(value[8]) && char.IsDigit(value[9])) return value[..10];
        return char.IsDigit(value[6]) ? value[..7] : null;
    }
}
