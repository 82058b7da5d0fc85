namespace Dossier.Core.Tests.Html;

/// <summary>
/// The hand-written expectations of <see cref="HtmlTreeBuilderTests"/> checked against AngleSharp, so they say what a
/// browser builds and not just what our parser happens to do. The listed cases are where we knowingly differ.
/// </summary>
public sealed class OracleAgreementTests
{
    public static TheoryData<string, string> BodyCases() => CasesOf(nameof(HtmlTreeBuilderTests.Builds_the_body_a_browser_builds));

    public static TheoryData<string, string> DocumentCases() => CasesOf(nameof(HtmlTreeBuilderTests.Builds_the_document_a_browser_builds));

    public static TheoryData<string, string> TextCases()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>();
        foreach (var method in (string[])[nameof(HtmlTokenizerTests.Character_references_in_text_decode_as_in_a_browser),
                     nameof(HtmlTokenizerTests.Truncated_input_keeps_what_came_before_the_cut),
                     nameof(HtmlTokenizerTests.Lone_surrogates_and_NULs_are_kept_or_replaced_as_in_a_browser)])
            foreach (var row in CasesOf(method, typeof(HtmlTokenizerTests)))
                if (seen.Add((string)row[0])) data.Add((string)row[0], (string)row[1]);
        return data;
    }

    public static TheoryData<string, string> AttributeCases()
    {
        var data = CasesOf(nameof(HtmlTokenizerTests.Character_references_in_attributes_follow_the_attribute_rules), typeof(HtmlTokenizerTests));
        return data;
    }

    private static TheoryData<string, string> CasesOf(string method, Type? type = null)
    {
        var data = new TheoryData<string, string>();
        foreach (var attribute in (type ?? typeof(HtmlTreeBuilderTests)).GetMethod(method)!.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
        {
            var values = attribute.GetData(null!).Single();
            data.Add((string)values[0], (string)values[1]);
        }
        return data;
    }

    /// <summary>Where we differ from a browser on purpose, and why. The text must still be the same unless noted.</summary>
    private static readonly Dictionary<string, string> KnownDeviations = new()
    {
        ["<b><i>a</b>b</i>"] = "no reconstruction of formatting elements: the second i is not recreated (same text)",
        ["<p><b>a</p>b"] = "no reconstruction of formatting elements (same text)",
        ["<a href=x><div>a</a>b</div>c"] = "no adoption agency: the link keeps the block instead of being split around it (same text)",
        ["<b><p>a</b>b</p>c"] = "no adoption agency: the b keeps the paragraph (same text)",
        ["a<![CDATA[<b>x</b>]]>c"] = "CDATA is text here; a browser drops it outside svg and math as a bogus comment",
        ["<frameset><frame src=a></frameset>"] = "frames are dropped: the body is always there, and empty",
        ["<html><head><template><p>a</template></head><body>b"] = "template content stays in the tree (AngleSharp keeps it in a fragment)",
    };

    private static readonly HashSet<string> DifferentText =
        ["a<![CDATA[<b>x</b>]]>c", "<frameset><frame src=a></frameset>", "<html><head><template><p>a</template></head><body>b"];

    [Theory]
    [MemberData(nameof(BodyCases))]
    public void Body_expectations_are_what_AngleSharp_builds(string html, string expected) =>
        AssertAgrees(html, expected, TreeText.Of(AngleSharpOracle.Parse(html).Body));

    [Theory]
    [MemberData(nameof(DocumentCases))]
    public void Document_expectations_are_what_AngleSharp_builds(string html, string expected) =>
        AssertAgrees(html, expected, TreeText.Of(AngleSharpOracle.Parse(html).Root));

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Text_expectations_are_what_AngleSharp_reads(string html, string expected)
    {
        if (html == "a<![CDATA[b") return; // CDATA is text here on purpose (see KnownDeviations)
        if (html == "&;") return; // AngleSharp drops the ';'; the HTML standard and browsers keep "&;"
        Assert.Equal(expected, AngleSharpOracle.Parse("<body>" + html).Body.TextContent);
    }

    [Theory]
    [MemberData(nameof(AttributeCases))]
    public void Attribute_expectations_are_what_AngleSharp_reads(string tag, string expected) =>
        Assert.Equal(expected, AngleSharpOracle.Parse("<body>" + tag).Body.Children.Single(n => n.IsElement).Attributes[0].Value);

    [Fact]
    public void A_table_in_a_paragraph_stays_inside_it_only_in_quirks_mode()
    {
        Assert.Equal("<p>a<table></table></p>", TreeText.Body("<p>a<table></table>"));
        Assert.Equal("<p>a</p><table></table>", TreeText.Body("<!DOCTYPE html><p>a<table></table>"));
        Assert.Equal(TreeText.Of(AngleSharpOracle.Parse("<p>a<table></table>").Body), TreeText.Body("<p>a<table></table>"));
    }

    private static void AssertAgrees(string html, string expected, string theirs)
    {
        if (!KnownDeviations.ContainsKey(html))
        {
            Assert.Equal(expected, theirs);
            return;
        }
        Assert.NotEqual(expected, theirs);
        if (!DifferentText.Contains(html))
            Assert.Equal(BodyText.Of(AngleSharpOracle.Parse(html)), BodyText.Of(Dossier.Core.Html.HtmlDocument.Parse(html)));
    }
}
