namespace Dossier.Cli.Tests;

/// <summary>A theory that needs developer data from ../shared; skipped with the reason where it is absent (see <see cref="SharedDataFactAttribute"/>).</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <param name="skip">A reason to skip the test even where the data is present (null to run it).</param>
    public SharedDataTheoryAttribute(string relativePath, string? skip = null)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relativePath));
        Skip = !Directory.Exists(path) && !File.Exists(path)
            ? $"needs ../shared/{relativePath}, which is not present here (it is in CI)"
            : skip;
    }
}
