using Dossier.Core.Extraction;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Extraction;

/// <summary>Small hand-written pages for the extractor's tests: article paragraphs long enough to read as prose.</summary>
internal static class TestPages
{
    public static readonly string[] Story =
    [
        "Dock workers at the port of Saltmere walked out on Monday morning, leaving forty ships at anchor in the bay.",
        "The union said the strike would last until the harbour board agreed to talks on pay, shifts and the new cranes.",
        "Freight companies warned that the queue of vessels, already the longest this year, could double within a week.",
        "The harbour board said it regretted the walkout and would meet union leaders on Thursday, according to a statement.",
    ];

    /// <summary>The story's paragraphs as &lt;p&gt; elements.</summary>
    public static string Paragraphs(int count = 4) => string.Concat(Story.Take(count).Select(p => $"<p>{p}</p>"));

    public static string TextOf(HtmlTextExtractor.Result result, Block block) => result.Text.Substring(block.Span.Start, block.Span.Length);

    public static (BlockRole Role, BoilerplateKind Kind) LabelOf(HtmlTextExtractor.Result result, string blockText) =>
        result.Blocks.Where(b => TextOf(result, b) == blockText).Select(b => (b.Role, b.Kind)).Single();

    public static List<string> TextsOf(HtmlTextExtractor.Result result) => result.Blocks.Select(b => TextOf(result, b)).ToList();

    public static List<string> BodyOf(HtmlTextExtractor.Result result) =>
        result.Blocks.Where(b => b.Role == BlockRole.Body).Select(b => TextOf(result, b)).ToList();

    /// <summary>Spans in bounds, ordered, non-overlapping, non-empty.</summary>
    public static void AssertWellFormed(string text, IReadOnlyList<Block> blocks)
    {
        var previousEnd = 0;
        foreach (var block in blocks)
        {
            Assert.True(block.Span.IsWithin(text.Length), $"{block.Span} is outside a text of {text.Length}");
            Assert.True(block.Span.Start >= previousEnd, $"{block.Span} overlaps or precedes the block before it");
            Assert.False(block.Span.IsEmpty);
            previousEnd = block.Span.End;
        }
    }
}
