using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class CommandTests
{
    private static string IngestSamples(TempFolder temp)
    {
        var db = temp.File("store.db");
        var result = Cli.Run("ingest", RepoPaths.Samples, "--db", db);
        Assert.True(result.ExitCode == 0, result.Err);
        return db;
    }

    [Fact]
    public void Ingesting_the_same_folder_twice_adds_nothing()
    {
        using var temp = new TempFolder();
        var db = temp.File("store.db");
        var first = Cli.Run("ingest", RepoPaths.Samples, "--db", db);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.StartsWith("12 article(s) added, 0 already stored", first.Out);
        var storiesBefore = Cli.Run("stories", "--db", db).Out;

        var second = Cli.Run("ingest", RepoPaths.Samples, "--db", db);
        Assert.True(second.ExitCode == 0, second.Err);
        // The regroup replays the same stream: the same stories, under the same ids.
        var count = storiesBefore.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.StartsWith($"0 article(s) added, 12 already stored, 0 diagnostic(s); {count} stor", second.Out);
        Assert.Equal(storiesBefore, Cli.Run("stories", "--db", db).Out);
    }

    [Fact]
    public void A_folder_with_bad_files_is_processed_with_one_diagnostic_per_bad_file()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("good.txt"), "The ferry company said on Monday that crossings to the island would resume after the storm, and that tickets bought for cancelled sailings would be refunded in full.");
        File.WriteAllBytes(temp.File("binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        File.WriteAllBytes(temp.File("empty.txt"), []);
        File.WriteAllBytes(temp.File("latin1.txt"), [.. "Le ministre a d"u8, 0xE9, .. "clar"u8, 0xE9, .. " lundi que le port rouvrirait apr"u8, 0xE8, .. "s la gr"u8, 0xE8, .. "ve des dockers."u8]);

        var result = Cli.Run("brief", temp.Path, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (File: Path.GetFileName(d.GetProperty("source").GetString()!), Code: d.GetProperty("code").GetString())).ToList();
        Assert.Equal([("binary.txt", "DSR102"), ("empty.txt", "DSR101"), ("latin1.txt", "DSR103")], diagnostics.Order().ToList());

        var articles = json.RootElement.GetProperty("stories").EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray()).ToList();
        Assert.Equal(["good.txt", "latin1.txt"], articles.Select(a => Path.GetFileName(a.GetProperty("path").GetString()!)).Order().ToList());
        Assert.Contains(articles, a => a.GetProperty("blocks")[0].GetProperty("text").GetString()!.Contains("déclaré lundi"));
    }

    [Fact]
    public void Show_prints_a_stored_story_in_every_format()
    {
        using var temp = new TempFolder();
        var db = IngestSamples(temp);
        var id = Cli.Run("stories", "--db", db).Out.Split('\n')[0].Split(' ')[0];

        var md = Cli.Run("show", id[..6], "--db", db);
        Assert.True(md.ExitCode == 0, md.Err);
        Assert.StartsWith("# ", md.Out);

        var html = temp.File("story.html");
        Assert.Equal(0, Cli.Run("show", id, "--db", db, "--format", "html", "--out", html).ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(html));

        using var json = JsonDocument.Parse(Cli.Run("show", id, "--db", db, "--format", "json").Out);
        Assert.Equal(id, json.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Search_finds_stored_articles_by_their_words()
    {
        using var temp = new TempFolder();
        var db = IngestSamples(temp);
        var result = Cli.Run("search", "conciliator", "--db", db);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Meridian Daily", result.Out);
        Assert.DoesNotContain("Kitewing", result.Out);
    }

    [Fact]
    public void Html_output_escapes_article_text()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("hostile.txt"), "The council said on Monday that <script>alert('x')</script> would not appear in the minutes of the meeting, officials said.");
        var result = Cli.Run("brief", temp.Path, "--format", "html");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("<script>", result.Out);
        Assert.Contains("&lt;script&gt;", result.Out);
    }

    [Theory]
    [InlineData("brief", "/no/such/folder")]
    [InlineData("ingest", "/no/such/folder")]
    [InlineData("brief", "samples", "--format", "pdf")]
    [InlineData("stories", "--db", "/no/such/store.db")]
    [InlineData("frobnicate")]
    public void User_errors_exit_with_1_and_no_stack_trace(params string[] args)
    {
        var result = Cli.Run(args.Select(a => a == "samples" ? RepoPaths.Samples : a).ToArray());
        Assert.Equal(DossierCli.UserError, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.NotEmpty(result.Err.Trim());
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_a_user_error()
    {
        using var temp = new TempFolder();
        var db = temp.File("notes.db");
        File.WriteAllText(db, "these are my notes, not a database");
        var result = Cli.Run("stories", "--db", db);
        Assert.Equal(DossierCli.UserError, result.ExitCode);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void An_unknown_story_is_a_user_error()
    {
        using var temp = new TempFolder();
        var db = IngestSamples(temp);
        var result = Cli.Run("show", "zzzz", "--db", db);
        Assert.Equal(DossierCli.UserError, result.ExitCode);
        Assert.Contains("no single story matches", result.Err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("brief", "--help")]
    [InlineData("ingest", "--help")]
    [InlineData("stories", "--help")]
    [InlineData("show", "--help")]
    [InlineData("search", "--help")]
    public void Every_command_has_help(params string[] args)
    {
        var result = Cli.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out);
    }
}
