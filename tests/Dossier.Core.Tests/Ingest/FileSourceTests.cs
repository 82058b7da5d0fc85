using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest;

/// <summary>FileSource and, through it, JsonRecordReader, on files written to a fresh temporary folder per test.</summary>
public sealed class FileSourceTests : IDisposable
{
    private const string Paragraph = "The island council of Vellan approved a three-year ferry contract on Thursday.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-filesource-" + Guid.NewGuid().ToString("N"));

    public FileSourceTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string Write(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    private string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static List<IngestItem> Read(string path, IngestOptions? options = null) =>
        new FileSource(options ?? new IngestOptions()).Read([path]).ToList();

    private static Diagnostic SingleProblem(List<IngestItem> items)
    {
        var item = Assert.Single(items);
        Assert.Null(item.Document);
        return Assert.IsType<Diagnostic>(item.Problem);
    }

    private static SourceDocument SingleDocument(List<IngestItem> items)
    {
        var item = Assert.Single(items);
        Assert.Null(item.Problem);
        return Assert.IsType<SourceDocument>(item.Document);
    }

    // ---- Folders ----

    [Fact]
    public void Reads_a_folder_recursively_in_ordinal_path_order()
    {
        var files = new[] { "sub/deep/c.txt", "b.txt", "a/z.txt", "a.txt", "A.txt", "page.html" };
        foreach (var file in files) Write(file, $"Text of {file}.");

        var items = Read(_root);

        Assert.All(items, item => Assert.Null(item.Problem));
        string[] expected = ["A.txt", "a.txt", "a/z.txt", "b.txt", "page.html", "sub/deep/c.txt"];
        Assert.Equal(expected.Select(f => Path.Combine(_root, f.Replace('/', Path.DirectorySeparatorChar))),
            items.Select(i => i.Document!.Origin));
        Assert.Equal("Text of a/z.txt.", items[2].Document!.Content);
        Assert.Equal(SourceFormat.PlainText, items[2].Document!.Format);
        Assert.Equal(SourceFormat.Html, items[4].Document!.Format);
    }

    [Fact]
    public void Skips_hidden_files_and_everything_under_hidden_folders_without_a_word()
    {
        var visible = Write("visible.txt", Paragraph);
        Write(".hidden.txt", Paragraph);
        Write(".DS_Store", "binary-ish");
        Write(".git/notes.txt", Paragraph);
        Write("sub/.cache/deep/page.html", "<p>cached</p>");
        var nested = Write("sub/kept.txt", Paragraph);

        var items = Read(_root);

        Assert.Equal([nested, visible], items.Select(i => i.Document?.Origin));
    }

    [Fact]
    public void A_file_given_by_path_is_read_and_its_origin_is_the_path_as_given()
    {
        var path = Write("story.txt", Paragraph);

        var document = SingleDocument(Read(path));

        Assert.Equal(path, document.Origin);
        Assert.Equal(Paragraph, document.Content);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(new ArticleMetadata(), document.Metadata);
    }

    // ---- Files that give no document ----

    [Fact]
    public void An_unsupported_extension_gives_one_warning()
    {
        var path = Write("photo.jpg", Paragraph);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.UnsupportedFileType, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal(path, problem.Source);
        Assert.Contains(".jpg", problem.Message);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        var path = Write("empty.txt", "");

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.EmptyFile, problem.Code);
        Assert.Equal(path, problem.Source);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(" \r\n\t\n  \n")]
    [InlineData("\u00A0\u2003\n")]
    public void A_file_of_white_space_only_is_reported_as_empty(string content)
    {
        var path = Write("blank.txt", content);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.EmptyFile, problem.Code);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void A_file_with_only_a_bom_is_reported_as_empty()
    {
        var path = WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF]);

        Assert.Equal(DiagnosticCodes.EmptyFile, SingleProblem(Read(path)).Code);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        var options = new IngestOptions { MaxFileBytes = 100 };
        // Binary content: had the file been read, the problem would be DSR102, not DSR104.
        var path = WriteBytes("big.txt", new byte[101]);

        var problem = SingleProblem(Read(path, options));

        Assert.Equal(DiagnosticCodes.FileTooLarge, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void A_file_at_the_size_limit_is_read()
    {
        var options = new IngestOptions { MaxFileBytes = 100 };
        var path = Write("limit.txt", new string('a', 100));

        Assert.Equal(new string('a', 100), SingleDocument(Read(path, options)).Content);
    }

    [Fact]
    public void A_missing_path_is_reported()
    {
        var path = Path.Combine(_root, "no-such-file.txt");

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.PathNotFound, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void A_binary_file_is_reported()
    {
        var path = WriteBytes("image.html", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x00, 0x00, 0x0D]);

        Assert.Equal(DiagnosticCodes.BinaryFile, SingleProblem(Read(path)).Code);
    }

    [Fact]
    public void A_windows_1252_file_is_read_and_its_document_carries_the_encoding_warning()
    {
        var path = WriteBytes("legacy.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9]);

        var document = SingleDocument(Read(path));

        Assert.Equal("café", document.Content);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Equal(path, warning.Source);
    }

    // ---- JSON ----

    [Fact]
    public void A_json_object_is_one_document_with_its_metadata()
    {
        var path = Write("story.json", """
            {
              "title": "  Ferry deal approved ",
              "outlet": "Coastline Press",
              "url": "https://coastline.example/ferry",
              "published": "2026-06-10T17:25:00+02:00",
              "text": "The island council approved the deal.",
              "ignored": 42
            }
            """);

        var document = SingleDocument(Read(path));

        Assert.Equal(path, document.Origin);
        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal("The island council approved the deal.", document.Content);
        Assert.Equal("Ferry deal approved", document.Metadata.Title);
        Assert.Equal("Coastline Press", document.Metadata.Outlet);
        Assert.Equal("https://coastline.example/ferry", document.Metadata.Url);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 17, 25, 0, TimeSpan.FromHours(2)), document.Metadata.Published);
        Assert.Equal(TimeSpan.FromHours(2), document.Metadata.Published!.Value.Offset);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void A_date_without_an_offset_is_taken_as_utc()
    {
        var path = Write("story.json", """{"text": "Body.", "published": "2026-06-10T08:00:00"}""");

        var published = SingleDocument(Read(path)).Metadata.Published;

        Assert.Equal(new DateTimeOffset(2026, 6, 10, 8, 0, 0, TimeSpan.Zero), published);
        Assert.Equal(TimeSpan.Zero, published!.Value.Offset);
    }

    [Fact]
    public void Blank_and_non_string_metadata_fields_are_missing()
    {
        var path = Write("story.json", """{"text": "Body.", "title": "   ", "outlet": 7, "url": null}""");

        Assert.Equal(new ArticleMetadata(), SingleDocument(Read(path)).Metadata);
    }

    [Fact]
    public void A_json_array_gives_one_document_per_record_with_numbered_origins()
    {
        var path = Write("feed.json", """
            [
              {"text": "First story."},
              {"text": "Second story."},
              {"text": "Third story."},
            ]
            """);

        var items = Read(path);

        Assert.All(items, i => Assert.Null(i.Problem));
        Assert.Equal([path + "#1", path + "#2", path + "#3"], items.Select(i => i.Document!.Origin));
        Assert.Equal(["First story.", "Second story.", "Third story."], items.Select(i => i.Document!.Content));
    }

    [Fact]
    public void A_non_object_element_of_an_array_is_reported_and_the_others_are_read()
    {
        var path = Write("feed.json", """[{"text": "First."}, "just a string", {"text": "Third."}, null]""");

        var items = Read(path);

        Assert.Equal(4, items.Count);
        Assert.Equal(path + "#1", items[0].Document?.Origin);
        Assert.Equal(DiagnosticCodes.JsonRecordWithoutText, items[1].Problem?.Code);
        Assert.Equal(path + "#2", items[1].Problem!.Source);
        Assert.Contains("string", items[1].Problem!.Message);
        Assert.Equal(path + "#3", items[2].Document?.Origin);
        Assert.Equal(DiagnosticCodes.JsonRecordWithoutText, items[3].Problem?.Code);
        Assert.Equal(path + "#4", items[3].Problem!.Source);
    }

    [Theory]
    [InlineData("""{"title": "Only a title"}""")]
    [InlineData("""{"title": "Blank text", "text": "  \n ", "html": ""}""")]
    [InlineData("""{"text": 12, "html": ["<p>x</p>"]}""")]
    [InlineData("""[]""")]
    [InlineData("""42""")]
    public void A_record_without_text_or_html_is_reported(string json)
    {
        var path = Write("record.json", json);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.JsonRecordWithoutText, problem.Code);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void A_record_with_html_is_an_html_document()
    {
        var path = Write("record.json", """{"html": "<article><p>Body.</p></article>", "title": "T"}""");

        var document = SingleDocument(Read(path));

        Assert.Equal(SourceFormat.Html, document.Format);
        Assert.Equal("<article><p>Body.</p></article>", document.Content);
        Assert.Equal("T", document.Metadata.Title);
    }

    [Fact]
    public void Text_wins_over_html_when_a_record_has_both()
    {
        var path = Write("record.json", """{"html": "<p>From HTML.</p>", "text": "From text."}""");

        var document = SingleDocument(Read(path));

        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal("From text.", document.Content);
    }

    [Fact]
    public void Html_is_used_when_the_text_field_is_blank()
    {
        var path = Write("record.json", """{"html": "<p>From HTML.</p>", "text": "   "}""");

        Assert.Equal(SourceFormat.Html, SingleDocument(Read(path)).Format);
    }

    [Fact]
    public void An_unparsable_date_still_gives_the_document_with_a_warning()
    {
        var path = Write("record.json", """{"text": "Body.", "published": "last Tuesday-ish"}""");

        var document = SingleDocument(Read(path));

        Assert.Null(document.Metadata.Published);
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnparsableDate, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(path, warning.Source);
        Assert.Contains("last Tuesday-ish", warning.Message);
    }

    [Theory]
    [InlineData("""{"text": "unterminated""")]
    [InlineData("""{"text": "a" "b"}""")]
    [InlineData("""not json at all""")]
    [InlineData("""[{"text": "a"}, {"text": "b"}""")]
    public void An_invalid_json_file_is_reported(string json)
    {
        var path = Write("broken.json", json);

        var problem = SingleProblem(Read(path));

        Assert.Equal(DiagnosticCodes.InvalidJson, problem.Code);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void Json_nested_too_deeply_is_reported_not_thrown()
    {
        var path = Write("deep.json", new string('[', 100) + new string(']', 100));

        Assert.Equal(DiagnosticCodes.InvalidJson, SingleProblem(Read(path)).Code);
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_escape_is_reported_and_the_other_records_are_read()
    {
        // The JSON parser accepts "\ud800" but reading it as a string throws; that must stay a diagnostic.
        var path = Write("feed.json", """[{"text": "First."}, {"text": "Bad \ud800 text."}, {"text": "Third.", "title": "\udc00"}]""");

        var items = Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(path + "#1", items[0].Document?.Origin);
        Assert.Equal(DiagnosticCodes.InvalidJson, items[1].Problem?.Code);
        Assert.Equal(path + "#2", items[1].Problem!.Source);
        Assert.Equal(DiagnosticCodes.InvalidJson, items[2].Problem?.Code);
    }

    [Fact]
    public void Json_comments_and_trailing_commas_are_accepted()
    {
        var path = Write("record.json", """
            // exported by the scraper
            { "text": "Body.", /* inline */ "title": "T", }
            """);

        Assert.Equal("T", SingleDocument(Read(path)).Metadata.Title);
    }

    // ---- JSON Lines ----

    [Fact]
    public void A_bad_json_line_is_reported_with_its_line_number_and_the_other_lines_are_read()
    {
        var path = Write("feed.jsonl", """
            {"text": "First."}

            {"text": broken}
            {"text": "Fourth.", "title": "Four"}
            """);

        var items = Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal(path + "#1", items[0].Document?.Origin);
        var problem = Assert.IsType<Diagnostic>(items[1].Problem);
        Assert.Equal(DiagnosticCodes.InvalidJson, problem.Code);
        Assert.Equal(path + "#3", problem.Source);
        Assert.Contains("line 3", problem.Message);
        Assert.Equal(path + "#4", items[2].Document?.Origin);
        Assert.Equal("Four", items[2].Document!.Metadata.Title);
    }

    [Fact]
    public void Json_lines_with_crlf_line_ends_are_read()
    {
        var path = Write("feed.ndjson", "{\"text\": \"One.\"}\r\n{\"text\": \"Two.\"}\r\n");

        var items = Read(path);

        Assert.Equal(["One.", "Two."], items.Select(i => i.Document?.Content));
        Assert.Equal([path + "#1", path + "#2"], items.Select(i => i.Document?.Origin));
    }

    [Fact]
    public void Only_the_first_records_of_a_long_json_lines_file_are_read()
    {
        var options = new IngestOptions { MaxRecordsPerFile = 3 };
        var path = Write("feed.jsonl", string.Join('\n', Enumerable.Range(1, 6).Select(i => $$"""{"text": "Story {{i}}."}""")));

        var items = Read(path, options);

        Assert.Equal(4, items.Count);
        Assert.Equal(["Story 1.", "Story 2.", "Story 3."], items.Take(3).Select(i => i.Document?.Content));
        var problem = Assert.IsType<Diagnostic>(items[3].Problem);
        Assert.Equal(DiagnosticCodes.TooManyRecords, problem.Code);
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void Only_the_first_records_of_a_long_json_array_are_read()
    {
        var options = new IngestOptions { MaxRecordsPerFile = 2 };
        var path = Write("feed.json", """[{"text": "A."}, {"text": "B."}, {"text": "C."}]""");

        var items = Read(path, options);

        Assert.Equal(["A.", "B.", null], items.Select(i => i.Document?.Content));
        Assert.Equal(DiagnosticCodes.TooManyRecords, items[2].Problem?.Code);
    }

    // ---- Accounting for every file ----

    [Fact]
    public void Every_file_that_gives_no_document_gives_exactly_one_diagnostic()
    {
        var options = new IngestOptions { MaxFileBytes = 200 };
        var good = new[]
        {
            Write("good.txt", Paragraph),
            Write("nested/good.json", """{"text": "A good record.", "title": "Good"}"""),
        };
        var bad = new Dictionary<string, string>
        {
            [Write("photo.png", "not really a picture")] = DiagnosticCodes.UnsupportedFileType,
            [Write("empty.txt", "")] = DiagnosticCodes.EmptyFile,
            [Write("blank.html", "  \n\n \t")] = DiagnosticCodes.EmptyFile,
            [Write("huge.txt", new string('x', 201))] = DiagnosticCodes.FileTooLarge,
            [WriteBytes("binary.txt", [1, 2, 0, 4, 5])] = DiagnosticCodes.BinaryFile,
            [Write("broken.json", "{\"text\": ")] = DiagnosticCodes.InvalidJson,
            [Write("nested/notext.json", """{"title": "No body"}""")] = DiagnosticCodes.JsonRecordWithoutText,
            [Write("nested/empty-array.json", "[ ]")] = DiagnosticCodes.JsonRecordWithoutText,
            [Write("broken.jsonl", "{oops")] = DiagnosticCodes.InvalidJson,
        };
        var missing = Path.Combine(_root, "gone");

        var items = new FileSource(options).Read([_root, missing]).ToList();

        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!.Origin).ToList();
        Assert.Equal(good.Order(StringComparer.Ordinal), documents);
        var problems = items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList();
        Assert.All(items, i => Assert.True(i.Document is null ^ i.Problem is null));
        foreach (var (path, code) in bad)
        {
            var forFile = problems.Where(p => p.Source!.Split('#')[0] == path).ToList();
            Assert.True(forFile.Count == 1, $"{path}: {forFile.Count} diagnostics");
            Assert.Equal(code, forFile[0].Code);
        }
        var last = Assert.Single(problems, p => p.Source == missing);
        Assert.Equal(DiagnosticCodes.PathNotFound, last.Code);
        Assert.Equal(bad.Count + 1, problems.Count);
        Assert.Equal(bad.Count + good.Length, FileSource.CountFiles([_root]));
    }

    // ---- Charsets, feeds ----

    [Fact]
    public void An_html_file_is_decoded_by_its_meta_charset()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string html = "<html><head><meta charset=\"iso-8859-2\"><title>Łódź</title></head><body><p>Szczęście.</p></body></html>";
        var path = WriteBytes("pl.html", Encoding.GetEncoding(28592).GetBytes(html));

        var document = SingleDocument(Read(path));

        Assert.Equal(html, document.Content);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void An_html_file_with_an_unknown_meta_charset_carries_the_warning()
    {
        var path = Write("odd.html", "<meta charset=\"x-unheard-of\"><p>Plain ASCII text.</p>");

        var document = SingleDocument(Read(path));

        Assert.Equal(DiagnosticCodes.UnknownCharset, Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Feed_files_are_read_by_content_and_their_items_become_documents()
    {
        var body = string.Join(" ", Enumerable.Repeat(Paragraph, 15));
        var rss = Write("feeds/courier.xml", $"<rss version=\"2.0\"><channel><title>C</title><item><title>Ferry</title><description>{body}</description></item></channel></rss>");
        var atom = Write("feeds/valley.atom", $"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Ice</title><content>{body}</content></entry></feed>");
        var json = Write("feeds/orvel.json", $"{{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [{{\"id\": \"1\", \"title\": \"Ice\", \"content_text\": \"{body}\"}}]}}");

        var rssDocument = SingleDocument(Read(rss));
        Assert.Equal($"{rss}#1", rssDocument.Origin);
        Assert.Equal("Ferry", rssDocument.Metadata.Title);
        Assert.Equal($"{atom}#1", SingleDocument(Read(atom)).Origin);
        var jsonDocument = SingleDocument(Read(json));
        Assert.Equal(SourceFormat.PlainText, jsonDocument.Format);
        Assert.Equal(body, jsonDocument.Content);
    }

    [Fact]
    public void A_json_file_that_is_not_a_feed_is_still_read_as_records()
    {
        var path = Write("records.json", $"{{\"version\": \"2\", \"text\": \"{Paragraph}\"}}");

        Assert.Equal(Paragraph, SingleDocument(Read(path)).Content);
    }

    [Theory]
    [InlineData("feed.rss", "<rss version=\"2.0\"><channel><item>", "not well-formed")]
    [InlineData("config.xml", "<config><setting/></config>", "not an RSS")]
    [InlineData("broken.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {}}", "items")]
    public void A_file_that_is_no_valid_feed_gives_one_diagnostic(string name, string content, string reason)
    {
        var problem = SingleProblem(Read(Write(name, content)));

        Assert.Equal(DiagnosticCodes.InvalidFeed, problem.Code);
        Assert.Contains(reason, problem.Message);
    }
}
