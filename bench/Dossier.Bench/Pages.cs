using System.IO.Compression;
using System.Text;

namespace Dossier.Bench;

/// <summary>The benchmark's input: the Zyte article-extraction pages from the developer data beside the repository.</summary>
internal static class Pages
{
    public const string DataEnvironmentVariable = "DOSSIER_BENCH_DATA";

    /// <summary>The folder of *.html.gz (or *.html) pages: <paramref name="explicitDir"/>, else $DOSSIER_BENCH_DATA, else
    /// ../shared/data/extraction/zyte/html beside the repository.</summary>
    public static string Folder(string? explicitDir = null)
    {
        if (explicitDir is not null) return explicitDir;
        if (Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "extraction", "zyte", "html"));
        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }

    public static List<string> Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"no pages at {folder}: pass --data DIR or set {DataEnvironmentVariable}");
        var pages = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(".html.gz", StringComparison.Ordinal))
            {
                using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var reader = new StreamReader(gz, Encoding.UTF8);
                pages.Add(reader.ReadToEnd());
            }
            else if (path.EndsWith(".html", StringComparison.Ordinal)) pages.Add(File.ReadAllText(path, Encoding.UTF8));
        }
        return pages;
    }

    /// <summary>The pages' size as UTF-8 bytes, the unit of the MB/s figures.</summary>
    public static long Bytes(IEnumerable<string> pages) => pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
}
