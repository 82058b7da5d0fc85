using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Ingest;

namespace Dossier.Cli.Tests;

/// <summary>
/// Charset decoding on the real pages in ../shared: every non-ASCII word the labelled text holds must come out of the
/// page's bytes intact. A wrong encoding garbles exactly those words.
/// </summary>
public sealed partial class SharedPageCharsetTests
{
    private static string SharedData(string relative) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data", relative));

    private static string Normalise(string text) => Spaces().Replace(WebUtility.HtmlDecode(text), " ");

    private static List<string> NonAsciiWords(string text, int max) =>
        Normalise(text).Split(' ').Where(w => w.Length >= 2 && w.Any(c => c > 127)).Distinct().Take(max).ToList();

    [SharedDataFact("data/extraction/readability-pages/test/test-pages")]
    public void Readability_pages_decode_with_every_non_ascii_word_of_their_expected_text()
    {
        var checkedPages = 0;
        var garbled = new List<string>();
        foreach (var dir in Directory.GetDirectories(SharedData("extraction/readability-pages/test/test-pages")).Order(StringComparer.Ordinal))
        {
            var words = NonAsciiWords(Tags().Replace(File.ReadAllText(Path.Combine(dir, "expected.html")), " "), 10);
            if (words.Count == 0) continue;
            checkedPages++;
            var text = Normalise(HtmlCharset.Decode(File.ReadAllBytes(Path.Combine(dir, "source.html")), null, dir).Text ?? "");
            if (!words.All(text.Contains)) garbled.Add(Path.GetFileName(dir));
        }

        Assert.Equal(78, checkedPages);
        Assert.Empty(garbled);
    }

    [SharedDataFact("data/extraction/zyte/html")]
    public void Zyte_pages_decode_with_the_non_ascii_words_of_their_gold_body()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData("extraction/zyte/ground-truth.json")));
        var checkedPages = 0;
        var intact = 0;
        foreach (var file in Directory.GetFiles(SharedData("extraction/zyte/html"), "*.html.gz").Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileName(file)[..^".html.gz".Length];
            var words = NonAsciiWords(gold.RootElement.GetProperty(key).GetProperty("articleBody").GetString()!, 5);
            if (words.Count == 0) continue;
            checkedPages++;
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            var text = Normalise(HtmlCharset.Decode(bytes.ToArray(), null, key).Text ?? "");
            if (words.All(text.Contains)) intact++;
        }

        Assert.Equal(148, checkedPages);
        // In two pages a tag splits a word from its quote mark (‘<em>The</em>), so the raw markup lacks the gold word; neither is garbled.
        Assert.True(intact >= 146, $"{intact} of {checkedPages} pages kept their non-ASCII words");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
