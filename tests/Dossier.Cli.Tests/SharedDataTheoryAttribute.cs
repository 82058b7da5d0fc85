namespace Dossier.Cli.Tests;

/// <summary>A theory that needs developer data from ../shared; skipped with the reason where it is absent (see <see cref="SharedDataFactAttribute"/>).</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", relativePath));
        if (!Directory.Exists(path) && !File.Exists(path))
            Skip = $"needs ../shared/{relativePath}, which is not present here (it is in CI)";
    }
}
