using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest.Feeds;

/// <summary>
/// Recognises a feed by its content, never by a file extension or a server's Content-Type (both are often wrong), and
/// reads it: RSS 2.0 (and 0.9x without a DTD), RSS 1.0, Atom 1.0 and JSON Feed 1.0/1.1. XML is read with DTD processing
/// prohibited, no resolver and a size limit, so a feed cannot expand entities or make Dossier load other resources.
/// </summary>
public static partial class FeedReader
{
    public enum Outcome
    {
        /// <summary>The content is not a feed of a known kind (an HTML page, JSON records): let another reader try.</summary>
        NotAFeed,
        Feed,
        /// <summary>The content starts like a feed but cannot be read as one; <see cref="Result.Problem"/> says why.</summary>
        Invalid,
    }

    public readonly record struct Result(Outcome Outcome, Feed? Feed, Diagnostic? Problem);

    private const int SniffBytes = 2048;

    [GeneratedRegex(@"\A\s*(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE(?:[^>\[]|\[.*?\])*>\s*)*<(?<name>[A-Za-z_][\w.:-]*)", RegexOptions.Singleline)]
    private static partial Regex RootElement();

    /// <param name="maxChars">The most characters the XML reader accepts, a guard beside the byte limit on what was read.</param>
    public static Result Read(byte[] bytes, string origin, long maxChars)
    {
        var head = SniffText(bytes);
        var start = head.AsSpan().TrimStart();
        if (start.StartsWith("{"))
            return ReadJson(bytes, origin);
        var match = RootElement().Match(head);
        if (!match.Success) return new(Outcome.NotAFeed, null, null);
        var root = match.Groups["name"].Value;
        var localName = root[(root.IndexOf(':') + 1)..];
        if (localName is not ("rss" or "feed" or "RDF")) return new(Outcome.NotAFeed, null, null);
        return ReadXml(bytes, origin, maxChars);
    }

    /// <summary>The first bytes as text, enough to see the root element. Labels and names are ASCII, so Latin-1 suffices unless the bytes are UTF-16.</summary>
    private static string SniffText(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes));
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return Encoding.Latin1.GetString(head);
    }

    private static Result ReadXml(byte[] bytes, string origin, long maxChars)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            EncodingLabels.EnsureCodePages();
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            return Invalid(origin, ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? $"the feed has a DOCTYPE, which is not accepted (DTDs are never processed): {ex.Message}"
                : $"the feed is not well-formed XML: {ex.Message}");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An encoding declaration naming an encoding .NET lacks.
            return Invalid(origin, $"the feed cannot be decoded: {ex.Message}");
        }

        var parsed = XmlFeedParser.Parse(document.Root!, origin);
        return parsed.Feed is null ? Invalid(origin, parsed.Error!) : new(Outcome.Feed, parsed.Feed, null);
    }

    private static Result ReadJson(byte[] bytes, string origin)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        }
        catch (JsonException)
        {
            // Not JSON at all, or JSON we cannot tell from a feed: the JSON record reader reports it in its own terms.
            return new(Outcome.NotAFeed, null, null);
        }
        using (document)
        {
            if (!JsonFeedParser.IsJsonFeed(document.RootElement)) return new(Outcome.NotAFeed, null, null);
            var parsed = JsonFeedParser.Parse(document.RootElement, origin);
            return parsed.Feed is null ? Invalid(origin, parsed.Error!) : new(Outcome.Feed, parsed.Feed, null);
        }
    }

    private static Result Invalid(string origin, string message) =>
        new(Outcome.Invalid, null, new Diagnostic(DiagnosticCodes.InvalidFeed, "ingest", Severity.Error, message, origin));
}
