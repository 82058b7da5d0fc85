using System.IO.Compression;
using System.Text;
using Dossier.Core.Html;
using Xunit.Abstractions;

namespace Dossier.Core.Tests.Html;

/// <summary>
/// Dossier's parser against AngleSharp's standard-conforming one on real pages: the body's text (white space
/// collapsed, script, style, noscript and template left out) must be the same on nearly every page. Where they differ,
/// the test prints where, to look at.
/// </summary>
public sealed class ParserDifferentialTests(ITestOutputHelper output)
{
    private const string Zyte = "data/extraction/zyte/html";
    private const string Readability = "data/extraction/readability-pages/test/test-pages";

    [SharedDataFact(Zyte)]
    public void Body_text_matches_AngleSharp_on_the_Zyte_pages() => AssertMostMatch(ZytePages());

    [SharedDataFact(Readability)]
    public void Body_text_matches_AngleSharp_on_the_Readability_pages() => AssertMostMatch(ReadabilityPages());

    private void AssertMostMatch(List<(string Name, string Html)> pages)
    {
        Assert.NotEmpty(pages);
        var same = 0;
        foreach (var (name, html) in pages)
        {
            var ours = BodyText(HtmlDocument.Parse(html));
            var theirs = BodyText(AngleSharpTreeBuilder.Build(html));
            if (ours == theirs)
            {
                same++;
                continue;
            }
            output.WriteLine($"{name}: {FirstDifference(ours, theirs)}");
        }
        output.WriteLine($"{same} of {pages.Count} pages have the same body text");
        Assert.True(same >= pages.Count * 0.95, $"only {same} of {pages.Count} pages have AngleSharp's body text");
    }

    internal static List<(string Name, string Html)> ZytePages()
    {
        var pages = new List<(string, string)>();
        foreach (var path in Directory.EnumerateFiles(SharedData.PathOf(Zyte), "*.html.gz").Order(StringComparer.Ordinal))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            pages.Add((Path.GetFileName(path)[..12], reader.ReadToEnd()));
        }
        return pages;
    }

    internal static List<(string Name, string Html)> ReadabilityPages() =>
        Directory.EnumerateDirectories(SharedData.PathOf(Readability)).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, "source.html")))
            .Select(dir => (Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "source.html"), Encoding.UTF8)))
            .ToList();

    /// <summary>The text a reader sees in the body, white space collapsed.</summary>
    internal static string BodyText(HtmlDocument document)
    {
        var sb = new StringBuilder();
        Append(document.Body, sb);
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(HtmlNode node, StringBuilder sb)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.IsText)
            {
                sb.Append(current.Text);
                continue;
            }
            if (current.Name is "script" or "style" or "noscript" or "template") continue;
            for (var i = current.Children.Count - 1; i >= 0; i--) stack.Push(current.Children[i]);
        }
    }

    private static string FirstDifference(string ours, string theirs)
    {
        var at = 0;
        while (at < ours.Length && at < theirs.Length && ours[at] == theirs[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length, at + 100) - Math.Max(0, at - 60)).Replace('\n', ' ');
        return $"at {at} (ours {ours.Length}, AngleSharp {theirs.Length})\n   ours:   …{Around(ours)}…\n   theirs: …{Around(theirs)}…";
    }
}
