using static Dossier.Core.Tests.Extraction.Metadata.MetadataPages;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class TitleOutletUrlTests
{
    [Fact]
    public void The_structured_title_wins_and_agreement_cuts_the_site_name()
    {
        var page = Read(Page("""
            <title>Port strike ends after three days | Harbor Ledger</title>
            <meta property="og:title" content="Port strike ends after three days | Harbor Ledger">
            <meta property="og:site_name" content="Harbor Ledger">
            """, "<h1>Port strike ends after three days</h1>"));

        Assert.Equal("Port strike ends after three days", page.Title!.Value);
        Assert.Equal("meta:og:title", page.Title.Evidence.ToString());
        Assert.True(page.Title.Confidence >= 0.85, $"confidence {page.Title.Confidence}");
    }

    [Fact]
    public void Json_ld_headline_comes_first_even_against_the_visible_heading()
    {
        var page = Read(Page(JsonLd("""{"@type":"NewsArticle","headline":"Dockers walk out"}""")
            + """<meta property="og:title" content="Why the dockers walked out">""", "<h1>Why the dockers walked out</h1>"));

        Assert.Equal("Dockers walk out", page.Title!.Value);
    }

    [Fact]
    public void A_json_ld_headline_nobody_confirms_gives_way_to_the_confirmed_name()
    {
        var page = Read(Page("<title>Saltmere - Harbor Encyclopedia</title>"
            + JsonLd("""{"@type":"Article","name":"Saltmere","headline":"port town on the north coast"}"""), "<h1>Saltmere</h1>"));

        Assert.Equal("Saltmere", page.Title!.Value);
    }

    [Fact]
    public void The_rdfa_dublin_core_title_comes_before_the_meta_name_one()
    {
        var page = Read(Page("""<meta name="DC.title" content="Older form"><meta property="dc:title" content="RDFa form">"""));

        Assert.Equal("RDFa form", page.Title!.Value);
    }

    [Fact]
    public void One_tag_with_two_keys_is_one_source()
    {
        var page = Read(Page("""
            <meta property="x:title dc:title" content="Preferred title">
            <meta property="og:title twitter:title" content="Another title">
            """));

        Assert.Equal("Preferred title", page.Title!.Value);
    }

    [Fact]
    public void Without_structured_titles_the_title_element_and_the_heading_agree_on_the_cut()
    {
        var page = Read(Page("<title>Harbor Ledger | Port strike ends after three days</title>", "<h1>Port strike ends after three days</h1>"));

        Assert.Equal("Port strike ends after three days", page.Title!.Value);
        Assert.Equal("Harbor Ledger", page.Outlet!.Value);
        Assert.Equal("title:affix", page.Outlet.Evidence.ToString());
    }

    [Fact]
    public void A_suffix_matching_the_host_is_cut()
    {
        var page = Read(Page("""
            <title>Port strike ends after three days - HarborLedger</title>
            <link rel="canonical" href="https://www.harbor-ledger.co.uk/port-strike">
            <meta property="og:site_name" content="The Ledger">
            """));

        Assert.Equal("Port strike ends after three days", page.Title!.Value);
    }

    [Fact]
    public void A_colon_is_part_of_the_headline()
    {
        var page = Read(Page("<title>Port strike: what we know so far</title>"));

        Assert.Equal("Port strike: what we know so far", page.Title!.Value);
    }

    [Fact]
    public void Outlet_comes_from_site_name_then_publisher_then_application_name()
    {
        Assert.Equal("Harbor Ledger", Read(Page("""<meta property="og:site_name" content="Harbor Ledger"><meta name="application-name" content="HL App">""")).Outlet!.Value);
        Assert.Equal("Harbor Ledger", Read(Page(JsonLd("""{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbor Ledger"}}"""))).Outlet!.Value);
        Assert.Equal("HL App", Read(Page("""<meta name="application-name" content="HL App">""")).Outlet!.Value);
    }

    [Fact]
    public void The_canonical_url_is_absolute_only()
    {
        Assert.Equal("https://harbor.example/a", Read(Page("""<link rel="canonical" href="https://harbor.example/a"><meta property="og:url" content="https://m.harbor.example/a">""")).CanonicalUrl!.Value);
        Assert.Equal("https://m.harbor.example/a", Read(Page("""<link rel="canonical" href="/a"><meta property="og:url" content="https://m.harbor.example/a">""")).CanonicalUrl!.Value);
        Assert.Null(Read(Page("""<link rel="canonical" href="/a"><meta property="og:url" content="javascript:alert(1)">""")).CanonicalUrl);
        Assert.Equal("https://harbor.example/news/a", Read(Page("""<link rel="canonical" href="/news/a">"""), "https://harbor.example/x/y").CanonicalUrl!.Value);
        Assert.Equal("https://base.example/news/a", Read(Page("""<base href="https://base.example/"><link rel="canonical" href="news/a">""")).CanonicalUrl!.Value);
    }
}
