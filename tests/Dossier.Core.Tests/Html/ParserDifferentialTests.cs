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

    /// <summary>A stricter look than the text: the whole tree, element by element, with names compared regardless of case
    /// (AngleSharp keeps SVG's camel case, clipPath, viewBox; Dossier's tree is all lower case) and attribute prefixes
    /// dropped (xlink:href is "href" to AngleSharp). The misnestings that the adoption agency would restructure differ.</summary>
    [SharedDataFact(Zyte)]
    public void Tree_matches_AngleSharp_on_most_pages()
    {
        var pages = ZytePages().Concat(Directory.Exists(SharedData.PathOf(Readability)) ? ReadabilityPages() : []).ToList();
        var same = 0;
        foreach (var (name, html) in pages)
        {
            var ours = Shape(HtmlDocument.Parse(html));
            var theirs = Shape(AngleSharpTreeBuilder.Build(html));
            if (ours == theirs)
            {
                same++;
                continue;
            }
            output.WriteLine($"{name}: {FirstDifference(ours, theirs)}");
        }
        output.WriteLine($"{same} of {pages.Count} pages have the same tree");
        Assert.True(same >= pages.Count * 0.9, $"only {same} of {pages.Count} pages have AngleSharp's tree");
    }

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

    /// <summary>The tree as lines "depth name attributes" and "depth "text"", adjacent text nodes joined and collapsed.</summary>
    private static string Shape(HtmlDocument document)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (node.IsText)
            {
                if (node.PreviousSibling is { IsText: true }) continue;
                var text = new StringBuilder(node.Text);
                for (var next = node.NextSibling; next is { IsText: true }; next = next.NextSibling) text.Append(next.Text);
                var collapsed = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (collapsed.Length > 0) sb.Append(depth).Append(" \"").Append(collapsed).Append("\"\n");
                continue;
            }
            if (node.Name == "template") continue; // AngleSharp keeps a template's content apart from the tree
            sb.Append(depth).Append(' ').Append(node.Name.ToLowerInvariant());
            foreach (var attribute in node.Attributes)
            {
                var colon = attribute.Name.IndexOf(':');
                sb.Append(' ').Append(attribute.Name[(colon + 1)..].ToLowerInvariant()).Append("=\"").Append(attribute.Value).Append('"');
            }
            sb.Append('\n');
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push((node.Children[i], depth + 1));
        }
        return sb.ToString();
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
