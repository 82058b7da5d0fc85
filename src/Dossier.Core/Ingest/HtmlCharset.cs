using System.Net.Http.Headers;
using System.Text;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Bytes to text for HTML (and other web content), deciding the encoding in the order browsers do: a byte order mark,
/// then the charset the server sent, then a &lt;meta&gt; charset in the first 1024 bytes, then UTF-8 if the bytes are
/// valid UTF-8, and Windows-1252 as the last resort. A declared label Dossier cannot use is reported and skipped, so
/// the next step decides; a declared legacy encoding gives way to UTF-8 when the bytes are valid multi-byte UTF-8.
/// The one place that turns fetched or saved page bytes into text.
/// </summary>
public static class HtmlCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <param name="Text">The decoded text, or null when the bytes are binary, not text.</param>
    /// <param name="Encoding">The canonical name of the encoding used ("utf-8", "windows-1252", …), null with no text.</param>
    /// <param name="Diagnostics">Unknown charset labels, invalid UTF-8, a binary refusal.</param>
    public sealed record Result(string? Text, string? Encoding, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Decodes an HTML page.</summary>
    /// <param name="headerCharset">The charset parameter of the HTTP Content-Type (see <see cref="CharsetOf"/>), or null.</param>
    public static Result Decode(ReadOnlySpan<byte> bytes, string? headerCharset, string source) =>
        Decode(bytes, headerCharset, source, prescan: true);

    /// <summary>Decodes text that is not HTML (text/plain from a server): as <see cref="Decode(ReadOnlySpan{byte}, string?, string)"/> without the meta prescan.</summary>
    public static Result DecodePlainText(ReadOnlySpan<byte> bytes, string? headerCharset, string source) =>
        Decode(bytes, headerCharset, source, prescan: false);

    /// <summary>The charset parameter of a Content-Type header value, or null when it has none or does not parse.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return string.IsNullOrWhiteSpace(parsed.CharSet) ? null : parsed.CharSet.Trim('"', '\'', ' ');
        // Servers send malformed values such as "text/html; charset=utf-8;;"; the meta extraction is lenient enough.
        return MetaCharsetPrescan.CharsetFromContent(contentType);
    }

    private static Result Decode(ReadOnlySpan<byte> bytes, string? headerCharset, string source, bool prescan)
    {
        // 1. A byte order mark beats every declaration: it cannot be there by accident.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Declared(bytes[3..], EncodingLabels.Find("utf-8")!, source, "a UTF-8 byte order mark", offset: 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le", []);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be", []);

        var diagnostics = new List<Diagnostic>();

        // 2. The server's word.
        if (headerCharset is not null)
        {
            var declared = EncodingLabels.Find(headerCharset);
            if (declared is null)
                diagnostics.Add(UnknownLabel(headerCharset, "the server's Content-Type", source));
            else if (EncodingLabels.IsUtf16(declared))
                // UTF-16 text is full of NUL bytes, so the binary check below must not see it.
                return new(declared.GetString(bytes), EncodingLabels.NameOf(declared), diagnostics);
            else if (!TextDecoder.LooksBinary(bytes))
                return With(Declared(bytes, declared, source, "the server's Content-Type", offset: 0), diagnostics);
        }

        if (TextDecoder.LooksBinary(bytes))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BinaryFile, "ingest", Severity.Error,
                "the content is binary, not text; it was skipped", source));
            return new(null, null, diagnostics);
        }

        // 3. The page's own declaration.
        if (prescan)
        {
            var scan = MetaCharsetPrescan.Scan(bytes);
            if (scan.UnknownLabel is not null)
                diagnostics.Add(UnknownLabel(scan.UnknownLabel, "the page's <meta> charset", source));
            if (scan.Encoding is not null)
                return With(Declared(bytes, scan.Encoding, source, "the page's <meta> charset", offset: 0), diagnostics);
        }

        // 4 and 5. Undeclared: UTF-8 when the bytes are valid UTF-8 (they rarely are by accident), else Windows-1252.
        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8", diagnostics);
        }
        catch (DecoderFallbackException ex)
        {
            EncodingLabels.EnsureCodePages();
            diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidUtf8, "ingest", Severity.Warning,
                $"the content declares no charset and is not valid UTF-8 (first bad byte at offset {ex.Index}); it was read as Windows-1252", source));
            return new(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", diagnostics);
        }
    }

    /// <summary>
    /// Decodes with a declared encoding. A page declared UTF-8 with a few bad bytes gets U+FFFD for them, as in a
    /// browser, with a warning; reading the whole page as another encoding would garble every other character.
    /// </summary>
    private static Result Declared(ReadOnlySpan<byte> bytes, Encoding encoding, string source, string declaredBy, int offset)
    {
        if (encoding.CodePage != 65001)
        {
            // Pages saved or converted by tools often keep a <meta> (or a server its default header) naming a legacy
            // encoding while the bytes are UTF-8. Legacy text is virtually never valid UTF-8 once it has non-ASCII
            // bytes, so valid multi-byte UTF-8 is stronger evidence than the label.
            if (bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0 && System.Text.Unicode.Utf8.IsValid(bytes))
                return new(StrictUtf8.GetString(bytes), "utf-8", [new Diagnostic(DiagnosticCodes.DeclaredCharsetIgnored, "ingest", Severity.Info,
                    $"{declaredBy} says {EncodingLabels.NameOf(encoding)}, but the bytes are valid UTF-8; they were read as UTF-8", source)]);
            return new(encoding.GetString(bytes), EncodingLabels.NameOf(encoding), []);
        }
        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8", []);
        }
        catch (DecoderFallbackException ex)
        {
            return new(LenientUtf8.GetString(bytes), "utf-8", [new Diagnostic(DiagnosticCodes.InvalidUtf8, "ingest", Severity.Warning,
                $"{declaredBy} says UTF-8 but the bytes are not valid UTF-8 (first bad byte at offset {offset + ex.Index}); invalid bytes were replaced by U+FFFD", source)]);
        }
    }

    private static Result With(Result result, List<Diagnostic> earlier) =>
        earlier.Count == 0 ? result : result with { Diagnostics = [.. earlier, .. result.Diagnostics] };

    private static Diagnostic UnknownLabel(string label, string where, string source) =>
        new(DiagnosticCodes.UnknownCharset, "ingest", Severity.Warning,
            $"{where} names the charset '{Shorten(label.Trim())}', which is unknown or not supported; it was ignored", source);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
