using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;
using Dossier.Core.Tests.Ingest.Web;

namespace Dossier.Core.Tests.Ingest;

public sealed class SourceReaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-sources-" + Guid.NewGuid().ToString("N"));
    private readonly TestHttpServer _server = new(request => request.Path == "/story"
        ? TestResponse.Text("<html><body><p>The page of the story.</p></body></html>")
        : TestResponse.Empty(404));

    public SourceReaderTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        _server.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Reads_paths_and_urls_in_the_order_given_and_fetches_the_pages_of_feed_files()
    {
        var text = Path.Combine(_root, "a.txt");
        File.WriteAllText(text, "The council met on Thursday.");
        var feed = Path.Combine(_root, "feed.rss");
        File.WriteAllText(feed, $"<rss version=\"2.0\"><channel><item><title>Story</title><link>{_server.Url("/story")}</link><description>Teaser.</description></item></channel></rss>");
        var options = new IngestOptions { Web = new WebOptions { AlwaysAllowed = [_server.EndPoint] } };
        using var reader = new SourceReader(options);

        var items = reader.Read([_server.Url("/story"), text, feed, _server.Url("/missing")]).ToList();

        Assert.Equal(_server.Url("/story"), items[0].Document!.Origin);
        Assert.Equal(text, items[1].Document!.Origin);
        Assert.Equal(_server.Url("/story"), items[2].Document!.Origin);
        Assert.Equal("Story", items[2].Document!.Metadata.Title);
        Assert.Contains("The page of the story.", items[2].Document!.Content);
        Assert.Equal(DiagnosticCodes.HttpError, items[3].Problem!.Code);
        Assert.Equal(4, items.Count);
    }
}
