using System.Text.Json;

namespace Dossier.Cli.Tests;

/// <summary>
/// The acceptance checks on the five real seed articles in ../shared/seeds. The seed text is never copied here: the
/// expected labels are given by line number. Without ../shared the tests are skipped, with the reason.
/// </summary>
public sealed class SeedTests
{
    /// <summary>Line numbers (1-based) of every line of each seed that is not news body, with the label it must get. Checked by hand.</summary>
    private static readonly Dictionary<string, (int Line, string Label)[]> NoiseLines = new()
    {
        ["000_9fc6d391653dd18a.txt"] = [(1, "caption"), (9, "boilerplate/teaser")],
        ["001_98553b50be6336da.txt"] = [(1, "boilerplate/paywall")],
        ["002_ba26013e67b69951.txt"] = [(2, "boilerplate/toc"), (3, "boilerplate/toc"), (7, "heading"), (11, "heading"), (14, "heading"), (17, "boilerplate/disclaimer"), (18, "boilerplate/disclaimer")],
        ["003_9e359b679df06602.txt"] = [(4, "heading"), (9, "heading"), (13, "heading"), (20, "boilerplate/editor-note")],
        ["004_60bd86b21a1fd5af.txt"] =
        [
            (1, "heading"), (3, "heading"), (5, "heading"), (8, "heading"), (10, "heading"), (12, "heading"), (14, "heading"),
            (16, "heading"), (18, "heading"), (20, "heading"),
            (22, "boilerplate/teaser"), (24, "boilerplate/teaser"), (25, "boilerplate/teaser"), (27, "boilerplate/teaser"), (28, "boilerplate/teaser"),
        ],
    };

    private static JsonDocument Brief()
    {
        var result = Cli.Run("brief", RepoPaths.Seeds, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Err);
        return JsonDocument.Parse(result.Out);
    }

    [SharedDataFact("seeds", ColdStream.Reason)]
    public void The_five_seeds_make_exactly_one_story()
    {
        using var json = Brief();
        var stories = json.RootElement.GetProperty("stories");
        Assert.Equal(1, stories.GetArrayLength());
        var files = stories[0].GetProperty("articles").EnumerateArray().Select(a => Path.GetFileName(a.GetProperty("path").GetString()!)).Order();
        Assert.Equal(NoiseLines.Keys.Order(), files);
    }

    [SharedDataFact("seeds")]
    public void Every_noise_line_is_labelled_and_every_news_paragraph_is_body()
    {
        using var json = Brief();
        foreach (var article in json.RootElement.GetProperty("stories")[0].GetProperty("articles").EnumerateArray())
        {
            var path = article.GetProperty("path").GetString()!;
            var lines = File.ReadAllLines(path);
            var expected = NoiseLines[Path.GetFileName(path)].ToDictionary(x => lines[x.Line - 1].Trim(), x => x.Label);
            var blocks = article.GetProperty("blocks").EnumerateArray().ToList();
            Assert.Equal(lines.Count(l => !string.IsNullOrWhiteSpace(l)), blocks.Count);
            foreach (var block in blocks)
            {
                var text = block.GetProperty("text").GetString()!;
                var label = block.GetProperty("role").GetString() + (block.GetProperty("kind").GetString() is { } kind ? "/" + kind : "");
                var want = expected.GetValueOrDefault(text, "body");
                Assert.True(want == label, $"{Path.GetFileName(path)}: expected {want}, got {label}: {text[..Math.Min(60, text.Length)]}");
            }
        }
    }

    [SharedDataFact("seeds")]
    public void The_summary_cites_the_seeds_and_takes_nothing_from_boilerplate()
    {
        using var json = Brief();
        var story = json.RootElement.GetProperty("stories")[0];
        var articles = story.GetProperty("articles").EnumerateArray().ToList();
        var bodyText = articles.ToDictionary(a => a.GetProperty("id").GetString()!, a => string.Join("\n",
            a.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("role").GetString() == "body").Select(b => b.GetProperty("text").GetString())));
        var nonBody = articles.SelectMany(a => a.GetProperty("blocks").EnumerateArray())
            .Where(b => b.GetProperty("role").GetString() != "body").Select(b => b.GetProperty("text").GetString()!).ToList();

        var summary = story.GetProperty("summary").EnumerateArray().ToList();
        Assert.NotEmpty(summary);
        foreach (var sentence in summary)
        {
            var text = sentence.GetProperty("text").GetString()!;
            var citations = sentence.GetProperty("citations").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.NotEmpty(citations);
            Assert.Contains(text, bodyText[citations[0]]);
            Assert.DoesNotContain(nonBody, block => block.Contains(text) || text.Contains(block));
        }
    }
}
