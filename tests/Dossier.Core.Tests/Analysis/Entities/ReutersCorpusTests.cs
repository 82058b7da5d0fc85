using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class ReutersCorpusTests
{
    // Written for these tests in the corpus's layout: wire codes outside the text, an all-caps title, a dateline,
    // a hard-wrapped body with indented paragraphs, entities, and the closing sign-off.
    private const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="1">
        <DATE> 2-MAR-1987 10:00:00.00</DATE>
        <UNKNOWN>&#5;&#5;&#5;F
        &#22;&#22;&#1;f0001&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>ACME CORP &lt;ACM> RAISES DIVIDEND</TITLE>
        <DATELINE>    SPRINGFIELD, March 2 - </DATELINE><BODY>Acme Corp &lt;ACM> said its board raised the
        quarterly dividend to 12 cts from 10 cts, payable
        April 1 to holders of record March 15.
            The company said Smith &amp; Jones advised it.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="2">
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>BRIEF ITEM WITHOUT A BODY</TITLE>
        &#3;</TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="3">
        <TEXT>&#2;
        <TITLE>TRUNCATED STORY</TITLE>
        <BODY>This body never closes
        </TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="4">
        <TEXT>&#2;
        <TITLE>SECOND STORY</TITLE>
        <BODY>Prices rose 3.5 pct in
        January, the ministry said.
        &#3;</BODY></TEXT>
        </REUTERS>
        """;

    [Fact]
    public void ReadsOnlyBodiesDecodedAndUnwrapped()
    {
        var bodies = ReutersCorpus.ReadBodies(Sgml).ToList();
        Assert.Equal(
        [
            "Acme Corp <ACM> said its board raised the quarterly dividend to 12 cts from 10 cts, payable April 1 to holders of record March 15.\n"
                + "The company said Smith & Jones advised it.",
            "Prices rose 3.5 pct in January, the ministry said.",
        ], bodies);
        Assert.DoesNotContain(bodies, b => b.Contains("RAISES") || b.Contains("SPRINGFIELD") || b.Contains("Reuter"));
    }

    [Theory]
    [InlineData("a &lt;b&gt; &amp; &quot;c&quot;", "a <b> & \"c\"")]
    [InlineData("end&#3;", "end")]
    [InlineData("caf&#233;", "café")]
    [InlineData("AT&T and R&D;", "AT&T and R&D;")]
    [InlineData("&#99999999; &#; & ;", "&#99999999; &#; & ;")]
    public void DecodesTheCorpusEntities(string raw, string expected) => Assert.Equal(expected, ReutersCorpus.Decode(raw));

    [Fact]
    public void AMissingFolderIsAClearError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-reuters-" + Guid.NewGuid().ToString("N"));
        var ex = Assert.Throws<DirectoryNotFoundException>(() => ReutersCorpus.Files(missing));
        Assert.Contains(missing, ex.Message);
    }

    [SharedDataFact("data/corpora/reuters21578")]
    public void ReadsEveryStoryOfTheRealCorpus()
    {
        var bodies = ReutersCorpus.ReadDirectory(SharedData.PathOf("data/corpora/reuters21578")).ToList();
        Assert.InRange(bodies.Count, 18_000, 20_000);
        Assert.DoesNotContain(bodies, b => b.Contains("&lt;") || b.Contains("</BODY>") || b.Contains('\u0003'));
    }
}
