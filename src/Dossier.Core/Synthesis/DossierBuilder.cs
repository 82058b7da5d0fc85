using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;
using Dossier.Core.Stories;

namespace Dossier.Core.Synthesis;

/// <summary>
/// Builds a story's dossier. The summary is extractive: the body sentences closest to what the story's articles say
/// in common, without repeats, each cited to its own article and to every other article with a sentence that states
/// nearly the same. Only body sentences are candidates, so captions, headings and boilerplate never reach it.
/// </summary>
public sealed class DossierBuilder(DossierBuilderOptions options)
{
    public StoryDossier Build(Story story)
    {
        var articles = story.Articles;
        var copies = CopyFinder.Find(articles);
        var (candidates, chosen) = ChooseSummary(story, copies);
        var summary = chosen.Select(c => Cited(c, candidates, copies)).ToList();
        var published = articles.Select(a => a.Metadata.Published).OfType<DateTimeOffset>().Order().ToList();
        var dates = Analysis.Dating.ArticleDating.ForStory(articles);
        var entities = EntityResolver.Resolve(articles);
        var (quotes, reported) = QuotesBuilder.QuotesAndReported(articles, entities, options.AttributionFinder, copies);
        return new StoryDossier(
            story.Id,
            Headline(story, chosen),
            articles.Select(a => a.OutletName).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            published.Count > 0 ? published[0] : null,
            published.Count > 0 ? published[^1] : null,
            articles,
            summary)
        {
            Entities = entities,
            Quotes = quotes,
            Reported = reported,
            CitedOutlets = QuotesBuilder.CitedOutlets(articles, entities, copies),
            ArticleDates = dates,
            Timeline = TimelineBuilder.Build(articles, dates, copies),
            Figures = FiguresBuilder.Build(articles, copies),
            Copies = copies,
            Novelty = NoveltyBuilder.Build(articles),
        };
    }

    /// <summary>
    /// The story's headline alone, as <see cref="Build"/> gives it: what the store lists stories by, without resolving
    /// entities, dates, the timeline and the figures.
    /// </summary>
    public string HeadlineOf(Story story) => Headline(story, ChooseSummary(story, CopyFinder.Find(story.Articles)).Chosen);

    /// <summary>
    /// Every body sentence as a candidate, and the ones the summary takes, best first. Copies weigh as their original:
    /// a wire story reprinted five times is one source, so it neither sets what the story is about alone nor
    /// lengthens the summary.
    /// </summary>
    private (List<Candidate> Candidates, List<Candidate> Chosen) ChooseSummary(Story story, CopyGroups copies)
    {
        var articles = story.Articles;
        var candidates = new List<Candidate>();
        foreach (var article in articles)
        {
            var position = 0;
            foreach (var sentence in article.BodySentences)
            {
                var text = article[sentence.Span];
                var terms = TermExtractor.TermSet(text);
                candidates.Add(new Candidate(article, sentence.Span, position++, terms, Words(text), EndsAsStatement(text)));
            }
        }

        // The story's centroid: how many sources use each term. Terms that many outlets use are what the story is about.
        var articleFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => copies.SourceOf(c.Article.Id), StringComparer.Ordinal))
        foreach (var term in group.SelectMany(c => c.Terms).Distinct())
            articleFrequency[term] = articleFrequency.GetValueOrDefault(term) + 1;
        var centroid = TermVector.From(articleFrequency.Keys, term => articleFrequency[term]);

        var ranked = candidates
            .Where(c => c.Words >= options.MinSentenceWords && c.Words <= options.MaxSentenceWords && c.IsStatement)
            .Select(c => (Candidate: c, Score: Score(c, centroid)))
            .OrderByDescending(x => x.Score)
            // A copy's sentence ties with its original's: quote the original.
            .ThenBy(x => copies.IsCopy(x.Candidate.Article.Id) ? 1 : 0)
            .ThenBy(x => x.Candidate.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Candidate.Span.Start)
            .ToList();

        var sources = copies.CountSources(articles.Select(a => a.Id));
        var chosen = new List<Candidate>();
        foreach (var (candidate, _) in ranked)
        {
            if (chosen.Count >= Math.Min(options.MaxSummarySentences, 2 + sources)) break;
            if (chosen.Any(c => Overlap(c.Terms, candidate.Terms) >= options.SameStatementOverlap)) continue;
            chosen.Add(candidate);
        }
        return (candidates, chosen);
    }

    private static double Score(Candidate candidate, TermVector centroid)
    {
        var vector = TermVector.From(candidate.Terms, _ => 1.0);
        // News puts the main facts first: a small bonus for an article's opening sentences.
        var lead = candidate.Position < 3 ? 0.05 * (3 - candidate.Position) / 3 : 0;
        return vector.Cosine(centroid) + lead;
    }

    /// <summary>The summary sentence with every article that states it, and which of them only repeat another's source.</summary>
    private SummarySentence Cited(Candidate chosen, List<Candidate> candidates, CopyGroups copies)
    {
        var citations = CitationsFor(chosen, candidates);
        return new SummarySentence(chosen.Article, chosen.Span, citations) { Copies = copies.RepeatsAmong(citations) };
    }

    private List<string> CitationsFor(Candidate chosen, List<Candidate> candidates)
    {
        var cited = new List<string> { chosen.Article.Id };
        foreach (var other in candidates)
        {
            if (cited.Contains(other.Article.Id)) continue;
            // Another article supports the sentence when one of its sentences covers most of the sentence's terms.
            var shared = chosen.Terms.Count(other.Terms.Contains);
            if (shared >= options.MinSharedTermsToCite && shared >= options.CitationCoverage * chosen.Terms.Count)
                cited.Add(other.Article.Id);
        }
        return cited;
    }

    /// <summary>The headline: the title of the article that opens the summary, else that sentence itself, shortened.</summary>
    private static string Headline(Story story, List<Candidate> chosen)
    {
        var lead = chosen.Count > 0 ? chosen[0].Article : story.Articles[0];
        if (lead.Metadata.Title is { Length: > 0 } title) return title;
        var titled = story.Articles.FirstOrDefault(a => a.Metadata.Title is { Length: > 0 });
        if (titled is not null) return titled.Metadata.Title!;
        if (chosen.Count == 0) return "(untitled story)";
        var text = chosen[0].Article.TextOf(chosen[0].Span);
        return text.Length <= 120 ? text : text[..text.LastIndexOf(' ', 117)] + "…";
    }

    /// <summary>Share of the smaller set's terms that the other has: high when one sentence restates the other.</summary>
    internal static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)small.Count(large.Contains) / small.Count;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.SplitAny(" \n\t\u00A0"))
            if (range.End.Value > range.Start.Value) count++;
        return count;
    }

    private static bool EndsAsStatement(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd().TrimEnd("\"”’')");
        return text.Length > 0 && text[^1] is '.' or '!';
    }

    private sealed record Candidate(Article Article, TextSpan Span, int Position, HashSet<string> Terms, int Words, bool IsStatement);
}

public sealed record DossierBuilderOptions
{
    public int MaxSummarySentences { get; init; } = 7;
    public int MinSentenceWords { get; init; } = 8;
    public int MaxSentenceWords { get; init; } = 60;

    /// <summary>Share of a summary sentence's terms that a sentence of another article must have to be cited for it.</summary>
    public double CitationCoverage { get; init; } = 0.5;

    public int MinSharedTermsToCite { get; init; } = 4;

    /// <summary>
    /// What finds who said a quote before the hand-written cue rules are tried (see <see cref="Analysis.Quotes.DirectQuoteReader"/>);
    /// null for the rules alone. Defaults to <see cref="Analysis.Quotes.QuoteFinders.Default"/>.
    /// </summary>
    public Analysis.Quotes.IAttributionFinder? AttributionFinder { get; init; } = Analysis.Quotes.QuoteFinders.Default();

    /// <summary>Term overlap (of the shorter sentence) at which two sentences count as stating the same thing.</summary>
    public double SameStatementOverlap { get; init; } = 0.6;
}
