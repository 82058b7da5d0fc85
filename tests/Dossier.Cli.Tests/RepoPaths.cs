namespace Dossier.Cli.Tests;

/// <summary>Where the repository and the shared developer data are, found from the test binary's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The seeds are real scraped text: they live beside the repository, never in it.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static string TestData(string name) => Path.Combine(Root, "tests", "Dossier.Cli.Tests", "Samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs the `dossier` command in process and captures what it prints.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = DossierCli.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <paramref name="recognizer"/> in place of the default entity recognizer.</summary>
    public static Result RunWith(Core.Analysis.Entities.IEntityRecognizer recognizer, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = DossierCli.Run(args, stdout, stderr, () => recognizer);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossier-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
