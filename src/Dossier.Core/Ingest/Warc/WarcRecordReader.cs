using System.Globalization;
using System.Text;

namespace Dossier.Core.Ingest.Warc;

/// <summary>One WARC record: its header fields and, when it was read, its block.</summary>
/// <param name="Number">1-based position of the record in the file.</param>
/// <param name="Block">The record's content block, or null when it was skipped unread (see <see cref="WarcRecordReader.Next"/>).</param>
internal sealed record WarcRecord(int Number, string Version, IReadOnlyDictionary<string, string> Fields, long ContentLength, byte[]? Block)
{
    public string? Type => Fields.GetValueOrDefault("WARC-Type");
}

/// <summary>
/// Splits a (decompressed) WARC stream into records, one at a time, reading only the blocks the caller wants: the
/// stream is never held whole, so multi-gigabyte crawl files are read in constant memory. Framing follows WARC 1.0
/// and 1.1: a "WARC/1.x" line, header fields up to an empty line, Content-Length bytes of block, then CRLF CRLF.
/// </summary>
internal sealed class WarcRecordReader(Stream stream)
{
    private const int MaxLineBytes = 16 * 1024;
    private const int MaxHeaderFields = 256;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private int _records;

    /// <summary>Thrown for framing the reader cannot get past; the message says where.</summary>
    public sealed class FormatException(string message) : Exception(message);

    /// <summary>
    /// The next record, or null at the end of the stream. The block is read when <paramref name="wantBlock"/> says so
    /// for the record's header and skipped otherwise.
    /// </summary>
    /// <exception cref="FormatException">A malformed header, or a stream that ends inside a record (a truncated file).</exception>
    public WarcRecord? Next(Func<IReadOnlyDictionary<string, string>, long, bool> wantBlock)
    {
        // Records are separated by CRLF CRLF; tolerate extra blank lines, which some writers add.
        string? versionLine;
        do
        {
            versionLine = ReadLine();
            if (versionLine is null) return null;
        } while (versionLine.Length == 0);

        var number = _records + 1;
        if (!versionLine.StartsWith("WARC/", StringComparison.Ordinal))
            throw new FormatException($"record {number} does not start with a WARC version line (found '{Shorten(versionLine)}')");

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        while (true)
        {
            var line = ReadLine() ?? throw new FormatException($"the file ends inside the header of record {number}");
            if (line.Length == 0) break;
            if (fields.Count >= MaxHeaderFields) throw new FormatException($"record {number} has more than {MaxHeaderFields} header fields");
            if (line[0] is ' ' or '\t' && lastName is not null)
            {
                // A folded continuation line.
                fields[lastName] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"record {number} has a malformed header line '{Shorten(line)}'");
            lastName = line[..colon].Trim();
            fields.TryAdd(lastName, line[(colon + 1)..].Trim());
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            throw new FormatException($"record {number} has no valid Content-Length");

        _records = number;
        byte[]? block = null;
        if (wantBlock(fields, length))
        {
            block = new byte[length];
            var read = Read(block);
            if (read < length)
                throw new FormatException($"the file ends inside record {number}: its block should have {length:N0} bytes, only {read:N0} are there (a truncated file)");
        }
        else
        {
            var skipped = Skip(length);
            if (skipped < length)
                throw new FormatException($"the file ends inside record {number}: its block should have {length:N0} bytes, only {skipped:N0} are there (a truncated file)");
        }
        return new WarcRecord(number, versionLine.Trim(), fields, length, block);
    }

    /// <summary>A line without its CRLF (or LF), read as Latin-1 (WARC headers are UTF-8, but the fields used here are ASCII); null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !Fill())
            {
                // A line the file ends in the middle of: the file was cut (stray trailing white space aside).
                if (line.TrueForAll(b => b is (byte)' ' or (byte)'\t' or (byte)'\r')) return null;
                throw new FormatException($"the file ends inside the header of record {_records + 1} (a truncated file)");
            }
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline;
            if (line.Count + take > MaxLineBytes) throw new FormatException($"a header line near record {_records + 1} is longer than {MaxLineBytes:N0} bytes");
            line.AddRange(span[..take]);
            _start += newline < 0 ? take : take + 1;
            if (newline >= 0)
            {
                if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
                return Latin1(line);
            }
        }
    }

    private static string Latin1(List<byte> bytes) => Encoding.Latin1.GetString(bytes.ToArray());

    private int Read(Span<byte> target)
    {
        var total = 0;
        while (total < target.Length)
        {
            if (_start == _end && !Fill()) break;
            var n = Math.Min(target.Length - total, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(target[total..]);
            _start += n;
            total += n;
        }
        return total;
    }

    private long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_start == _end && !Fill()) break;
            var n = (int)Math.Min(count - skipped, _end - _start);
            _start += n;
            skipped += n;
        }
        return skipped;
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
