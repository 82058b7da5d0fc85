namespace Dossier.Core.Tests;

/// <summary>The developer data in ../shared beside the repository: there for developers and CI, absent from a user's clone.</summary>
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

/// <summary>A fact that needs ../shared/<c>relativePath</c>: reported as skipped, with the reason, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = SharedData.PathOf(relativePath);
        if (!Directory.Exists(path) && !File.Exists(path))
            Skip = $"needs ../shared/{relativePath}, which is not present here (it is in CI)";
    }
}
