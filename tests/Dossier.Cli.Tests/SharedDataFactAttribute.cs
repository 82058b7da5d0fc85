namespace Dossier.Cli.Tests;

/// <summary>
/// A fact that needs developer data from ../shared (seeds, data sets). Where that folder is absent (a user's fresh
/// clone) the test is reported as skipped with the reason; in CI, where it is present, it runs.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <param name="skip">A reason to skip the test even where the data is present (null to run it).</param>
    public SharedDataFactAttribute(string relativePath, string? skip = null)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relativePath));
        Skip = !Directory.Exists(path) && !File.Exists(path)
            ? $"needs ../shared/{relativePath}, which is not present here (it is in CI)"
            : skip;
    }
}
