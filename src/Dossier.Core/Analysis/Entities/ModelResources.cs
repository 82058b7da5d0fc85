namespace Dossier.Core.Analysis.Entities;

/// <summary>
/// The trained files of <c>models/</c>, embedded in this assembly at build time so the tool needs nothing beside
/// itself at run time. <c>dossier train entities</c> rewrites the folder; the next build embeds the new files.
/// </summary>
public static class ModelResources
{
    private const string Prefix = "Dossier.Models.";

    /// <summary>The embedded model file of this name (as in <c>models/</c>), or null when the build has none.</summary>
    public static Stream? Open(string name) => typeof(ModelResources).Assembly.GetManifestResourceStream(Prefix + name);

    /// <summary>The names of the embedded model files.</summary>
    public static IEnumerable<string> Names() =>
        typeof(ModelResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
}
