using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Feeds;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest.Feeds;

public sealed class FeedExpanderTests
{
    private static readonly string LongText = string.Join(" ", Enumerable.Repeat("The ferry council met again on Thursday.", 30));

    private sealed class RecordingFetcher : IFeedPageFetcher
    {
        public List<(Uri Link, ArticleMetadata Metadata)> Calls { get; } = [];

        public IngestItem FetchPage(Uri link, ArticleMetadata fromFeed, IReadOnlyList<Diagnostic> carried)
        {
            Calls.Add((link, fromFeed));
            return IngestItem.Of(new SourceDocument(link.AbsoluteUri, SourceFormat.Html, "<p>fetched</p>", fromFeed, carried));
        }
    }

    private static FeedItem Item(string? link, FeedText? content = null, FeedText? summary = null, string? title = "T") =>
        new(link, title, null, new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero), content, summary, []);

    private static List<IngestItem> Expand(IngestOptions options, RecordingFetcher? fetcher, params FeedItem[] items) =>
        FeedExpander.Expand(new Feed(FeedFormat.Rss, "Feed", items), "https://feed.example/rss", new Uri("https://feed.example/rss"), options, fetcher).ToList();

    [Fact]
    public void An_item_carrying_its_full_text_is_used_as_it_is()
    {
        var fetcher = new RecordingFetcher();

        var document = Assert.Single(Expand(new IngestOptions(), fetcher, Item("https://feed.example/a", new FeedText($"<p>{LongText}</p>", true)))).Document!;

        Assert.Empty(fetcher.Calls);
        Assert.Equal("https://feed.example/a", document.Origin);
        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal("T", document.Metadata.Title);
        Assert.Equal("https://feed.example/a", document.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero), document.Metadata.Published);
    }

    [Fact]
    public void A_full_text_in_the_description_counts_too_and_plain_text_stays_plain()
    {
        var fetcher = new RecordingFetcher();

        var document = Assert.Single(Expand(new IngestOptions(), fetcher,
            Item("https://feed.example/a", new FeedText("Teaser.", false), new FeedText(LongText, false)))).Document!;

        Assert.Empty(fetcher.Calls);
        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal(LongText, document.Content);
    }

    [Fact]
    public void An_item_with_only_a_teaser_has_its_link_fetched_with_the_feed_metadata()
    {
        var fetcher = new RecordingFetcher();

        var items = Expand(new IngestOptions(), fetcher, Item("/story", summary: new FeedText("<p>Two short sentences. Read more.</p>", true)));

        var call = Assert.Single(fetcher.Calls);
        Assert.Equal("https://feed.example/story", call.Link.AbsoluteUri);
        Assert.Equal("T", call.Metadata.Title);
        Assert.Equal("<p>fetched</p>", Assert.Single(items).Document!.Content);
    }

    [Fact]
    public void The_word_threshold_is_an_option()
    {
        var fetcher = new RecordingFetcher();

        Expand(new IngestOptions { FeedFullContentMinWords = 3 }, fetcher, Item("https://feed.example/a", new FeedText("<p>Three whole words</p>", true)));

        Assert.Empty(fetcher.Calls);
    }

    [Fact]
    public void Without_a_link_the_short_text_is_used_and_without_either_the_item_is_a_diagnostic()
    {
        var items = Expand(new IngestOptions(), new RecordingFetcher(),
            Item(null, summary: new FeedText("Only a teaser.", false)),
            Item("mailto:desk@feed.example"),
            Item(null));

        Assert.Equal("https://feed.example/rss#1", items[0].Document!.Origin);
        Assert.Equal(DiagnosticCodes.InvalidFeed, items[1].Problem!.Code);
        Assert.Equal(DiagnosticCodes.InvalidFeed, items[2].Problem!.Code);
        Assert.Equal("https://feed.example/rss#3", items[2].Problem!.Source);
    }

    [Fact]
    public void At_most_max_feed_items_are_read_and_the_cut_is_reported()
    {
        var fetcher = new RecordingFetcher();
        var many = Enumerable.Range(1, 5).Select(i => Item($"https://feed.example/{i}")).ToArray();

        var items = Expand(new IngestOptions { MaxFeedItems = 3 }, fetcher, many);

        Assert.Equal(3, fetcher.Calls.Count);
        Assert.Equal(4, items.Count);
        Assert.Equal(DiagnosticCodes.TooManyRecords, items[3].Problem!.Code);
        Assert.Contains("first 3 of the feed's 5 items", items[3].Problem!.Message);
    }

    [Fact]
    public void An_empty_feed_says_so()
    {
        var problem = Assert.Single(Expand(new IngestOptions(), null)).Problem!;

        Assert.Equal(DiagnosticCodes.EmptyFeed, problem.Code);
        Assert.Equal(Severity.Info, problem.Severity);
    }
}
