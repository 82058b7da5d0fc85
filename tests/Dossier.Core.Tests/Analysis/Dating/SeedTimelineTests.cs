using Dossier.Core.Analysis.Dating;
using Dossier.Core.Analysis.Time;

namespace Dossier.Core.Tests.Analysis.Dating;

/// <summary>
/// The seeds' dated events, each article's expressions resolved against its inferred date as the timeline does: every
/// event the story dates lands on the right day or month of 2025.
/// </summary>
public class SeedTimelineTests
{
    // (seed file prefix, expression as written, the value it must resolve to)
    private static readonly (string Seed, string Expression, string Value)[] Events =
    [
        ("000", "June 9", "2025-06-09"), ("000", "June 6", "2025-06-06"), ("000", "June 5", "2025-06-05"), ("000", "May", "2025-05"),
        ("001", "last month", "2025-05"),
        ("002", "Friday", "2025-06-06"), ("002", "Monday", "2025-06-09"), ("002", "Thursday", "2025-06-05"),
        ("003", "June 10", "2025-06-10"), ("003", "mid-May", "2025-05"), ("003", "June 9", "2025-06-09"), ("003", "June 4", "2025-06-04"),
        ("003", "early July", "2025-07"), ("003", "the day before", "2025-06-09"),
        ("004", "June 9, 2025", "2025-06-09"), ("004", "May", "2025-05"),
    ];

    [SharedDataFact("seeds")]
    public void Every_dated_event_resolves_to_its_day_or_month()
    {
        var articles = Directory.GetFiles(SharedData.PathOf("seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => TestArticles.FromText(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        var dates = ArticleDating.ForStory(articles);
        var problems = new List<string>();
        foreach (var (seed, expression, value) in Events)
        {
            var article = articles.Single(a => a.Origin.StartsWith(seed, StringComparison.Ordinal));
            var found = TimeTagger.Tag(article.Text, article.BodySentences.Select(s => s.Span).ToList(), dates[article.Id].Day)
                .Where(t => article.TextOf(t.Span).Equals(expression, StringComparison.OrdinalIgnoreCase) || article.TextOf(t.Span).EndsWith(" " + expression, StringComparison.OrdinalIgnoreCase))
                .Select(t => t.Value).ToList();
            if (found.Count == 0) problems.Add($"{seed}: '{expression}' not found");
            else if (!found.Contains(value)) problems.Add($"{seed}: '{expression}' resolved to {string.Join(", ", found)}, not {value}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
