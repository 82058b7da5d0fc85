using Dossier.Core.Model;
using static Dossier.Core.Tests.Extraction.Metadata.MetadataPages;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class DateReaderTests
{
    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-09T10:00:00+01:00"}</script>""", "json-ld:datePublished")]
    [InlineData("""<meta property="article:published_time" content="2025-06-09T10:00:00+01:00">""", "meta:article:published_time")]
    [InlineData("""<meta name="DC.date.issued" content="2025-06-09T10:00:00+01:00">""", "meta:dc.date.issued")]
    [InlineData("""<meta itemprop="datePublished" content="2025-06-09T10:00:00+01:00">""", "itemprop:datePublished")]
    [InlineData("""<meta name="parsely-pub-date" content="2025-06-09T10:00:00+01:00">""", "meta:parsely-pub-date")]
    [InlineData("""<meta name="sailthru.date" content="2025-06-09T10:00:00+01:00">""", "meta:sailthru.date")]
    [InlineData("""<meta name="pubdate" content="2025-06-09T10:00:00+01:00">""", "meta:pubdate")]
    public void Each_structured_source_gives_the_publication_date(string head, string evidence)
    {
        var published = Read(Page(head)).Published;

        Assert.NotNull(published);
        Assert.Equal("2025-06-09T10:00:00+01:00", published.Value.ToIso());
        Assert.Equal(evidence, published.Evidence.ToString());
    }

    [Fact]
    public void A_time_element_in_the_article_gives_the_date()
    {
        var published = Read(Page("", """<h1>Port strike</h1><time datetime="2025-06-09T10:00">9 June</time>""")).Published;

        Assert.NotNull(published);
        Assert.Equal("2025-06-09T10:00", published.Value.ToIso());
        Assert.Equal("time[datetime]", published.Evidence.ToString());
    }

    [Fact]
    public void A_time_marked_as_an_update_is_the_modification_date()
    {
        var page = Read(Page("", """
            <h1>Port strike</h1>
            <time class="published" datetime="2025-06-09T10:00">9 June</time>
            <span class="updated">Updated <time datetime="2025-06-10T08:30">10 June</time></span>
            """));

        Assert.Equal("2025-06-09T10:00", page.Published!.Value.ToIso());
        Assert.Equal("2025-06-10T08:30", page.Modified!.Value.ToIso());
    }

    [Fact]
    public void The_url_path_gives_a_day()
    {
        var page = Read(Page("""<link rel="canonical" href="https://harbor.example/news/2025/06/09/port-strike">"""));

        Assert.Equal("2025-06-09", page.Published!.Value.ToIso());
        Assert.Equal(DatePrecision.Day, page.Published.Value.Precision);
        Assert.Equal("url", page.Published.Evidence.ToString());
    }

    [Fact]
    public void A_dateline_near_the_headline_is_the_last_resort()
    {
        var page = Read(Page("", "<h1>Port strike</h1><p class=\"meta\">Published June 9, 2025 · Updated June 10, 2025 at 8:30 am</p>"));

        Assert.Equal("2025-06-09", page.Published!.Value.ToIso());
        Assert.Equal("text", page.Published.Evidence.ToString());
        Assert.Equal("2025-06-10T08:30", page.Modified!.Value.ToIso());
    }

    [Fact]
    public void Published_and_modified_are_separate_values()
    {
        var page = Read(Page("""
            <meta property="article:published_time" content="2025-06-09T10:00:00Z">
            <meta property="article:modified_time" content="2025-06-11T16:20:00Z">
            """));

        Assert.Equal("2025-06-09T10:00:00+00:00", page.Published!.Value.ToIso());
        Assert.Equal("2025-06-11T16:20:00+00:00", page.Modified!.Value.ToIso());
        Assert.Equal("meta:article:modified_time", page.Modified.Evidence.ToString());
    }

    [Fact]
    public void Json_ld_comes_before_meta_and_a_conflict_is_reported_and_lowers_confidence()
    {
        var agreeing = Read(Page(JsonLd("""{"@type":"NewsArticle","datePublished":"2025-06-09T10:00:00Z"}""")
            + """<meta property="article:published_time" content="2025-06-09T10:00:00Z">"""));
        var conflicting = Read(Page(JsonLd("""{"@type":"NewsArticle","datePublished":"2025-06-09T10:00:00Z"}""")
            + """<meta property="article:published_time" content="2024-01-02T10:00:00Z">"""));

        Assert.Equal("json-ld:datePublished", conflicting.Published!.Evidence.ToString());
        Assert.Equal("2025-06-09T10:00:00+00:00", conflicting.Published.Value.ToIso());
        Assert.True(conflicting.Published.Confidence < agreeing.Published!.Confidence);
        Assert.Contains(conflicting.Problems, p => p.Code == DiagnosticCodes.ConflictingMetadataDates);
        Assert.DoesNotContain(agreeing.Problems, p => p.Code == DiagnosticCodes.ConflictingMetadataDates);
    }

    [Fact]
    public void A_later_source_that_agrees_on_the_day_adds_the_time()
    {
        var page = Read(Page("""
            <meta name="date" content="2025-06-09">
            """, """<h1>Port strike</h1><time datetime="2025-06-09T10:00:00+01:00">9 June</time>"""));

        Assert.Equal("2025-06-09T10:00:00+01:00", page.Published!.Value.ToIso());
        Assert.Equal("time[datetime]", page.Published.Evidence.ToString());
    }

    [Fact]
    public void An_unreadable_structured_date_is_reported_and_the_next_source_used()
    {
        var page = Read(Page("""
            <meta property="article:published_time" content="last Tuesday">
            <meta name="date" content="2025-06-09">
            """));

        Assert.Equal("2025-06-09", page.Published!.Value.ToIso());
        var problem = Assert.Single(page.Problems);
        Assert.Equal(DiagnosticCodes.UnparsableMetadataDate, problem.Code);
        Assert.Contains("meta:article:published_time", problem.Message);
    }

    [Fact]
    public void A_modification_before_the_publication_is_dropped()
    {
        var page = Read(Page("""
            <meta property="article:published_time" content="2025-06-09T10:00:00Z">
            <meta property="article:modified_time" content="2019-01-01T10:00:00Z">
            """));

        Assert.NotNull(page.Published);
        Assert.Null(page.Modified);
    }

    [Fact]
    public void The_articles_json_ld_wins_over_an_embedded_video_and_the_web_page()
    {
        var page = Read(Page(
            JsonLd("""{"@type":"VideoObject","name":"Clip","uploadDate":"2025-06-12T08:00:00Z"}""")
            + JsonLd("""{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","headline":"Port strike","datePublished":"2025-06-09T10:00:00Z"}]}""")));

        Assert.Equal("2025-06-09T10:00:00+00:00", page.Published!.Value.ToIso());
    }

    [Fact]
    public void Json_ld_in_a_cdata_wrapper_is_read()
    {
        var page = Read(Page("<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\":\"Article\",\"datePublished\":\"2025-06-09\"}\n//]]></script>"));

        Assert.Equal("2025-06-09", page.Published!.Value.ToIso());
    }

    [Fact]
    public void Times_in_comments_and_asides_are_not_the_articles()
    {
        var page = Read(Page("", """
            <aside><time datetime="2021-01-01">Old story</time></aside>
            <div class="comments"><time datetime="2025-07-01">A comment</time></div>
            """));

        Assert.Null(page.Published);
    }
}
