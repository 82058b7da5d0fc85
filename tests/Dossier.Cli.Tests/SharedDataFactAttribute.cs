namespace Dossier.Cli.Tests;

/// <summary>
/// A fact that needs developer data from ../shared (seeds, data sets). Where that folder is absent (a user's fresh
/// clone) the test is reported as skipped with the reason; in CI, where it is present, it runs.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relativePath));
        if (!Directory.Exists(path) && !File.Exists(path))
            Skip = $"needs ../shared/{relativePath}, which is not present here (it is in CI)";
    }
}
