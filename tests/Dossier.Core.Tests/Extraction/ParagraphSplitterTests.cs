using Dossier.Core.Extraction;
using Dossier.Core.Ingest;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction;

public sealed class ParagraphSplitterTests
{
    private static List<string> Paragraphs(string text) =>
        ParagraphSplitter.Split(text).Select(span => text.Substring(span.Start, span.Length)).ToList();

    private const string HardWrapped = """
        The harbour authority said on Tuesday that the new breakwater
        would be finished by the end of the year, two years later than
        planned, because of storms that damaged the work in March.

        Fishermen welcomed the news but said the delay had cost them
        a season of safe moorings and asked for compensation from the
        regional government, which paid for most of the project.
        """;

    [Fact]
    public void Gives_one_paragraph_per_line()
    {
        const string text = "Ferry deal approved\nThe island council of Vellan approved a three-year ferry contract on Thursday.\nShort line.\nThe operator said extra sailings would begin next week, and the chair called the vote a relief.";

        Assert.Equal(text.Split('\n'), Paragraphs(text));
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_give_none_of_their_own()
    {
        const string text = "First paragraph.\n\n\nSecond paragraph.\n \t \nThird.\n";

        Assert.Equal(["First paragraph.", "Second paragraph.", "Third."], Paragraphs(text));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_into_one_span_each()
    {
        var spans = ParagraphSplitter.Split(HardWrapped);

        Assert.Equal(2, spans.Count);
        var lines = HardWrapped.Split('\n');
        Assert.Equal(string.Join('\n', lines[0..3]), HardWrapped.Substring(spans[0].Start, spans[0].Length));
        Assert.Equal(string.Join('\n', lines[4..7]), HardWrapped.Substring(spans[1].Start, spans[1].Length));
        Assert.Equal(0, spans[0].Start);
        Assert.Equal(HardWrapped.Length, spans[1].End);
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_trimmed_at_both_ends()
    {
        var text = "\n\n  " + HardWrapped.Replace("\n\n", "\n   \n") + "   \n\n";

        var paragraphs = Paragraphs(text);

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("The harbour authority", paragraphs[0]);
        Assert.EndsWith("work in March.", paragraphs[0]);
        Assert.StartsWith("Fishermen welcomed", paragraphs[1]);
        Assert.EndsWith("of the project.", paragraphs[1]);
    }

    [Fact]
    public void Long_lines_with_blank_lines_between_are_not_taken_for_hard_wrapping()
    {
        var paragraph = "The island council of Vellan approved a three-year ferry contract on Thursday, ending a month of cancelled crossings.";
        var text = string.Join("\n", paragraph, paragraph + " Two.", "", paragraph + " Three.", paragraph + " Four.", "", paragraph + " Five.");

        Assert.Equal(5, Paragraphs(text).Count);
    }

    [Fact]
    public void Wrapped_lines_without_blank_lines_are_joined_where_the_sentence_continues()
    {
        var text = HardWrapped.Replace("\n\n", "\n");

        var paragraphs = Paragraphs(text);

        Assert.Equal(2, paragraphs.Count);
        Assert.EndsWith("work in March.", paragraphs[0]);
        Assert.StartsWith("Fishermen welcomed", paragraphs[1]);
    }

    [Fact]
    public void One_paragraph_per_line_of_moderate_length_ending_in_a_newline_stays_one_paragraph_per_line()
    {
        const string text = "Ferry Deal Approved After Long Night of Talks\nThe island council approved a ferry contract on Thursday.\nThe operator said extra sailings would begin next week.\nFares will stay frozen until March, the chair said.\n";

        Assert.Equal(4, Paragraphs(text).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("  \n\t\n   ")]
    public void Empty_or_blank_text_has_no_paragraphs(string text)
    {
        Assert.Empty(ParagraphSplitter.Split(text));
    }

    [Fact]
    public void Each_paragraph_is_trimmed()
    {
        Assert.Equal(["Indented.", "Trailing."], Paragraphs("    Indented.\t\nTrailing.    "));
    }

    // ---- Through ArticleExtractor: line ends and the BOM ----

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Windows_and_old_mac_line_ends_give_the_same_article_as_unix_ones(string lineEnd)
    {
        var extractor = new ArticleExtractor(new IngestOptions());
        var unix = extractor.Extract(new SourceDocument("a.txt", SourceFormat.PlainText, HardWrapped + "\n\nLast line.", new ArticleMetadata(), [])).Article!;
        var other = extractor.Extract(new SourceDocument("b.txt", SourceFormat.PlainText,
            "\uFEFF" + (HardWrapped + "\n\nLast line.").Replace("\n", lineEnd), new ArticleMetadata(), [])).Article!;

        Assert.Equal(unix.Text, other.Text);
        Assert.DoesNotContain('\r', other.Text);
        Assert.DoesNotContain('\uFEFF', other.Text);
        Assert.Equal(unix.Blocks, other.Blocks);
        Assert.Equal(unix.Id, other.Id);
        Assert.Equal(3, other.Blocks.Count);
        Assert.All(other.Blocks, b => Assert.Equal(BlockRole.Body, b.Role));
    }

    [Fact]
    public void Plain_text_blocks_are_the_paragraphs_of_the_stored_text()
    {
        const string text = "Headline here\r\n\r\nFirst paragraph of the story.\r\nSecond paragraph.\r\n";
        var article = new ArticleExtractor(new IngestOptions())
            .Extract(new SourceDocument("a.txt", SourceFormat.PlainText, text, new ArticleMetadata(), [])).Article!;

        Assert.Equal("Headline here\n\nFirst paragraph of the story.\nSecond paragraph.\n", article.Text);
        Assert.Equal(["Headline here", "First paragraph of the story.", "Second paragraph."], article.Blocks.Select(b => article.TextOf(b.Span)));
    }

    [Fact]
    public void Text_over_the_limit_is_cut_with_a_warning_before_it_is_split()
    {
        var extractor = new ArticleExtractor(new IngestOptions { MaxTextChars = 20 });

        var article = extractor.Extract(new SourceDocument("a.txt", SourceFormat.PlainText, "First line.\nSecond line is long.", new ArticleMetadata(), [])).Article!;

        Assert.Equal("First line.\nSecond l", article.Text);
        Assert.Contains(article.Diagnostics, d => d.Code == DiagnosticCodes.TextTruncated);
        Assert.Equal(["First line.", "Second l"], article.Blocks.Select(b => article.TextOf(b.Span)));
    }

    // ---- Randomized ----

    [Fact]
    public void Paragraphs_are_ordered_trimmed_and_cover_every_non_blank_character()
    {
        var pieces = Gen.Elements("\n", "\n\n", " ", "\t", "word", "The harbour authority said on Tuesday that the breakwater",
            "x", ".", "A much longer line of text that runs on well past a hundred characters to look like a scraped paragraph.");
        var texts = Gen.Frequency(
            (3, Gen.ListOf(pieces).Select(parts => string.Concat(parts))),
            (1, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(texts), text =>
        {
            var spans = ParagraphSplitter.Split(text);
            var previousEnd = 0;
            var covered = 0;
            foreach (var span in spans)
            {
                Assert.True(span.IsWithin(text.Length));
                Assert.True(span.Start >= previousEnd);
                Assert.False(span.IsEmpty);
                Assert.False(char.IsWhiteSpace(text[span.Start]));
                Assert.False(char.IsWhiteSpace(text[span.End - 1]));
                covered += text.AsSpan(span.Start, span.Length).ToArray().Count(c => !char.IsWhiteSpace(c));
                previousEnd = span.End;
            }
            Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
        }));
    }
}
