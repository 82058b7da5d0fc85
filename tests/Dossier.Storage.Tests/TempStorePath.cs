namespace Dossier.Storage.Tests;

/// <summary>A unique store path under the temp directory; deletes the file and its WAL companions on dispose.</summary>
internal sealed class TempStorePath : IDisposable
{
    public TempStorePath() =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dossier-test-{Guid.NewGuid():N}.db");

    public string Path { get; }

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
