using System.IO.Compression;
using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Ingest.Warc;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest.Warc;

/// <summary>WARC files built byte by byte in each test, the way crawlers write them.</summary>
public sealed class WarcReaderTests : IDisposable
{
    private const string Paragraph = "The island council of Vellan approved a three-year ferry contract on Thursday.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-warc-" + Guid.NewGuid().ToString("N"));

    static WarcReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public WarcReaderTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    // ---- Building WARC files ----

    private static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response", string version = "WARC/1.0")
    {
        var header = new StringBuilder($"{version}\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Date: 2026-06-10T10:00:00Z\r\n");
        if (uri is not null) header.Append($"WARC-Target-URI: {uri}\r\n");
        header.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Response(int status, string? contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} X\r\n");
        if (contentType is not null) head.Append($"Content-Type: {contentType}\r\n");
        foreach (var header in headers) head.Append(header).Append("\r\n");
        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private static byte[] Html(string title, string paragraph) =>
        Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><p>{paragraph}</p></body></html>");

    private static byte[] Chunked(byte[] body, int size)
    {
        var output = new List<byte>();
        for (var at = 0; at < body.Length; at += size)
        {
            var n = Math.Min(size, body.Length - at);
            output.AddRange(Encoding.ASCII.GetBytes($"{n:X};ext=1\r\n"));
            output.AddRange(body.AsSpan(at, n));
            output.AddRange("\r\n"u8);
        }
        output.AddRange("0\r\nX-Trailer: 1\r\n\r\n"u8);
        return [.. output];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>One gzip member per record, concatenated: the layout of Common Crawl's .warc.gz files.</summary>
    private static byte[] GzipMembers(IEnumerable<byte[]> records) => [.. records.SelectMany(Gzip)];

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<IngestItem> Read(string path, IngestOptions? options = null) => WarcReader.Read(path, options ?? new IngestOptions()).ToList();

    private static List<byte[]> MixedRecords()
    {
        var polish = Encoding.GetEncoding(28592).GetBytes("<html><head><title>Łódź</title></head><body><p>Szczęście w Łodzi.</p></body></html>");
        return
        [
            Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields", "WARC/1.1"),
            Record("request", "https://a.example/one", "GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
            Record("response", "https://a.example/one", Response(200, "text/html; charset=utf-8", Html("One", Paragraph))),
            Record("metadata", "https://a.example/one", "fetchTimeMs: 12\r\n"u8.ToArray(), "application/warc-fields"),
            Record("response", "<https://b.example/two>",
                Response(200, "text/html; charset=ISO-8859-2", Chunked(Gzip(polish), 7), "Transfer-Encoding: chunked", "Content-Encoding: gzip")),
            Record("response", "https://a.example/missing", Response(404, "text/html", Html("Not found", "Nothing here."))),
            Record("response", "https://a.example/logo.png", Response(200, "image/png", [0x89, 0x50, 0x4E, 0x47])),
            Record("response", "dns:a.example", "20260610100000\na.example. 300 IN A 192.0.2.1\n"u8.ToArray(), "text/dns"),
            Record("revisit", "https://a.example/one", Response(200, "text/html", [])),
        ];
    }

    [Fact]
    public void Dotnet_gzip_stream_reads_concatenated_members()
    {
        using var stream = new GZipStream(new MemoryStream(GzipMembers(["one "u8.ToArray(), "two "u8.ToArray(), "three"u8.ToArray()])), CompressionMode.Decompress);

        Assert.Equal("one two three", new StreamReader(stream).ReadToEnd());
    }

    [Fact]
    public void Reads_2xx_html_responses_of_a_gzipped_warc_and_skips_the_rest()
    {
        var path = Write("crawl.warc.gz", GzipMembers(MixedRecords()));

        var items = Read(path);

        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal($"{path}#3", documents[0].Origin);
        Assert.Equal("https://a.example/one", documents[0].Metadata.Url);
        Assert.Equal(SourceFormat.Html, documents[0].Format);
        Assert.Contains(Paragraph, documents[0].Content);

        // Chunked, gzip-encoded, ISO-8859-2 by the HTTP header; the WARC 1.0 URI in angle brackets.
        Assert.Equal($"{path}#5", documents[1].Origin);
        Assert.Equal("https://b.example/two", documents[1].Metadata.Url);
        Assert.Contains("Szczęście w Łodzi.", documents[1].Content);
        Assert.Empty(documents[1].Diagnostics);

        var summary = Assert.Single(items, i => i.Problem is not null).Problem!;
        Assert.Equal(DiagnosticCodes.WarcRecordsSkipped, summary.Code);
        Assert.Equal(Severity.Info, summary.Severity);
        Assert.Contains("2 HTML page(s) read; 2 response record(s)", summary.Message);
    }

    [Fact]
    public void Reads_an_uncompressed_warc_the_same_way()
    {
        var path = Write("crawl.warc", [.. MixedRecords().SelectMany(r => r)]);

        Assert.Equal(2, Read(path).Count(i => i.Document is not null));
    }

    [Fact]
    public void A_truncated_last_member_keeps_the_records_before_it_and_says_where_it_ends()
    {
        var records = MixedRecords().Take(3).ToList();
        records.Add(Record("response", "https://a.example/last", Response(200, "text/html", Html("Last", string.Concat(Enumerable.Repeat(Paragraph, 50))))));
        var whole = GzipMembers(records);
        var path = Write("cut.warc.gz", whole[..^200]);

        var items = Read(path);

        Assert.Equal("https://a.example/one", Assert.Single(items, i => i.Document is not null).Document!.Metadata.Url);
        var problem = Assert.Single(items, i => i.Problem?.Code == DiagnosticCodes.InvalidWarc).Problem!;
        Assert.Contains("ends inside record 4", problem.Message);
        Assert.Contains("truncated", problem.Message);
    }

    [Fact]
    public void A_file_cut_inside_a_header_is_reported()
    {
        var bytes = Record("response", "https://a.example/one", Response(200, "text/html", Html("One", Paragraph)));
        var path = Write("cut.warc", bytes[..40]);

        var problem = Assert.Single(Read(path)).Problem!;

        Assert.Equal(DiagnosticCodes.InvalidWarc, problem.Code);
        Assert.Contains("header of record 1", problem.Message);
    }

    [Theory]
    [InlineData("not a warc file at all\r\n\r\n")]
    [InlineData("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n")]
    [InlineData("WARC/1.0\r\nno colon here\r\n\r\n")]
    public void Malformed_framing_is_a_diagnostic_not_an_exception(string content)
    {
        var path = Write("bad.warc", Encoding.ASCII.GetBytes(content));

        Assert.Equal(DiagnosticCodes.InvalidWarc, Assert.Single(Read(path)).Problem!.Code);
    }

    [Fact]
    public void Corrupt_gzip_data_is_a_diagnostic()
    {
        var whole = GzipMembers(MixedRecords());
        for (var i = 40; i < 80; i++) whole[i] ^= 0x5A;
        var path = Write("corrupt.warc.gz", whole);

        var items = Read(path);

        Assert.Contains(items, i => i.Problem?.Code == DiagnosticCodes.InvalidWarc);
    }

    [Fact]
    public void A_broken_http_payload_costs_only_its_record()
    {
        var path = Write("mixed.warc", [
            .. Record("response", "https://a.example/bad", Response(200, "text/html", "1Z\r\nnot hex\r\n"u8.ToArray(), "Transfer-Encoding: chunked")),
            .. Record("response", "https://a.example/bad2", "no http here"u8.ToArray()),
            .. Record("response", "https://a.example/ok", Response(200, "text/html", Html("Ok", Paragraph))),
        ]);

        var items = Read(path);

        Assert.Equal(2, items.Count(i => i.Problem?.Code == DiagnosticCodes.InvalidWarc));
        Assert.Equal($"{path}#1", items[0].Problem!.Source);
        Assert.Equal("https://a.example/ok", Assert.Single(items, i => i.Document is not null).Document!.Metadata.Url);
    }

    [Fact]
    public void Deflate_brotli_lf_only_headers_and_untyped_html_are_read()
    {
        var body = Html("One", Paragraph);
        byte[] zlib, raw, brotli;
        using (var m = new MemoryStream()) { using (var z = new ZLibStream(m, CompressionLevel.Fastest)) z.Write(body); zlib = m.ToArray(); }
        using (var m = new MemoryStream()) { using (var z = new DeflateStream(m, CompressionLevel.Fastest)) z.Write(body); raw = m.ToArray(); }
        using (var m = new MemoryStream()) { using (var z = new BrotliStream(m, CompressionLevel.Fastest)) z.Write(body); brotli = m.ToArray(); }
        var path = Write("codings.warc", [
            .. Record("response", "https://a.example/zlib", Response(200, "text/html", zlib, "Content-Encoding: deflate")),
            .. Record("response", "https://a.example/raw", Response(200, "text/html", raw, "Content-Encoding: deflate")),
            .. Record("response", "https://a.example/br", Response(200, "text/html", brotli, "Content-Encoding: br")),
            .. Record("response", "https://a.example/lf", [.. "HTTP/1.0 200 OK\nContent-Type: text/html\n\n"u8, .. body]),
            .. Record("response", "https://a.example/untyped", Response(200, null, [.. "<!DOCTYPE html>"u8, .. body])),
        ]);

        var documents = Read(path).Where(i => i.Document is not null).Select(i => i.Document!).ToList();

        Assert.Equal(5, documents.Count);
        Assert.All(documents, d => Assert.Contains(Paragraph, d.Content));
    }

    [Fact]
    public void A_record_over_the_size_cap_is_skipped_and_the_next_one_read()
    {
        var path = Write("big.warc", [
            .. Record("response", "https://a.example/big", Response(200, "text/html", Html("Big", new string('x', 5000)))),
            .. Record("response", "https://a.example/ok", Response(200, "text/html", Html("Ok", Paragraph))),
        ]);

        var items = Read(path, new IngestOptions { MaxWarcRecordBytes = 2000 });

        Assert.Equal(DiagnosticCodes.ResponseTooLarge, items[0].Problem!.Code);
        Assert.Equal("https://a.example/ok", items[1].Document!.Metadata.Url);
    }

    [Fact]
    public void At_most_max_warc_records_are_read()
    {
        var records = Enumerable.Range(1, 5).SelectMany(i => Record("response", $"https://a.example/{i}", Response(200, "text/html", Html($"{i}", Paragraph + i))));
        var path = Write("many.warc", [.. records]);

        var items = Read(path, new IngestOptions { MaxWarcRecords = 3 });

        Assert.Equal(3, items.Count(i => i.Document is not null));
        Assert.Equal(DiagnosticCodes.TooManyRecords, items[3].Problem!.Code);
    }

    [Fact]
    public void Records_are_read_lazily_one_at_a_time()
    {
        var path = Write("lazy.warc", [
            .. Record("response", "https://a.example/1", Response(200, "text/html", Html("1", Paragraph))),
            .. "garbage that would fail\r\n\r\n"u8,
        ]);

        // Taking the first item must not read (and fail on) what follows it.
        var first = WarcReader.Read(path, new IngestOptions()).First();

        Assert.NotNull(first.Document);
    }

    [Fact]
    public void File_source_streams_warc_files_of_any_size_and_detects_gzip_by_content()
    {
        var path = Write("renamed.warc", GzipMembers(MixedRecords()));

        var items = new FileSource(new IngestOptions { MaxFileBytes = 100 }).Read([path]).ToList();

        Assert.Equal(2, items.Count(i => i.Document is not null));
    }

    [Fact]
    public void A_warc_without_html_responses_says_so()
    {
        var path = Write("empty.warc", Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields"));

        var problem = Assert.Single(Read(path)).Problem!;

        Assert.Equal(DiagnosticCodes.WarcRecordsSkipped, problem.Code);
        Assert.Contains("0 HTML page(s)", problem.Message);
    }
}
