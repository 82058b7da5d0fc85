// Measures how fast WarcReader streams a large .warc.gz and how much memory it holds while doing so.
//
//   dotnet run -c Release --project bench/WarcThroughput -- gen /tmp/big.warc.gz 20000 ../shared/data/extraction/zyte/html
//   taskset -c 1 dotnet bench/WarcThroughput/bin/Release/net10.0/WarcThroughput.dll read /tmp/big.warc.gz 3
//
// "gen" writes COUNT request/response pairs, one gzip member per record as Common Crawl does, with real article pages
// (the *.html.gz files of a folder) as response bodies. "read" reads the file RUNS times and prints time and peak memory.
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Warc;

if (args is ["gen", var output, var countText, var pagesFolder])
{
    var pages = Directory.GetFiles(pagesFolder, "*.html.gz").Order(StringComparer.Ordinal).Select(Gunzip).ToList();
    var count = int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture);
    using var file = File.Create(output);
    long raw = 0;
    for (var i = 0; i < count; i++)
    {
        var body = pages[i % pages.Count];
        var uri = $"https://site{i % 97}.example/article/{i}";
        byte[] request = Encoding.ASCII.GetBytes($"GET /article/{i} HTTP/1.1\r\nHost: site{i % 97}.example\r\n\r\n");
        byte[] response = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];
        raw += WriteRecord(file, "request", uri, request, "application/http; msgtype=request");
        raw += WriteRecord(file, "response", uri, response, "application/http; msgtype=response");
    }
    Console.WriteLine($"{count * 2} records, {raw / 1e6:F1} MB uncompressed, {file.Length / 1e6:F1} MB gzipped");
    return 0;
}

if (args is ["read", var path, var runsText])
{
    var megabytes = 0.0;
    for (var run = 0; run < int.Parse(runsText, System.Globalization.CultureInfo.InvariantCulture); run++)
    {
        var watch = Stopwatch.StartNew();
        long chars = 0;
        var documents = 0;
        var problems = 0;
        foreach (var item in WarcReader.Read(path, new IngestOptions()))
        {
            if (item.Document is { } document)
            {
                documents++;
                chars += document.Content.Length;
            }
            else problems++;
        }
        watch.Stop();
        megabytes = chars / 1e6;
        Console.WriteLine($"run {run}: {documents} pages ({megabytes:F1} M chars), {problems} diagnostics, {watch.Elapsed.TotalSeconds:F2} s, " +
                          $"{documents / watch.Elapsed.TotalSeconds:F0} pages/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    }
    return 0;
}

Console.Error.WriteLine("usage: gen OUTPUT COUNT PAGES_FOLDER | read FILE RUNS");
return 2;

static byte[] Gunzip(string path)
{
    using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
    using var bytes = new MemoryStream();
    gzip.CopyTo(bytes);
    return bytes.ToArray();
}

static long WriteRecord(Stream file, string type, string uri, byte[] block, string contentType)
{
    var header = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-06-10T10:00:00Z\r\n" +
                                         $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
    byte[] record = [.. header, .. block, .. "\r\n\r\n"u8];
    using var member = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
    member.Write(record);
    return record.Length;
}
