namespace Dossier.Core.Tests;

/// <summary>Where the shared developer data (../shared beside the repository) is, found from the test binary's folder.</summary>
internal static class SharedData
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, "..", "shared", relativePath));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A fact that needs developer data from ../shared. Where that folder is absent (a user's fresh clone) the test is
/// reported as skipped with the reason; in CI, where it is present, it runs. Mirrors the CLI tests' attribute.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = SharedData.PathOf(relativePath);
        if (!Directory.Exists(path) && !File.Exists(path))
            Skip = $"needs ../shared/{relativePath}, which is not present here (it is in CI)";
    }
}
