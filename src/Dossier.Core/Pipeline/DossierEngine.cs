using Dossier.Core.Ingest;
using Dossier.Core.Model;
using Dossier.Core.Storage;
using Dossier.Core.Stories;
using Dossier.Core.Synthesis;

namespace Dossier.Core.Pipeline;

/// <summary>
/// The whole job over one store: read sources, make and annotate articles, store them, group the stored articles into
/// stories and build their dossiers. The CLI, and later the service and workers, call this; none of them repeats it.
/// </summary>
/// <param name="time">The clock for fetch timeouts (the system clock when not given).</param>
/// <param name="pipeline">The article stages (<see cref="ArticlePipeline.Standard"/> when not given).</param>
public sealed class DossierEngine(IArticleStore store, DossierOptions options, TimeProvider? time = null, ArticlePipeline? pipeline = null)
{
    // Made on first ingest: the standard pipeline loads the entity model, which `show` and `stories` never need.
    private readonly Lazy<ArticlePipeline> _pipeline = new(() => pipeline ?? ArticlePipeline.Standard());

    public static int CountFiles(IEnumerable<string> paths) => FileSource.CountFiles(paths);

    /// <summary>
    /// Ingests files, folders and http(s) URLs of pages and feeds. Articles already stored (same content) are left as
    /// they are; sources that give no article are stored as diagnostics. <paramref name="progress"/> is told after each file.
    /// </summary>
    public IngestSummary Ingest(IEnumerable<string> paths, IProgress<string>? progress = null)
    {
        var reader = new ArticleReader(options.Ingest, store, time);
        var added = 0;
        var alreadyStored = 0;
        var ids = new List<string>();
        var problems = new List<Diagnostic>();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        string? lastFile = null;
        foreach (var (origin, extracted, problem) in reader.Read(paths))
        {
            var file = origin.Split('#')[0];
            if (lastFile is not null && file != lastFile) progress?.Report(lastFile);
            lastFile = file;

            if (extracted is not { } article)
            {
                store.AddDiagnostic(problem!);
                problems.Add(problem!);
                continue;
            }
            var firstOrigin = origins.GetValueOrDefault(article.Id) ?? store.GetOrigin(article.Id);
            if (firstOrigin is not null && firstOrigin != article.Origin)
            {
                // The same content under another name: one article, and the user is told which file it duplicates.
                problems.Add(new Diagnostic(DiagnosticCodes.DuplicateContent, "ingest", Severity.Info,
                    $"same content as '{firstOrigin}'; counted once", article.Origin));
            }
            if (origins.TryAdd(article.Id, firstOrigin ?? article.Origin)) ids.Add(article.Id);
            if (firstOrigin is not null)
            {
                alreadyStored++;
                continue;
            }

            _pipeline.Value.Process(article);
            store.AddArticle(article);
            problems.AddRange(article.Diagnostics);
            added++;
        }
        if (lastFile is not null) progress?.Report(lastFile);
        return new IngestSummary(added, alreadyStored, ids, problems);
    }

    /// <summary>
    /// Regroups every stored article into stories and stores the grouping with the merges met. Stories keep the ids
    /// they had where they survive (<see cref="StableStoryIds"/>), so an id a user saw before stays good.
    /// </summary>
    public IReadOnlyList<Story> RegroupStories()
    {
        var grouping = StableStoryIds.Carry(GroupWithMerges(store.GetArticles()), store.GetStories());
        // The store lists stories by headline, so it is worked out here; reports build their own dossiers.
        var builder = new DossierBuilder(options.Synthesis);
        foreach (var story in grouping.Stories) story.Headline = builder.HeadlineOf(story);
        store.ReplaceStories(grouping.Stories, grouping.Merges);
        return grouping.Stories;
    }

    /// <summary>
    /// Groups the given articles into stories (and topics) through a fresh story stream, without storing anything; only
    /// articles with body text can belong to a story.
    /// </summary>
    public IReadOnlyList<Story> Group(IEnumerable<Article> articles) => GroupWithMerges(articles).Stories;

    private StoryGrouping GroupWithMerges(IEnumerable<Article> articles) =>
        new StoryGrouper(options.StoryStream).Group(articles.Where(a => a.Blocks.Any(b => b.IsBody)));

    /// <summary>
    /// The dossiers of these stories, each with its topic and the sibling stories of that topic: the other stories
    /// reported, then those of <paramref name="others"/> (stories known but not reported, such as the rest of a store).
    /// </summary>
    public DossierReport Report(IEnumerable<Story> stories, IReadOnlyList<Diagnostic> diagnostics, IEnumerable<StoryHeadline>? others = null)
    {
        var builder = new DossierBuilder(options.Synthesis);
        var reported = stories.ToList();
        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in reported)
            if (story.TopicId is { } topic) topics.TryAdd(story.Id, topic);
        return new DossierReport(StoryTopics.Attach(reported.Select(builder.Build).ToList(), topics, others), diagnostics);
    }

    /// <summary>
    /// The stored story with this id (or a unique prefix of it), rebuilt from its stored articles. An id that was
    /// absorbed by a merge leads to the story that absorbed it, and the result says so. Null when no single story matches.
    /// </summary>
    public FoundStory? FindStory(string id)
    {
        var stored = store.GetStories();
        var matches = stored.Where(s => s.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)).ToList();
        string? absorbed = null;
        if (matches.Count == 0 && StoryMergeHistory.Find(store.GetStoryMerges(), stored, id) is var (from, into))
        {
            absorbed = from;
            matches = [into];
        }
        if (matches.Count != 1) return null;
        var match = matches[0];
        var story = new Story(match.Id) { TopicId = match.TopicId, Headline = match.Headline };
        story.Articles.AddRange(match.ArticleIds.Select(store.GetArticle).OfType<Article>());
        var siblings = stored.Where(s => s.Id != match.Id).Select(s => new StoryHeadline(s.Id, s.TopicId, s.Headline)).ToList();
        return new FoundStory(story, absorbed, siblings);
    }
}

/// <summary>
/// A stored story found by id: the story, the absorbed id that led to it when the id asked for was merged into it (null
/// otherwise), and the other stored stories, among which its topic's siblings are.
/// </summary>
public sealed record FoundStory(Story Story, string? MergedFrom, IReadOnlyList<StoryHeadline> Others);

/// <summary>What an ingest run did: counts, the ids of the articles its sources hold (new or not), and every diagnostic met.</summary>
public sealed record IngestSummary(int Added, int AlreadyStored, IReadOnlyList<string> ArticleIds, IReadOnlyList<Diagnostic> Diagnostics);

public sealed record DossierOptions
{
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>
    /// Makes the story stream each grouping feeds its articles to: a fresh one every time, since a grouping replays the
    /// whole batch (<see cref="StoryStreams.Default"/> unless another is given, as tests and experiments do).
    /// </summary>
    public Func<IStoryStream> StoryStream { get; init; } = StoryStreams.Default;

    public DossierBuilderOptions Synthesis { get; init; } = new();
}
