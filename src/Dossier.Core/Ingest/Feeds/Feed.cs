using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Feeds;

public enum FeedFormat
{
    Rss,
    /// <summary>RSS 1.0 (RDF): items beside the channel, same element names as RSS 2.0.</summary>
    Rdf,
    Atom,
    Json,
}

/// <summary>Text an item carries: HTML (RSS description, content:encoded, Atom html/xhtml, content_html) or plain text.</summary>
public sealed record FeedText(string Value, bool IsHtml);

/// <summary>One item or entry of a feed. Every field may be missing; feeds in the wild omit all of them somewhere.</summary>
/// <param name="Content">The fullest body the item carries: content:encoded, Atom content, content_html or content_text.</param>
/// <param name="Summary">The shorter text: RSS description, Atom summary, JSON summary.</param>
/// <param name="Diagnostics">Problems with this item's fields (an unparsable date), carried to its article.</param>
public sealed record FeedItem(
    string? Link,
    string? Title,
    string? Author,
    DateTimeOffset? Published,
    FeedText? Content,
    FeedText? Summary,
    IReadOnlyList<Diagnostic> Diagnostics);

public sealed record Feed(FeedFormat Format, string? Title, IReadOnlyList<FeedItem> Items);
