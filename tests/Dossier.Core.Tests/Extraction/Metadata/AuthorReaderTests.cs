using static Dossier.Core.Tests.Extraction.Metadata.MetadataPages;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class AuthorReaderTests
{
    [Fact]
    public void Json_ld_people_arrays_and_strings_are_read_and_organisations_skipped()
    {
        var page = Read(Page(JsonLd("""
            {"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},"John Roe",{"@type":"Organization","name":"Harbor Ledger"}]}
            """)));

        Assert.Equal(["Jane Doe", "John Roe"], page.Authors!.Value);
        Assert.Equal("json-ld:author", page.Authors.Evidence.ToString());
    }

    [Fact]
    public void A_person_named_like_the_site_is_still_the_author()
    {
        var page = Read(Page("""<meta property="og:site_name" content="Jane Doe">"""
            + JsonLd("""{"@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"}}""")));

        Assert.Equal(["Jane Doe"], page.Authors!.Value);
    }

    [Fact]
    public void A_meta_author_that_is_the_outlet_names_nobody_and_the_byline_is_used()
    {
        var page = Read(Page("""
            <meta property="og:site_name" content="Harbor Ledger"><meta name="author" content="Harbor Ledger">
            """, """<h1>Port strike</h1><div class="byline">By <a href="/people/jane-doe">Jane Doe</a></div>"""));

        Assert.Equal(["Jane Doe"], page.Authors!.Value);
        Assert.Equal("markup:byline", page.Authors.Evidence.ToString());
    }

    [Theory]
    [InlineData("""<meta name="author" content="Jane Doe">""", "meta:author")]
    [InlineData("""<meta name="DC.creator" content="Doe, Jane">""", "meta:dc.creator")]
    [InlineData("""<meta name="parsely-author" content="Jane Doe">""", "meta:parsely-author")]
    [InlineData("""<meta name="byl" content="By JANE DOE">""", "meta:byl")]
    [InlineData("""<meta property="article:author" content="https://harbor.example/author/jane-doe">""", "meta:article:author")]
    public void Meta_tags_give_the_author(string head, string evidence)
    {
        var page = Read(Page(head));

        Assert.Equal(["Jane Doe"], page.Authors!.Value);
        Assert.Equal(evidence, page.Authors.Evidence.ToString());
    }

    [Fact]
    public void An_article_author_that_is_a_social_profile_url_without_a_name_is_ignored()
    {
        var page = Read(Page("""<meta property="article:author" content="https://www.facebook.com/harborledger">"""));

        Assert.Null(page.Authors);
    }

    [Fact]
    public void Rel_author_links_in_one_byline_are_read_and_later_ones_are_other_stories()
    {
        var page = Read(Page("", """
            <h1>Port strike</h1>
            <p class="meta"><a rel="author" href="/a/jane">Jane Doe</a> and <a rel="author" href="/a/john">John Roe</a></p>
            <ul class="related"><li><a rel="author" href="/a/max">Max Moe</a></li></ul>
            """));

        Assert.Equal(["Jane Doe", "John Roe"], page.Authors!.Value);
        Assert.Equal("link:author", page.Authors.Evidence.ToString());
    }

    [Fact]
    public void Microdata_author_gives_its_own_name_property()
    {
        var page = Read(Page("", """
            <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span> — Staff</span>
            """));

        Assert.Equal(["Jane Doe"], page.Authors!.Value);
        Assert.Equal("itemprop:author", page.Authors.Evidence.ToString());
    }

    [Fact]
    public void A_byline_box_is_read_line_by_line()
    {
        var page = Read(Page("", """
            <h1>Port strike</h1>
            <div class="article-author"><a href="/p/jane">Jane Doe</a><div class="author-title">Business Editor</div><time>June 9, 2025</time></div>
            """));

        Assert.Equal(["Jane Doe"], page.Authors!.Value);
    }

    [Fact]
    public void A_by_line_after_the_headline_is_the_last_resort()
    {
        var page = Read(Page("", "<h1>Port strike</h1><p>By Jane Doe and John Roe, Harbor Ledger</p>"));

        Assert.Equal(["Jane Doe", "John Roe"], page.Authors!.Value);
        Assert.Equal("text:by", page.Authors.Evidence.ToString());
    }

    [Fact]
    public void Agreeing_sources_raise_the_confidence()
    {
        var alone = Read(Page("""<meta name="author" content="Jane Doe">"""));
        var confirmed = Read(Page("""<meta name="author" content="Jane Doe">""", """<h1>T</h1><div class="byline">By Jane Doe</div>"""));
        var contradicted = Read(Page("""<meta name="author" content="Jane Doe">""", """<h1>T</h1><div class="byline">By John Roe</div>"""));

        Assert.True(confirmed.Authors!.Confidence > alone.Authors!.Confidence);
        Assert.True(contradicted.Authors!.Confidence < alone.Authors.Confidence);
        Assert.Equal(["Jane Doe"], contradicted.Authors.Value);
    }

    [Fact]
    public void A_page_without_any_author_has_none()
    {
        var page = Read(Page("""<meta name="author" content="Staff">""", "<h1>Port strike</h1>"));

        Assert.Null(page.Authors);
    }
}
