using System.Text;
using Dossier.Core.Ingest.Feeds;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest.Feeds;

public sealed class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Vellan Courier</title>
            <link>https://courier.example/</link>
            <item>
              <title>Ferry contract approved &amp;#8217;at last&amp;#8217;</title>
              <link>https://courier.example/ferry</link>
              <description>&lt;p&gt;The council approved the contract.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>The island council of Vellan approved a three-year ferry contract.</p><p>More follows.</p>]]></content:encoded>
              <pubDate>Tue, 10 Jun 2026 14:30:00 +0200</pubDate>
              <author>desk@courier.example (Lina Brecht)</author>
            </item>
            <item>
              <title>Harbour reopens</title>
              <guid isPermaLink="true">https://courier.example/harbour</guid>
              <dc:creator>Tomas Vey</dc:creator>
              <dc:date>2026-06-11T08:00:00Z</dc:date>
              <description>Short teaser.</description>
            </item>
            <item>
              <title>Undated</title>
              <link>https://courier.example/undated</link>
              <pubDate>sometime soon</pubDate>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="html">Valley &lt;b&gt;News&lt;/b&gt;</title>
          <author><name>Valley Desk</name></author>
          <entry>
            <title>Lake Orvel freezes early</title>
            <link rel="replies" href="https://valley.example/ice/comments"/>
            <link rel="alternate" type="text/html" href="https://valley.example/ice"/>
            <published>2026-01-12T09:45:00+01:00</published>
            <updated>2026-01-13T10:00:00+01:00</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Ice formed along the <em>northern</em> shore.</p></div></content>
          </entry>
          <entry>
            <title>Ferries halted</title>
            <link href="/ferries"/>
            <updated>2026-01-12T07:10:00Z</updated>
            <author><name>Mara Holt</name></author>
            <summary>All crossings stopped.</summary>
            <content type="html">&lt;p&gt;All three lines stopped.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    private const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Orvel Courier",
          "authors": [{ "name": "Courier Staff" }],
          "items": [
            { "id": "1", "url": "https://orvel.example/a", "title": "Crossings resume", "content_html": "<p>Crossings resumed.</p>",
              "date_published": "2026-01-20T06:00:00-05:00", "authors": [{ "name": "Ada Lind" }] },
            { "id": "2", "external_url": "https://other.example/b", "content_text": "Plain words only.", "summary": "Short." },
            "not an object"
          ]
        }
        """;

    private static FeedReader.Result Read(string text) => FeedReader.Read(Encoding.UTF8.GetBytes(text), "feed", 1_000_000);

    private static Feed ReadFeed(string text)
    {
        var result = Read(text);
        Assert.Equal(FeedReader.Outcome.Feed, result.Outcome);
        return result.Feed!;
    }

    [Fact]
    public void Reads_rss_2_items_with_content_encoded_dates_authors_and_guid_links()
    {
        var feed = ReadFeed(Rss);

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Vellan Courier", feed.Title);
        Assert.Equal(3, feed.Items.Count);

        var first = feed.Items[0];
        Assert.Equal("https://courier.example/ferry", first.Link);
        Assert.Equal("Ferry contract approved \u2019at last\u2019", first.Title);
        Assert.Equal("Lina Brecht", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 14, 30, 0, TimeSpan.FromHours(2)), first.Published);
        Assert.StartsWith("<p>The island council", first.Content!.Value);
        Assert.True(first.Content.IsHtml);
        Assert.Equal("<p>The council approved the contract.</p>", first.Summary!.Value);

        var second = feed.Items[1];
        Assert.Equal("https://courier.example/harbour", second.Link);
        Assert.Equal("Tomas Vey", second.Author);
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Null(second.Content);

        var third = feed.Items[2];
        Assert.Null(third.Published);
        Assert.Equal(DiagnosticCodes.UnparsableDate, Assert.Single(third.Diagnostics).Code);
    }

    [Fact]
    public void Reads_atom_entries_with_alternate_links_text_constructs_and_feed_authors()
    {
        var feed = ReadFeed(Atom);

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Valley News", feed.Title);

        var ice = feed.Items[0];
        Assert.Equal("https://valley.example/ice", ice.Link);
        Assert.Equal("Valley Desk", ice.Author);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 45, 0, TimeSpan.FromHours(1)), ice.Published);
        Assert.True(ice.Content!.IsHtml);
        Assert.Contains("<em>northern</em> shore", ice.Content.Value);
        Assert.DoesNotContain("<div", ice.Content.Value);

        var ferries = feed.Items[1];
        Assert.Equal("/ferries", ferries.Link);
        Assert.Equal("Mara Holt", ferries.Author);
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 7, 10, 0, TimeSpan.Zero), ferries.Published);
        Assert.Equal("<p>All three lines stopped.</p>", ferries.Content!.Value);
        Assert.Equal(new FeedText("All crossings stopped.", IsHtml: false), ferries.Summary);
    }

    [Fact]
    public void Reads_json_feed_1_1_items()
    {
        var feed = ReadFeed(JsonFeed);

        Assert.Equal(FeedFormat.Json, feed.Format);
        Assert.Equal(3, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://orvel.example/a", first.Link);
        Assert.Equal("Ada Lind", first.Author);
        Assert.Equal(new FeedText("<p>Crossings resumed.</p>", IsHtml: true), first.Content);
        Assert.Equal(new DateTimeOffset(2026, 1, 20, 6, 0, 0, TimeSpan.FromHours(-5)), first.Published);

        var second = feed.Items[1];
        Assert.Equal("https://other.example/b", second.Link);
        Assert.Equal("Courier Staff", second.Author);
        Assert.Equal(new FeedText("Plain words only.", IsHtml: false), second.Content);

        Assert.Null(feed.Items[2].Link);
    }

    [Fact]
    public void Reads_rss_1_0()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://x.example/"><title>RDF News</title></channel>
              <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link></item>
            </rdf:RDF>
            """;

        var feed = ReadFeed(rdf);

        Assert.Equal(FeedFormat.Rdf, feed.Format);
        Assert.Equal("RDF News", feed.Title);
        Assert.Equal("https://x.example/1", Assert.Single(feed.Items).Link);
    }

    [Fact]
    public void Reads_a_feed_in_a_legacy_encoding_declared_by_its_xml_declaration()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Café “news”</title></channel></rss>";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var result = FeedReader.Read(Encoding.GetEncoding(1252).GetBytes(xml), "feed", 1_000_000);

        Assert.Equal("Café “news”", result.Feed!.Title);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>A page</p></body></html>")]
    [InlineData("<html><body>rss</body></html>")]
    [InlineData("{\"text\": \"a JSON record\"}")]
    [InlineData("[{\"text\": \"records\"}]")]
    [InlineData("plain text")]
    [InlineData("")]
    public void Content_that_is_not_a_feed_is_left_to_other_readers(string content) =>
        Assert.Equal(FeedReader.Outcome.NotAFeed, Read(content).Outcome);

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>Broken</channel></rss>", "not well-formed")]
    [InlineData("<rss version=\"2.0\"></rss>", "no <channel>")]
    [InlineData("<feed><entry/></feed>", "not an RSS 2.0, RSS 1.0 or Atom 1.0 feed")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": 3}", "\"items\"")]
    public void A_broken_feed_is_invalid_with_a_reason(string content, string reason)
    {
        var result = Read(content);

        Assert.Equal(FeedReader.Outcome.Invalid, result.Outcome);
        Assert.Equal(DiagnosticCodes.InvalidFeed, result.Problem!.Code);
        Assert.Contains(reason, result.Problem.Message);
        Assert.Equal("feed", result.Problem.Source);
    }

    [Fact]
    public void A_dtd_is_refused_so_entities_never_expand()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss version="2.0"><channel><title>&c;</title></channel></rss>
            """;

        var result = Read(laughs);

        Assert.Equal(FeedReader.Outcome.Invalid, result.Outcome);
        Assert.Contains("DOCTYPE", result.Problem!.Message);
    }

    [Fact]
    public void The_character_limit_stops_an_oversized_feed()
    {
        var xml = $"<rss version=\"2.0\"><channel><title>{new string('x', 5000)}</title></channel></rss>";

        var result = FeedReader.Read(Encoding.UTF8.GetBytes(xml), "feed", maxChars: 1000);

        Assert.Equal(FeedReader.Outcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData("Tue, 10 Jun 2026 14:30:00 +0200", "2026-06-10T14:30:00+02:00")]
    [InlineData("10 Jun 2026 14:30 GMT", "2026-06-10T14:30:00+00:00")]
    [InlineData("Wed, 02 Oct 02 08:00:00 EST", "2002-10-02T08:00:00-05:00")]
    [InlineData("Tue, 10 June 2026 14:30:00 PDT", "2026-06-10T14:30:00-07:00")]
    [InlineData("2026-06-10T14:30:00+02:00", "2026-06-10T14:30:00+02:00")]
    [InlineData("2026-06-10T12:30:00Z", "2026-06-10T12:30:00+00:00")]
    public void Parses_feed_dates(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("sometime soon")]
    [InlineData("31 Feb 2026 10:00:00 GMT")]
    [InlineData("")]
    public void Rejects_non_dates(string text) => Assert.False(FeedDates.TryParse(text, out _));
}
