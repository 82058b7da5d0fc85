using System.IO.Compression;
using System.Text;
using Dossier.Core.Html;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Html;

/// <summary>
/// Our parser against AngleSharp (a complete HTML5 tree builder) on real pages: the text a reader sees in the body
/// (script, style, noscript and template left out, white space collapsed) must be the same on nearly every page.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const string Zyte = "data/extraction/zyte/html";
    private const string Readability = "data/extraction/readability-pages/test/test-pages";

    [SharedDataFact(Zyte)]
    public void Body_text_matches_AngleSharp_on_the_zyte_pages() =>
        AssertMostMatch(Directory.GetFiles(SharedData.PathOf(Zyte), "*.html.gz"));

    [SharedDataFact(Readability)]
    public void Body_text_matches_AngleSharp_on_the_readability_pages() =>
        AssertMostMatch(Directory.GetDirectories(SharedData.PathOf(Readability)).Select(d => Path.Combine(d, "source.html")).Where(File.Exists));

    [SharedDataFact(Readability)]
    public void Body_text_matches_AngleSharp_on_the_readability_expected_outputs() =>
        AssertMostMatch(Directory.GetDirectories(SharedData.PathOf(Readability)).Select(d => Path.Combine(d, "expected.html")).Where(File.Exists));

    /// <summary>
    /// Stricter than the text: the elements themselves (name and depth, in document order) must match on nearly every
    /// page. Known differences: no adoption agency for misnested links, declarative shadow roots.
    /// </summary>
    [SharedDataFact(Zyte)]
    public void Element_structure_matches_AngleSharp_on_nearly_all_pages()
    {
        var pages = Directory.GetFiles(SharedData.PathOf(Zyte), "*.html.gz")
            .Concat(Directory.GetDirectories(SharedData.PathOf(Readability)).Select(d => Path.Combine(d, "source.html")).Where(File.Exists))
            .Order(StringComparer.Ordinal).ToList();
        var mismatches = new List<string>();
        foreach (var file in pages)
        {
            var html = Read(file);
            var ours = BodyText.Structure(HtmlDocument.Parse(html));
            var theirs = BodyText.Structure(AngleSharpOracle.Parse(html));
            var at = 0;
            while (at < ours.Count && at < theirs.Count && ours[at] == theirs[at]) at++;
            if (at < ours.Count || at < theirs.Count)
                mismatches.Add($"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: element {at}: ours {(at < ours.Count ? ours[at] : "(end)")}, AngleSharp {(at < theirs.Count ? theirs[at] : "(end)")}");
        }
        output.WriteLine($"{pages.Count - mismatches.Count} of {pages.Count} pages have the same element structure as AngleSharp");
        foreach (var mismatch in mismatches) output.WriteLine(mismatch);
        Assert.True(pages.Count - mismatches.Count >= pages.Count * 0.95, string.Join("\n", mismatches));
    }

    private void AssertMostMatch(IEnumerable<string> files)
    {
        var pages = files.Order(StringComparer.Ordinal).ToList();
        var mismatches = new List<string>();
        foreach (var file in pages)
        {
            var html = Read(file);
            var ours = BodyText.Of(HtmlDocument.Parse(html));
            var theirs = BodyText.Of(AngleSharpOracle.Parse(html));
            if (ours != theirs) mismatches.Add($"{Path.GetRelativePath(SharedData.PathOf("data"), file)}: {BodyText.FirstDifference(ours, theirs)}");
        }
        var matched = pages.Count - mismatches.Count;
        output.WriteLine($"{matched} of {pages.Count} pages have the same body text as AngleSharp");
        foreach (var mismatch in mismatches) output.WriteLine(mismatch);
        Assert.True(pages.Count > 0, "no pages found");
        Assert.True(matched >= pages.Count * 0.95, $"only {matched} of {pages.Count} pages match:\n{string.Join("\n", mismatches)}");
    }

    internal static string Read(string file)
    {
        using var stream = File.OpenRead(file);
        using var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
