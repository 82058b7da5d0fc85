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

    /// <summary>Regroups every stored article into stories and stores the grouping.</summary>
    public IReadOnlyList<Story> RegroupStories()
    {
        var stories = Group(store.GetArticles());
        // The store lists stories by headline, so it is worked out here; reports build their own dossiers.
        var builder = new DossierBuilder(options.Synthesis);
        foreach (var story in stories) story.Headline = builder.HeadlineOf(story);
        store.ReplaceStories(stories);
        return stories;
    }

    /// <summary>Groups the given articles into stories; only articles with body text can belong to a story.</summary>
    public IReadOnlyList<Story> Group(IEnumerable<Article> articles) => GroupWithMerges(articles).Stories;

    private StoryGrouping GroupWithMerges(IEnumerable<Article> articles) =>
        new StoryGrouper(options.StoryStream).Group(articles.Where(a => a.Blocks.Any(b => b.IsBody)));

    public DossierReport Report(IEnumerable<Story> stories, IReadOnlyList<Diagnostic> diagnostics)
    {
        var builder = new DossierBuilder(options.Synthesis);
        return new DossierReport(stories.Select(builder.Build).ToList(), diagnostics);
    }

    /// <summary>The stored story with this id (or a unique prefix of it), rebuilt from its stored articles.</summary>
    public Story? FindStory(string id)
    {
        var matches = store.GetStories().Where(s => s.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1) return null;
        var story = new Story(matches[0].Id) { Headline = matches[0].Headline };
        story.Articles.AddRange(matches[0].ArticleIds.Select(store.GetArticle).OfType<Article>());
        return story;
    }
}

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
