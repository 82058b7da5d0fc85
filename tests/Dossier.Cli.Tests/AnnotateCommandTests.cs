using System.Text.Json;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Pipeline;
using Dossier.Core.Rendering;
using Dossier.Core.Tests.Analysis.Entities;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

public sealed class AnnotateCommandTests
{
    private const string Text =
        "Harbour Minister Ingrid Halvorsen opened the new ferry terminal in Tromsø on Monday, Reuters reported.\n\n" +
        "Halvorsen said the terminal would double the number of crossings. Lena Ortiz, an analyst at Nordbank, " +
        "called the project overdue.\n\n" +
        "The terminal was built by Arkon Marine Group, which also runs the Bodø yard. Arkon Marine said work began in 2023.";

    private static readonly FakeRecognizer Recognizer = new(
        ("Ingrid Halvorsen", EntityType.Person), ("Halvorsen", EntityType.Person), ("Lena Ortiz", EntityType.Person),
        ("Tromsø", EntityType.Location), ("Bodø", EntityType.Location), ("Reuters", EntityType.Organization),
        ("Nordbank", EntityType.Organization), ("Arkon Marine Group", EntityType.Organization), ("Arkon Marine", EntityType.Organization));

    private static string WriteArticle(TempFolder temp)
    {
        var path = temp.File("terminal.txt");
        File.WriteAllText(path, Text);
        return path;
    }

    [Fact]
    public void Text_output_lists_entities_with_roles_evidence_and_mentions()
    {
        using var temp = new TempFolder();
        var result = Cli.RunWith(Recognizer, "annotate", WriteArticle(temp));

        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("9 mention(s), 7 entities", result.Out);
        Assert.Contains("person  Ingrid Halvorsen  (also: Halvorsen)", result.Out);
        Assert.Contains("  role: Harbour Minister", result.Out);
        Assert.Contains("Harbour Minister Ingrid Halvorsen opened the new ferry terminal in Tromsø on Monday, Reuters reported.", result.Out);
        Assert.Contains("  mentions: 17+16 \"Ingrid Halvorsen\" PER, ", result.Out);
        Assert.Contains("person  Lena Ortiz", result.Out);
        Assert.Contains("  affiliation: Nordbank", result.Out);
        Assert.Contains("outlet/agency  Reuters", result.Out);
        Assert.Contains("organization  Arkon Marine Group  (also: Arkon Marine)", result.Out);
    }

    [Fact]
    public void Json_output_is_one_object_per_article_with_mention_spans()
    {
        using var temp = new TempFolder();
        var result = Cli.RunWith(Recognizer, "annotate", WriteArticle(temp), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Err);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(9, json.RootElement.GetProperty("mentionCount").GetInt32());
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var halvorsen = entities.Single(e => e.GetProperty("name").GetString() == "Ingrid Halvorsen");
        Assert.Equal("person", halvorsen.GetProperty("kind").GetString());
        Assert.Equal("Harbour Minister", halvorsen.GetProperty("roles")[0].GetProperty("text").GetString());
        var mentions = halvorsen.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(2, mentions.Count);
        foreach (var mention in mentions)
        {
            var start = mention.GetProperty("start").GetInt32();
            var length = mention.GetProperty("length").GetInt32();
            Assert.Equal(Text.Substring(start, length), mention.GetProperty("text").GetString());
            Assert.Equal("PER", mention.GetProperty("type").GetString());
        }
        var evidence = halvorsen.GetProperty("roles")[0].GetProperty("evidence")[0];
        Assert.Equal(json.RootElement.GetProperty("id").GetString(), evidence.GetProperty("article").GetString());
        Assert.Equal(Text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()), evidence.GetProperty("text").GetString());
        Assert.Equal("agency", entities.Single(e => e.GetProperty("name").GetString() == "Reuters").GetProperty("outletKind").GetString());
    }

    [Fact]
    public void The_built_in_tagger_finds_the_people_places_and_outlets()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("annotate", WriteArticle(temp));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("person  Ingrid Halvorsen  (also: Halvorsen)", result.Out);
        Assert.Contains("role: Harbour Minister", result.Out);
        Assert.Contains("person  Lena Ortiz", result.Out);
        Assert.Contains("location  Tromsø", result.Out);
        Assert.Contains("outlet/agency  Reuters", result.Out);
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_code_1()
    {
        var result = Cli.Run("annotate", "no-such-file.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("dossier: no such file or folder: no-such-file.txt", result.Err.Trim());
    }

    [Fact]
    public void Mentions_go_through_the_store_into_the_dossier()
    {
        using var temp = new TempFolder();
        WriteArticle(temp);
        File.WriteAllText(temp.File("second.txt"),
            "Harbour Minister Ingrid Halvorsen said the Tromsø ferry terminal was ready for the summer crossings.");
        using var store = SqliteArticleStore.Open(SqliteArticleStore.InMemory);
        var engine = new DossierEngine(store, new DossierOptions(), pipeline: ArticlePipeline.Standard().WithStage(new EntityStage(Recognizer)));

        var summary = engine.Ingest([temp.Path]);
        var stories = engine.Group(summary.ArticleIds.Select(store.GetArticle).OfType<Core.Model.Article>());
        var output = new StringWriter();
        new JsonReportWriter().Write(engine.Report(stories, summary.Diagnostics), output);

        using var json = JsonDocument.Parse(output.ToString());
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        var person = story.GetProperty("people")[0];
        Assert.Equal("Ingrid Halvorsen", person.GetProperty("name").GetString());
        Assert.Equal(3, person.GetProperty("mentionCount").GetInt32());
        Assert.Equal(2, person.GetProperty("articles").GetArrayLength());
        Assert.Equal(2, person.GetProperty("roles")[0].GetProperty("evidence").GetArrayLength());
    }
}
