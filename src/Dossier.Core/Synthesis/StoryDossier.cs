using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>The dossier of one story: what the outputs render. Sentences are spans into their articles, not copies.</summary>
public sealed record StoryDossier(
    string Id,
    string Headline,
    IReadOnlyList<string> Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SummarySentence> Summary)
{
    /// <summary>
    /// The day each article was written, by article id: the page's date, or one inferred from the dates its text and
    /// its story mention (articles with neither are absent).
    /// </summary>
    public IReadOnlyDictionary<string, Analysis.Dating.ArticleDate> ArticleDates { get; init; } = new Dictionary<string, Analysis.Dating.ArticleDate>();

    /// <summary>The story's dated events, earliest first (see <see cref="TimelineBuilder"/>).</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>The story's key figures, the most reported first (see <see cref="FiguresBuilder"/>).</summary>
    public IReadOnlyList<KeyFigure> Figures { get; init; } = [];

    /// <summary>The story's entities resolved over all its articles, by mention count (see <see cref="EntityResolver"/>).</summary>
    public IReadOnlyList<ResolvedEntity> Entities { get; init; } = [];

    /// <summary>
    /// The story's direct quotes, each statement once with its wordings across articles, the most reported first (see
    /// <see cref="QuotesBuilder"/>).
    /// </summary>
    public IReadOnlyList<StoryQuote> Quotes { get; init; } = [];

    /// <summary>Statements reported without quotation marks, each with its source and cue, in story order (see <see cref="ReportedStatement"/>).</summary>
    public IReadOnlyList<ReportedStatement> Reported { get; init; } = [];

    /// <summary>The outlets the articles report from second hand ("Reuters reported"), the most cited first: who reports whom.</summary>
    public IReadOnlyList<CitedOutlet> CitedOutlets { get; init; } = [];

    /// <summary>
    /// The wire copies and reprints among the articles, each with the original it copies (see <see cref="CopyFinder"/>).
    /// Copies stay in <see cref="Articles"/>; the counts and citations of the dossier take each group once.
    /// </summary>
    public CopyGroups Copies { get; init; } = CopyGroups.None;

    /// <summary>How many independent sources the articles are: an original and its copies count once.</summary>
    public int IndependentSources => Copies.CountSources(Articles.Select(a => a.Id));

    /// <summary>How much each article adds to the story's earlier ones, in [0, 1], by article id (see <see cref="NoveltyBuilder"/>).</summary>
    public IReadOnlyDictionary<string, double> Novelty { get; init; } = new Dictionary<string, double>();

    /// <summary>The story's topic and its sibling stories in the run, or null when its topic is not known (see <see cref="StoryTopics"/>).</summary>
    public StoryTopic? Topic { get; init; }

    /// <summary>The people, for the "who's who": most mentioned first.</summary>
    public IEnumerable<ResolvedEntity> People => Entities.Where(e => e.Kind == EntityKind.Person);

    public IEnumerable<ResolvedEntity> Organizations => Entities.Where(e => e.Kind == EntityKind.Organization);

    public IEnumerable<ResolvedEntity> Places => Entities.Where(e => e.Kind == EntityKind.Location);

    /// <summary>Outlets, agencies and platforms the articles name (not the outlets that published them: see <see cref="Outlets"/>).</summary>
    public IEnumerable<ResolvedEntity> MentionedOutlets => Entities.Where(e => e.Kind == EntityKind.Outlet);
}

/// <summary>
/// A summary sentence: a sentence of <see cref="Source"/>, cited to it and to every article that states the same;
/// <see cref="Copies"/> are the cited articles that only repeat another cited one's source (see <see cref="CopyGroups.RepeatsAmong"/>).
/// </summary>
public sealed record SummarySentence(Article Source, TextSpan Span, IReadOnlyList<string> Citations)
{
    public string Text => Source.TextOf(Span);

    /// <summary>Cited wire copies and reprints whose source is already cited: noted, not counted.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>How many independent sources state it.</summary>
    public int Sources => Citations.Count - Copies.Count;
}

/// <summary>Everything one run produces: the dossiers and every diagnostic met on the way.</summary>
public sealed record DossierReport(IReadOnlyList<StoryDossier> Stories, IReadOnlyList<Diagnostic> Diagnostics);
