using System.Text;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Turns file bytes into text. Refuses what is not text (binary), and decodes invalid UTF-8 as Windows-1252 with a
/// warning rather than dropping the article: legacy pages and exports are often in that code page.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public readonly record struct Result(string? Text, Diagnostic? Diagnostic);

    public static Result Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], source, offset: 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), null);

        if (LooksBinary(bytes))
            return new(null, new Diagnostic(DiagnosticCodes.BinaryFile, "ingest", Severity.Error,
                "the file is binary, not text; it was skipped", source));
        return DecodeUtf8(bytes, source, offset: 0);
    }

    /// <param name="offset">Where <paramref name="bytes"/> start in the file (after a BOM), so the warning names the file's offset.</param>
    private static Result DecodeUtf8(ReadOnlySpan<byte> bytes, string source, int offset)
    {
        try
        {
            return new(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return new(text, new Diagnostic(DiagnosticCodes.InvalidUtf8, "ingest", Severity.Warning,
                $"the file is not valid UTF-8 (first bad byte at offset {offset + ex.Index}); it was read as Windows-1252", source));
        }
    }

    /// <summary>NUL bytes, or many control characters, in the first 8 KiB: text files have neither.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0) return true;
        var control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        return head.Length > 0 && control * 20 > head.Length;
    }
}
