using Dossier.Core.Ingest.Feeds;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Web;

/// <summary>
/// Reads URLs into source documents: a page becomes one document, a feed one per item (see <see cref="FeedExpander"/>).
/// What the URL is follows from its content, not its Content-Type alone. Saves each response's validators after it was
/// used, so the next ingest of an unchanged page or feed is a 304 and adds nothing.
/// </summary>
public sealed class WebSource(WebFetcher fetcher, IngestOptions options, IFetchValidatorStore? validators) : IFeedPageFetcher
{
    private int _failedPages;

    /// <summary>True for an absolute URL with a scheme ("https://…"), which the CLI treats as a URL rather than a path.</summary>
    public static bool LooksLikeUrl(string source) =>
        source.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile;

    public IEnumerable<IngestItem> Read(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.InvalidUrl, "ingest", Severity.Error,
                $"'{url}' is not an http or https URL; only those are fetched", url));
            yield break;
        }

        var result = Fetch(uri, ContentKinds.Any, url);
        if (result.Status != FetchStatus.Fetched)
        {
            yield return IngestItem.Failed(ProblemOf(result, url));
            yield break;
        }

        var feed = FeedReader.Read(result.Body, url, options.Web.MaxResponseBytes);
        if (feed.Outcome == FeedReader.Outcome.Invalid)
        {
            yield return IngestItem.Failed(feed.Problem!);
            yield break;
        }
        if (feed.Outcome == FeedReader.Outcome.Feed)
        {
            _failedPages = 0;
            foreach (var item in FeedExpander.Expand(feed.Feed!, url, result.Url, options, this))
                yield return item;
            // A feed whose item pages could not all be fetched is fetched in full next time, so they are tried again.
            if (_failedPages == 0) Save(result);
            yield break;
        }

        var page = Document(result, url, new ArticleMetadata(), []);
        if (page.Document is not null) Save(result);
        yield return page;
    }

    public IngestItem FetchPage(Uri link, ArticleMetadata fromFeed, IReadOnlyList<Diagnostic> carried)
    {
        var origin = link.AbsoluteUri;
        var result = Fetch(link, ContentKinds.Html | ContentKinds.PlainText, origin);
        if (result.Status != FetchStatus.Fetched)
        {
            if (result.Status == FetchStatus.Failed) _failedPages++;
            return IngestItem.Failed(ProblemOf(result, origin));
        }
        var page = Document(result, origin, fromFeed, carried);
        if (page.Document is not null) Save(result);
        return page;
    }

    private FetchResult Fetch(Uri url, ContentKinds accept, string source) =>
        // The engine is synchronous; the fetcher is asynchronous for a later service. It never captures a context.
        fetcher.FetchAsync(url, accept, source).GetAwaiter().GetResult();

    /// <summary>A fetched page or text as a source document: decoded by <see cref="HtmlCharset"/>, its URL the one that answered.</summary>
    private static IngestItem Document(FetchResult result, string origin, ArticleMetadata metadata, IReadOnlyList<Diagnostic> carried)
    {
        var kind = MediaTypes.KindOf(result.MediaType);
        if (kind == ContentKinds.Feed)
            return IngestItem.Failed(new Diagnostic(DiagnosticCodes.InvalidFeed, "ingest", Severity.Error,
                $"the content is '{result.MediaType}' but not an RSS, Atom or JSON feed", origin));

        var decoded = kind == ContentKinds.Html
            ? HtmlCharset.Decode(result.Body, result.Charset, origin)
            : HtmlCharset.DecodePlainText(result.Body, result.Charset, origin);
        if (decoded.Text is null)
            return IngestItem.Failed(decoded.Diagnostics[^1]);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            return IngestItem.Failed(new Diagnostic(DiagnosticCodes.EmptyFile, "ingest", Severity.Error,
                "the response holds only white space", origin));

        return IngestItem.Of(new SourceDocument(origin, kind == ContentKinds.Html ? SourceFormat.Html : SourceFormat.PlainText,
            decoded.Text, metadata with { Url = result.Url.AbsoluteUri }, [.. carried, .. decoded.Diagnostics]));
    }

    private static Diagnostic ProblemOf(FetchResult result, string source) =>
        result.Problem ?? new Diagnostic(DiagnosticCodes.NotModified, "ingest", Severity.Info,
            "unchanged since the last fetch (HTTP 304); nothing new to read", source);

    private void Save(FetchResult result)
    {
        if (validators is not null && result.Validators is { } saved)
            validators.SaveFetchValidators(result.Url.AbsoluteUri, saved);
    }
}
