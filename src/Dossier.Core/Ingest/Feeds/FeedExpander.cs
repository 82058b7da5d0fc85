using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Feeds;

/// <summary>Fetches the page an item links to, for items whose feed does not carry their full text.</summary>
public interface IFeedPageFetcher
{
    /// <summary>The page as a source document (with <paramref name="fromFeed"/> as its metadata), or a problem.</summary>
    IngestItem FetchPage(Uri link, ArticleMetadata fromFeed, IReadOnlyList<Diagnostic> carried);
}

/// <summary>
/// Turns a feed's items into source documents. An item whose feed carries its full text (at least
/// <see cref="IngestOptions.FeedFullContentMinWords"/> words in content:encoded, Atom content, content_html or the
/// description) is used as it is: fetching the page would only add the site's navigation. Otherwise the item's link is
/// fetched as an article page, since a teaser of a sentence or two is not an article. At most
/// <see cref="IngestOptions.MaxFeedItems"/> items are taken, in feed order.
/// </summary>
public static class FeedExpander
{
    /// <param name="origin">The feed's URL or path, for diagnostics and the origin of items without a link.</param>
    /// <param name="baseUrl">The feed's URL, against which relative item links are resolved; null for a file.</param>
    public static IEnumerable<IngestItem> Expand(Feed feed, string origin, Uri? baseUrl, IngestOptions options, IFeedPageFetcher? pages)
    {
        if (feed.Items.Count == 0)
        {
            yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.EmptyFeed, "ingest", Severity.Info,
                "the feed holds no items", origin));
            yield break;
        }
        for (var i = 0; i < feed.Items.Count; i++)
        {
            if (i >= options.MaxFeedItems)
            {
                yield return IngestItem.Failed(new Diagnostic(DiagnosticCodes.TooManyRecords, "ingest", Severity.Warning,
                    $"only the first {options.MaxFeedItems:N0} of the feed's {feed.Items.Count:N0} items were read", origin));
                yield break;
            }
            yield return FromItem(feed.Items[i], i + 1, origin, baseUrl, options, pages);
        }
    }

    private static IngestItem FromItem(FeedItem item, int number, string origin, Uri? baseUrl, IngestOptions options, IFeedPageFetcher? pages)
    {
        var link = Resolve(item.Link, baseUrl);
        var metadata = new ArticleMetadata { Title = item.Title, Published = item.Published, Url = link?.AbsoluteUri };
        var (body, words) = Best(item.Content, item.Summary);
        var itemOrigin = link?.AbsoluteUri ?? $"{origin}#{number}";

        if (body is not null && (words >= options.FeedFullContentMinWords || link is null || pages is null))
            return IngestItem.Of(new SourceDocument(itemOrigin, body.IsHtml ? SourceFormat.Html : SourceFormat.PlainText,
                body.Value, metadata, item.Diagnostics));
        if (link is not null && pages is not null)
            return pages.FetchPage(link, metadata, item.Diagnostics);
        return IngestItem.Failed(new Diagnostic(DiagnosticCodes.InvalidFeed, "ingest", Severity.Error,
            $"item {number} has neither text nor a link to an http or https page", itemOrigin));
    }

    /// <summary>The text with more words, content winning ties; feeds put the full text in either place.</summary>
    private static (FeedText? Text, int Words) Best(FeedText? content, FeedText? summary)
    {
        var contentWords = WordCount(content);
        var summaryWords = WordCount(summary);
        if (contentWords == 0 && summaryWords == 0) return (null, 0);
        return contentWords >= summaryWords ? (content, contentWords) : (summary, summaryWords);
    }

    internal static int WordCount(FeedText? text)
    {
        if (text is null) return 0;
        var visible = text.IsHtml ? XmlFeedParser.StripTags(text.Value) : text.Value;
        return visible.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static Uri? Resolve(string? link, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        // Combining with the base keeps absolute links as they are. Without a base, "/story" must not pass for an
        // absolute URL, which it is on Unix (a file path).
        var ok = baseUrl is not null
            ? Uri.TryCreate(baseUrl, link.Trim(), out var resolved)
            : Uri.TryCreate(link.Trim(), UriKind.Absolute, out resolved) && link.Contains("://", StringComparison.Ordinal);
        return ok && resolved!.Scheme is "http" or "https" ? resolved : null;
    }
}
