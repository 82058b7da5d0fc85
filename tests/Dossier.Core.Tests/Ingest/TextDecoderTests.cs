using System.Text;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Sample = "Crème brûlée — “quoted” ✓ 漢字";

    [Fact]
    public void Decodes_utf8_without_a_bom()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), "a.txt");

        Assert.Equal(Sample, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Decodes_utf8_with_a_bom_and_drops_the_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];

        var result = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Decodes_utf16_little_endian_with_its_bom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)];

        var result = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Decodes_utf16_big_endian_with_its_bom()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)];

        var result = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal(Sample, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Reads_invalid_utf8_as_windows_1252_with_a_warning_that_names_the_offset()
    {
        // "café “ok”" in Windows-1252: 0xE9 is é, 0x93/0x94 are curly quotes; 0xE9 followed by 'x' is not UTF-8.
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x93, (byte)'o', (byte)'k', 0x94];

        var result = TextDecoder.Decode(bytes, "legacy.txt");

        Assert.Equal("café “ok”", result.Text);
        var diagnostic = Assert.IsType<Diagnostic>(result.Diagnostic);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("legacy.txt", diagnostic.Source);
        Assert.Contains("offset 3", diagnostic.Message);
    }

    [Fact]
    public void The_offset_of_the_bad_byte_is_right_far_into_a_large_file()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("The port reopened. ", 10_000)));
        bytes[150_000] = 0x96; // an en dash in Windows-1252

        var result = TextDecoder.Decode(bytes, "big.txt");

        Assert.Equal(DiagnosticCodes.InvalidUtf8, result.Diagnostic?.Code);
        Assert.Contains("offset 150000", result.Diagnostic!.Message);
        Assert.Equal('–', result.Text![150_000]);
    }

    [Fact]
    public void The_offset_counts_from_the_start_of_the_file_when_there_is_a_bom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xE9];

        var result = TextDecoder.Decode(bytes, "bom.txt");

        Assert.Equal("abé", result.Text);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, result.Diagnostic?.Code);
        Assert.Contains("offset 5", result.Diagnostic!.Message);
    }

    [Fact]
    public void Nul_bytes_make_a_file_binary()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("mostly text, but "), 0x00, .. Encoding.ASCII.GetBytes(" then a NUL")];

        var result = TextDecoder.Decode(bytes, "image.txt");

        Assert.Null(result.Text);
        Assert.Equal(DiagnosticCodes.BinaryFile, result.Diagnostic?.Code);
        Assert.Equal(Severity.Error, result.Diagnostic!.Severity);
        Assert.Equal("image.txt", result.Diagnostic.Source);
    }

    [Fact]
    public void Many_control_characters_make_a_file_binary()
    {
        // No NUL, but one byte in four is a control character that text never holds.
        var bytes = Enumerable.Range(0, 400).Select(i => i % 4 == 0 ? (byte)0x01 : (byte)'a').ToArray();

        var result = TextDecoder.Decode(bytes, "blob.txt");

        Assert.Null(result.Text);
        Assert.Equal(DiagnosticCodes.BinaryFile, result.Diagnostic?.Code);
    }

    [Fact]
    public void A_stray_control_character_in_long_text_is_not_binary()
    {
        var text = string.Concat(Enumerable.Repeat("The council met on Monday.\n", 20)) + "\u0007";

        var result = TextDecoder.Decode(Encoding.ASCII.GetBytes(text), "a.txt");

        Assert.Equal(text, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Plain_text_with_tabs_crlf_and_form_feeds_is_not_binary()
    {
        const string text = "Name\tValue\r\nFerry\t4.1\r\n\fPage two\r\n\t\t\r\n";

        var result = TextDecoder.Decode(Encoding.ASCII.GetBytes(text), "table.txt");

        Assert.Equal(text, result.Text);
        Assert.Null(result.Diagnostic);
    }

    [Fact]
    public void Utf16_text_is_not_taken_for_binary_despite_its_nul_bytes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("plain ASCII in UTF-16")];

        var result = TextDecoder.Decode(bytes, "a.txt");

        Assert.Equal("plain ASCII in UTF-16", result.Text);
    }

    [Fact]
    public void Empty_input_decodes_to_empty_text()
    {
        var result = TextDecoder.Decode([], "empty.txt");

        Assert.Equal("", result.Text);
        Assert.Null(result.Diagnostic);
    }
}
