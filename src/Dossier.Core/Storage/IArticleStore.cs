using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;
using Dossier.Core.Stories;
using Dossier.Core.Stories.Online;

namespace Dossier.Core.Storage;

/// <summary>
/// Where articles, their annotations, diagnostics and stories are kept. Every write is idempotent: storing the same
/// article or diagnostic twice leaves the store as it was after the first time. Failures of the store itself (an
/// unreadable or locked file, a malformed search query) are reported as <see cref="StoreException"/>. It also keeps the
/// HTTP validators of fetched URLs (<see cref="IFetchValidatorStore"/>), so that fetching again can be conditional.
/// </summary>
public interface IArticleStore : IDisposable, IFetchValidatorStore
{
    /// <summary>Stores the article with its blocks, sentences and diagnostics. Returns false when an article with the same id was already stored (nothing is changed then).</summary>
    bool AddArticle(Article article);

    bool ContainsArticle(string id);

    /// <summary>Where the stored article with this id came from, or null when none is stored. Cheaper than <see cref="GetArticle"/>.</summary>
    string? GetOrigin(string id);

    Article? GetArticle(string id);

    /// <summary>All stored articles, in the order they were first stored.</summary>
    IReadOnlyList<Article> GetArticles();

    /// <summary>Stores a diagnostic that belongs to no stored article (an unreadable file, say). Idempotent per (source, code, message).</summary>
    void AddDiagnostic(Diagnostic diagnostic);

    /// <summary>Every diagnostic: those of articles and those of sources that gave no article.</summary>
    IReadOnlyList<Diagnostic> GetDiagnostics();

    /// <summary>
    /// Replaces the stored grouping of articles into stories (with each story's topic) with this one, and adds
    /// <paramref name="merges"/> to the merge history, in one transaction. A merge already in the history is not added again.
    /// </summary>
    void ReplaceStories(IReadOnlyList<Story> stories, IReadOnlyList<StoryMerge>? merges = null);

    IReadOnlyList<StoredStory> GetStories();

    /// <summary>Every story merge stored so far, oldest first: the history that leads an absorbed id to its survivor.</summary>
    IReadOnlyList<StoryMerge> GetStoryMerges();

    /// <summary>Ids of articles whose title or text matches an FTS5 query, best first.</summary>
    /// <exception cref="StoreException">The query is empty or not valid FTS5 syntax.</exception>
    IReadOnlyList<string> SearchArticles(string query, int limit = 20);
}

/// <summary>A story as stored: its id, headline, the ids of its articles in story order, and its topic (null in a store grouped before topics).</summary>
public sealed record StoredStory(string Id, string Headline, IReadOnlyList<string> ArticleIds, string? TopicId = null);
