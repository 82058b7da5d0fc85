using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Core.Ingest.Warc;

/// <summary>
/// An HTTP response as a crawler recorded it in a WARC response record: status line, header fields, and the body with
/// chunked transfer coding and gzip, deflate or Brotli content coding undone (crawlers store the bytes as they came).
/// </summary>
internal sealed record HttpPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The response, or an error message saying what is wrong with it.</summary>
    /// <param name="maxBodyBytes">The most bytes the body may have after decoding; a compression bomb stops there.</param>
    public static (HttpPayload? Payload, string? Error) Parse(byte[] block, long maxBodyBytes)
    {
        var headerEnd = HeaderEnd(block, out var separatorLength);
        if (headerEnd < 0) return (null, "the HTTP response has no end of headers");
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');

        var statusLine = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
            return (null, $"the HTTP status line is malformed: '{Shorten(lines[0].TrimEnd('\r'))}'");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':');
            // Only the first of repeated fields is kept; for Content-Type that is what browsers do too.
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        byte[] body = block[(headerEnd + separatorLength)..];
        if (headers.TryGetValue("Transfer-Encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var (dechunked, error) = Dechunk(body, maxBodyBytes);
            if (dechunked is null) return (null, error);
            body = dechunked;
        }
        if (headers.TryGetValue("Content-Encoding", out var coding) && !string.IsNullOrWhiteSpace(coding))
        {
            var (decoded, error) = Decode(body, coding.Trim().ToLowerInvariant(), maxBodyBytes);
            if (decoded is null) return (null, error);
            body = decoded;
        }
        return (new HttpPayload(status, headers, body), null);
    }

    /// <summary>Where the header ends: CRLF CRLF, or LF LF from sloppy servers; -1 when neither is there.</summary>
    private static int HeaderEnd(byte[] block, out int separatorLength)
    {
        var crlf = block.AsSpan().IndexOf("\r\n\r\n"u8);
        var lf = block.AsSpan().IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separatorLength = 4;
            return crlf;
        }
        separatorLength = 2;
        return lf;
    }

    /// <summary>Undoes chunked transfer coding: hex size [;extensions] CRLF, data, CRLF, … a zero-size chunk, trailers.</summary>
    private static (byte[]? Body, string? Error) Dechunk(byte[] body, long maxBytes)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(position).IndexOf((byte)'\n');
            if (lineEnd < 0) return (null, "the chunked body ends before its last chunk");
            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd).TrimEnd('\r');
            var semicolon = sizeText.IndexOf(';');
            if (semicolon >= 0) sizeText = sizeText[..semicolon];
            if (!long.TryParse(sizeText.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                return (null, $"the chunked body has a malformed chunk size '{Shorten(sizeText)}'");
            position += lineEnd + 1;
            if (size == 0) return (output.ToArray(), null);
            if (size > body.Length - position) return (null, "the chunked body ends inside a chunk");
            if (output.Length + size > maxBytes) return (null, $"the body is larger than {maxBytes:N0} bytes");
            output.Write(body, position, (int)size);
            position += (int)size;
            // The CRLF after the data.
            if (position < body.Length && body[position] == '\r') position++;
            if (position < body.Length && body[position] == '\n') position++;
        }
    }

    private static (byte[]? Body, string? Error) Decode(byte[] body, string coding, long maxBytes)
    {
        if (coding is "identity") return (body, null);
        try
        {
            using var input = new MemoryStream(body, writable: false);
            using Stream decoder = coding switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header tells them apart.
                "deflate" => LooksZlib(body) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => throw new NotSupportedException(),
            };
            using var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes) return (null, $"the body is larger than {maxBytes:N0} bytes once decompressed");
                output.Write(buffer, 0, read);
            }
            return (output.ToArray(), null);
        }
        catch (NotSupportedException)
        {
            return (null, $"the body's content coding '{Shorten(coding)}' is not supported");
        }
        catch (InvalidDataException ex)
        {
            return (null, $"the body's {coding} coding is corrupt: {ex.Message}");
        }
    }

    private static bool LooksZlib(byte[] body) =>
        body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
