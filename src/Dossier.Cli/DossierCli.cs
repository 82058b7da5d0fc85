using System.CommandLine;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Pipeline;
using Dossier.Core.Rendering;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>
/// The `dossier` command. Thin: it parses arguments, opens the store and calls the engine. Exit codes: 0 success,
/// 1 a user error (one line on stderr), 2 an internal error.
/// </summary>
public static partial class DossierCli
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    private const string DefaultDb = "dossier.db";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, EntityRecognizers.Default);

    /// <summary>
    /// Runs with the given entity recognizer, made only when a command needs it (a trained model takes time to load).
    /// Tests pass a fake one here; the tool uses <see cref="EntityRecognizers.Default"/>.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<IEntityRecognizer> recognizer)
    {
        var root = BuildCommand(stdout, stderr, recognizer);
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, Func<IEntityRecognizer> recognizer)
    {
        var root = new RootCommand("Dossier: turns news articles from many outlets into one sourced dossier per story.");

        var dbOption = new Option<string>("--db") { Description = $"The SQLite store file (default: {DefaultDb} in the current folder).", DefaultValueFactory = _ => DefaultDb };
        var formatOption = new Option<string>("--format") { Description = "Output format: md, json or html.", DefaultValueFactory = _ => "md" };
        formatOption.AcceptOnlyFromAmong([.. ReportWriters.Formats]);
        var outOption = new Option<string?>("--out") { Description = "Write the output to this file instead of standard output." };
        var pathsArgument = new Argument<string[]>("SOURCE")
        {
            Description = "Files or folders of articles (.txt, .html, .htm, .json, .jsonl, feeds .xml/.rss/.atom, .warc, .warc.gz; " +
                          "folders are read recursively), or http(s) URLs of pages and RSS, Atom or JSON feeds.",
            Arity = ArgumentArity.OneOrMore,
        };
        var allowPrivateOption = AllowPrivateOption();

        var ingest = new Command("ingest", "Read articles into the store and regroup all stored articles into stories.") { pathsArgument, dbOption, allowPrivateOption };
        ingest.SetAction(parse => Guard(stderr, () =>
        {
            var paths = ExistingPaths(parse.GetValue(pathsArgument)!);
            using var store = SqliteArticleStore.Open(parse.GetValue(dbOption)!);
            var engine = new DossierEngine(store, Options(parse.GetValue(allowPrivateOption), conditional: true));
            var summary = Progress.Run(stderr, paths, progress => engine.Ingest(paths, progress));
            var stories = engine.RegroupStories();
            foreach (var d in summary.Diagnostics) stderr.WriteLine(Describe(d));
            stdout.WriteLine($"{summary.Added} article(s) added, {summary.AlreadyStored} already stored, {summary.Diagnostics.Count} diagnostic(s); {stories.Count} stor{(stories.Count == 1 ? "y" : "ies")} in the store.");
            return Success;
        }));

        var storiesCommand = new Command("stories", "List the stories in the store.") { dbOption };
        storiesCommand.SetAction(parse => Guard(stderr, () =>
        {
            using var store = OpenExisting(parse.GetValue(dbOption)!);
            foreach (var story in store.GetStories())
                stdout.WriteLine($"{story.Id}  {story.ArticleIds.Count,3} article(s)  topic {story.TopicId ?? "-"}  {story.Headline}");
            return Success;
        }));

        var storyArgument = new Argument<string>("STORY") { Description = "A story id, or a unique prefix of one (see `dossier stories`)." };
        var show = new Command("show", "Print the dossier of one stored story.") { storyArgument, dbOption, formatOption, outOption };
        show.SetAction(parse => Guard(stderr, () =>
        {
            using var store = OpenExisting(parse.GetValue(dbOption)!);
            var engine = new DossierEngine(store, new DossierOptions());
            var id = parse.GetValue(storyArgument)!;
            var found = engine.FindStory(id) ?? throw new UserErrorException($"no single story matches '{id}'; run `dossier stories` to list them");
            // On stderr, so that the report on stdout stays what the format says (JSON stays JSON).
            if (found.MergedFrom is { } absorbed) stderr.WriteLine($"story {absorbed} was merged into {found.Story.Id}");
            var report = engine.Report([found.Story], [], found.Others);
            Write(report, parse.GetValue(formatOption)!, parse.GetValue(outOption));
            return Success;
        }));

        var briefDb = new Option<string?>("--db") { Description = "Keep the articles in this SQLite store (default: an in-memory store, nothing is written)." };
        var brief = new Command("brief", "Ingest, process and print the dossiers of the given articles in one go.") { pathsArgument, formatOption, outOption, briefDb, allowPrivateOption };
        brief.SetAction(parse => Guard(stderr, () =>
        {
            var paths = ExistingPaths(parse.GetValue(pathsArgument)!);
            using var store = SqliteArticleStore.Open(parse.GetValue(briefDb) ?? ":memory:");
            // Unconditional fetches: a brief reports on every URL it is given, even one a stored run has seen unchanged.
            var engine = new DossierEngine(store, Options(parse.GetValue(allowPrivateOption), conditional: false));
            var summary = Progress.Run(stderr, paths, progress => engine.Ingest(paths, progress));
            var stories = engine.Group(summary.ArticleIds.Select(store.GetArticle).OfType<Core.Model.Article>());
            var report = engine.Report(stories, summary.Diagnostics);
            Write(report, parse.GetValue(formatOption)!, parse.GetValue(outOption));
            stderr.WriteLine($"{stories.Count} stor{(stories.Count == 1 ? "y" : "ies")} from {summary.ArticleIds.Count} article(s); {summary.Diagnostics.Count} diagnostic(s).");
            return Success;
        }));

        var queryArgument = new Argument<string>("QUERY") { Description = "An SQLite FTS5 query, e.g. 'strike AND port' or '\"rare earth\"'." };
        var search = new Command("search", "Full-text search over the stored articles.") { queryArgument, dbOption };
        search.SetAction(parse => Guard(stderr, () =>
        {
            using var store = OpenExisting(parse.GetValue(dbOption)!);
            foreach (var id in store.SearchArticles(parse.GetValue(queryArgument)!))
                if (store.GetArticle(id) is { } article)
                    stdout.WriteLine($"{article.Id}  {article.OutletName ?? "-"}  {article.Metadata.Title ?? "(untitled)"}  {article.Origin}");
            return Success;
        }));

        root.Add(ingest);
        root.Add(storiesCommand);
        root.Add(show);
        root.Add(brief);
        root.Add(search);
        root.Add(EvaluateCommand(stdout, stderr));
        root.Add(ExtractCommand(stdout, stderr));
        root.Add(AnnotateCommand(stdout, stderr, recognizer));
        root.Add(BenchCommand(stdout, stderr));
        root.Add(TrainCommand(stdout, stderr));
        return root;

        void Write(Core.Synthesis.DossierReport report, string format, string? outFile)
        {
            var writer = ReportWriters.For(format);
            if (outFile is null)
            {
                writer.Write(report, stdout);
                return;
            }
            try
            {
                using var file = new StreamWriter(outFile, append: false, new System.Text.UTF8Encoding(false));
                writer.Write(report, file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"cannot write '{outFile}': {ex.Message}");
            }
        }
    }

    /// <summary>Turns user mistakes into one line and exit code 1, and anything else into one line and exit code 2: never a stack trace.</summary>
    internal static int Guard(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UserErrorException ex)
        {
            stderr.WriteLine($"dossier: {ex.Message}");
            return UserError;
        }
        catch (Exception ex) when (ex is StoreException or Evaluation.EvaluationDataException)
        {
            stderr.WriteLine($"dossier: {ex.Message}");
            return UserError;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"dossier: internal error: {ex.GetType().Name}: {ex.Message} (please report it; set DOSSIER_TRACE=1 for details)");
            if (Environment.GetEnvironmentVariable("DOSSIER_TRACE") == "1") stderr.WriteLine(ex);
            return InternalError;
        }
    }

    private static Option<bool> AllowPrivateOption() =>
        new("--allow-private") { Description = "Let URLs reach loopback, private and link-local addresses (refused by default)." };

    private static DossierOptions Options(bool allowPrivate, bool conditional) => new()
    {
        Ingest = new IngestOptions { Web = new WebOptions { AllowPrivate = allowPrivate, ConditionalRequests = conditional } },
    };

    /// <summary>Paths must exist before a run starts; URLs are checked when fetched, and their problems are diagnostics.</summary>
    private static string[] ExistingPaths(string[] paths)
    {
        var missing = paths.Where(p => !WebSource.LooksLikeUrl(p) && !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0) throw new UserErrorException($"no such file or folder: {string.Join(", ", missing)}");
        return paths;
    }

    /// <summary>Commands that read the store must not create an empty one by mistake.</summary>
    private static SqliteArticleStore OpenExisting(string path) =>
        File.Exists(path) ? SqliteArticleStore.Open(path) : throw new UserErrorException($"no store at '{path}'; run `dossier ingest PATH --db {path}` first");

    internal static string Describe(Core.Model.Diagnostic d) =>
        $"{d.Source ?? "-"}: {d.Severity.ToString().ToLowerInvariant()} {d.Code} [{d.Stage}]: {d.Message}";
}

/// <summary>A mistake of the user's (a missing file, an unknown story): reported in one line, exit code 1.</summary>
public sealed class UserErrorException(string message) : Exception(message);
