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

    // Written for these tests: a quote with its speaker after it, an unattributed one, reported speech with an
    // apposition in its source, and a claim credited to an agency.
    private const string QuotesText =
        "Harbour Minister Ingrid Halvorsen opened the new ferry terminal in Tromsø on Monday.\n\n" +
        "\u201cThe terminal will double the number of crossings by next summer,\u201d Halvorsen said at the opening.\n\n" +
        "\u201cNobody asked the fishermen.\u201d\n\n" +
        "Lena Ortiz, an analyst at Nordbank, told reporters that the project had cost twice its first budget and would take years to pay back.\n\n" +
        "The yard that built it is already looking for new orders, according to Reuters.";

    private static string WriteQuotesArticle(TempFolder temp)
    {
        var path = temp.File("quotes.txt");
        File.WriteAllText(path, QuotesText);
        return path;
    }

    private static string Span(int start, string text) => $"{start}+{text.Length} \"{text}\"";

    private static int At(string text) => QuotesText.IndexOf(text, StringComparison.Ordinal);

    [Fact]
    public void Text_output_lists_quotes_reported_speech_and_citations_with_spans()
    {
        using var temp = new TempFolder();
        var result = Cli.RunWith(Recognizer, "annotate", WriteQuotesArticle(temp));
        Assert.True(result.ExitCode == 0, result.Err);
        var output = result.Out.ReplaceLineEndings("\n");

        const string quote = "The terminal will double the number of crossings by next summer,";
        Assert.Contains("\nquotes: 2\n", output);
        Assert.Contains($"  [{At(quote)}+{quote.Length}] \u201c{quote}\u201d\n" +
            $"    speaker: Ingrid Halvorsen (person, by name)  source: {Span(At("Halvorsen said"), "Halvorsen")}  cue: {Span(At("said at"), "said")}  rule: after\n", output);
        Assert.Contains($"  [{At("Nobody")}+27] \u201cNobody asked the fishermen.\u201d\n    unattributed\n", output);

        Assert.Contains("\nreported: 2\n", output);
        Assert.Contains($"    speaker: Lena Ortiz (person, by name)  source: {Span(At("Lena Ortiz,"), "Lena Ortiz, an analyst at Nordbank,")}  cue: {Span(At("told"), "told")}\n", output);
        Assert.Matches(@"\[\d+\+\d+\] (that )?the project had cost twice its first budget and would take years to pay back\n", output);

        Assert.Contains("\ncitations: 1\n", output);
        Assert.Contains($"  Reuters (agency)  name: {Span(At("Reuters."), "Reuters")}  cue: {Span(At("according to"), "according to")}\n" +
            $"    [{At("The yard")}+79] The yard that built it is already looking for new orders, according to Reuters.\n", output);
        // The sections come after the entities, in this order.
        Assert.True(output.IndexOf("person  Lena Ortiz", StringComparison.Ordinal) < output.IndexOf("\nquotes:", StringComparison.Ordinal));
        Assert.True(output.IndexOf("\nquotes:", StringComparison.Ordinal) < output.IndexOf("\nreported:", StringComparison.Ordinal));
        Assert.True(output.IndexOf("\nreported:", StringComparison.Ordinal) < output.IndexOf("\ncitations:", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_has_quotes_reported_speech_and_citations_whose_spans_point_into_the_text()
    {
        using var temp = new TempFolder();
        var result = Cli.RunWith(Recognizer, "annotate", WriteQuotesArticle(temp), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        var root = json.RootElement;

        var quotes = root.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(2, quotes.Count);
        var said = quotes[0];
        Assert.Equal("The terminal will double the number of crossings by next summer,", said.GetProperty("text").GetString());
        Assert.Equal(said.GetProperty("text").GetString(), TextAt(said.GetProperty("spans")[0]));
        Assert.True(said.GetProperty("attributed").GetBoolean());
        Assert.True(said.GetProperty("closed").GetBoolean());
        Assert.Equal("Ingrid Halvorsen", said.GetProperty("speaker").GetString());
        Assert.Equal("person", said.GetProperty("entity").GetProperty("kind").GetString());
        Assert.Equal("name", said.GetProperty("resolution").GetString());
        Assert.Equal("Halvorsen", CheckedText(said.GetProperty("source")));
        Assert.Equal(At("Halvorsen said"), said.GetProperty("source").GetProperty("start").GetInt32());
        Assert.Equal("said", CheckedText(said.GetProperty("cue")));
        Assert.Equal("after", said.GetProperty("rule").GetString());

        var unattributed = quotes[1];
        Assert.Equal("Nobody asked the fishermen.", unattributed.GetProperty("text").GetString());
        Assert.False(unattributed.GetProperty("attributed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unattributed.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, unattributed.GetProperty("entity").ValueKind);
        Assert.Equal(JsonValueKind.Null, unattributed.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, unattributed.GetProperty("cue").ValueKind);
        Assert.Equal("none", unattributed.GetProperty("rule").GetString());

        var reported = root.GetProperty("reported").EnumerateArray().ToList();
        var ortiz = Assert.Single(reported, r => r.GetProperty("speaker").GetString() == "Lena Ortiz");
        Assert.Equal("Lena Ortiz, an analyst at Nordbank,", CheckedText(ortiz.GetProperty("source")));
        Assert.Equal("told", CheckedText(ortiz.GetProperty("cue")));
        Assert.Equal("person", ortiz.GetProperty("entity").GetProperty("kind").GetString());
        var content = TextAt(ortiz.GetProperty("spans")[0]);
        Assert.EndsWith("the project had cost twice its first budget and would take years to pay back", content);
        Assert.Equal(content, ortiz.GetProperty("text").GetString());
        // Reported speech is never a direct quote: no content overlaps the quotations.
        Assert.DoesNotContain(reported, r => r.GetProperty("text").GetString()!.Contains("fishermen", StringComparison.Ordinal));

        var citation = Assert.Single(root.GetProperty("citations").EnumerateArray());
        Assert.Equal("Reuters", citation.GetProperty("outlet").GetString());
        Assert.Equal("agency", citation.GetProperty("outletKind").GetString());
        Assert.Equal("Reuters", CheckedText(citation.GetProperty("name")));
        Assert.Equal("according to", CheckedText(citation.GetProperty("cue")));
        Assert.Equal("The yard that built it is already looking for new orders, according to Reuters.", CheckedText(citation.GetProperty("claim")));
    }

    [Fact]
    public void An_article_without_quotes_prints_empty_sections()
    {
        using var temp = new TempFolder();
        var path = temp.File("plain.txt");
        File.WriteAllText(path, "The ferry terminal in Tromsø opened on Monday. Crossings start in June.");
        var text = Cli.RunWith(Recognizer, "annotate", path);
        Assert.True(text.ExitCode == 0, text.Err);
        Assert.Contains("quotes: 0", text.Out);
        Assert.Contains("reported: 0", text.Out);
        Assert.Contains("citations: 0", text.Out);

        var json = Cli.RunWith(Recognizer, "annotate", path, "--format", "json");
        using var document = JsonDocument.Parse(json.Out.Trim());
        foreach (var field in new[] { "quotes", "reported", "citations" })
            Assert.Equal(0, document.RootElement.GetProperty(field).GetArrayLength());
    }

    [Fact]
    public void Help_says_annotate_prints_quotes_and_citations()
    {
        var result = Cli.Run("annotate", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("direct quotes", result.Out);
        Assert.Contains("reported speech", result.Out);
        Assert.Contains("outlets cited", result.Out);
    }

    private static string TextAt(JsonElement span) => QuotesText.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());

    /// <summary>A `{ start, length, text }` span's text, after checking it is the text at its span.</summary>
    private static string CheckedText(JsonElement span)
    {
        var text = span.GetProperty("text").GetString();
        Assert.Equal(TextAt(span), text);
        return text!;
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
