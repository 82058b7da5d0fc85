using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Dating;

/// <summary>The day an article was written: from its page, or inferred from its text and its story (with how sure and why).</summary>
public sealed record ArticleDate(DateOnly Day, bool Inferred, double Confidence, IReadOnlyList<TextSpan> Evidence, string Method)
{
    public static ArticleDate FromPage(PageDate date) => new(date.Day, false, 1.0, [], "page metadata");
}

/// <summary>Dates every article of a story: page dates where pages gave them, <see cref="StoryDating"/> for the rest.</summary>
public static class ArticleDating
{
    public static IReadOnlyDictionary<string, ArticleDate> ForStory(IReadOnlyList<Article> articles)
    {
        var inputs = articles.Select(a => (
            Known: a.Metadata.PublishedDate is { Precision: >= DatePrecision.Day } page ? page.Day : (DateOnly?)null,
            Clues: (IReadOnlyList<DateClue>)DateClueReader.Read(a.Text, a.BodySentences.Select(s => s.Span).ToList()))).ToList();
        var inferred = StoryDating.Infer(inputs);
        var dates = new Dictionary<string, ArticleDate>(StringComparer.Ordinal);
        for (int i = 0; i < articles.Count; i++)
        {
            if (articles[i].Metadata.PublishedDate is { Precision: >= DatePrecision.Day } page) dates[articles[i].Id] = ArticleDate.FromPage(page);
            else if (inferred[i] is { } guess) dates[articles[i].Id] = new ArticleDate(guess.Date, true, guess.Confidence, guess.Evidence, guess.Method);
        }
        return dates;
    }
}
