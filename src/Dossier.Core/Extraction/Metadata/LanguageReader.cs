using System.Buffers;
using System.Text.RegularExpressions;
using Dossier.Core.Analysis.Language;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The article's language as a BCP 47 primary subtag. What the page declares (&lt;html lang&gt;, JSON-LD inLanguage,
/// Content-Language, Dublin Core, og:locale, in that order) is checked against <see cref="LanguageDetector"/> on the
/// article's text: agreement makes it near certain, and a clear contradiction on enough text overrules it, because
/// site templates often declare one language for pages in many.
/// </summary>
public static partial class LanguageReader
{
    // The detector overrules a declaration only when it is this sure.
    private const double OverruleConfidence = 0.75;

    public static Sourced<string>? Read(PageContext page)
    {
        var declared = Declared(page);
        var detected = DetectArticleLanguage(page);
        if (declared is null)
            return detected is { Confidence: >= 0.3 } guess ? new Sourced<string>(guess.Tag, new Evidence(EvidenceKind.Detector), guess.Confidence) : null;
        if (detected is not { } d) return declared;
        if (d.Tag == declared.Value) return declared with { Confidence = 1 - (1 - declared.Confidence) * (1 - d.Confidence) };
        return d.Confidence >= OverruleConfidence
            ? new Sourced<string>(d.Tag, new Evidence(EvidenceKind.Detector), d.Confidence * 0.9)
            : declared with { Confidence = declared.Confidence * (1 - 0.5 * d.Confidence) };
    }

    /// <summary>"en-GB", "pt_BR", "EN" give "en"; "x-default", "und", "mul" and malformed tags give null.</summary>
    public static string? PrimaryTag(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var first = value.Split([',', ';'], 2)[0].Trim();
        var m = Tag().Match(first);
        if (!m.Success) return null;
        var primary = m.Groups[1].Value.ToLowerInvariant();
        return primary is "und" or "mul" or "zxx" or "mis" ? null : primary;
    }

    private static Sourced<string>? Declared(PageContext page)
    {
        var html = page.Document.Html;
        if (PrimaryTag(html.GetAttribute("lang")) is { } lang) return new(lang, new Evidence(EvidenceKind.Html, "lang"), 0.8);
        if (PrimaryTag(html.GetAttribute("xml:lang")) is { } xmlLang) return new(xmlLang, new Evidence(EvidenceKind.Html, "xml:lang"), 0.8);
        if (PrimaryTag(page.JsonLd.String("inLanguage", pageToo: true)) is { } inLanguage) return new(inLanguage, new Evidence(EvidenceKind.JsonLd, "inLanguage"), 0.8);
        foreach (var (key, content, _) in page.Meta.Tags(["content-language", "language", "dc.language", "dc:language", "dcterms.language", "og:locale"]))
            if (PrimaryTag(content) is { } meta) return new(meta, new Evidence(EvidenceKind.Meta, key), key == "og:locale" ? 0.65 : 0.75);
        return null;
    }

    /// <summary>
    /// The detector's guess on the article's paragraphs, else on all its text: navigation and footers are often in
    /// another language. The text is gathered into a pooled buffer, no longer than the detector reads.
    /// </summary>
    private static LanguageGuess? DetectArticleLanguage(PageContext page)
    {
        var buffer = ArrayPool<char>.Shared.Rent(LanguageDetector.MaxChars);
        try
        {
            var length = 0;
            foreach (var p in page.Paragraphs)
            {
                if (p == page.ArticleRoot || !PageContext.IsWithin(p, page.ArticleRoot)) continue;
                if (!AppendVisible(p, buffer, ref length)) break;
            }
            if (length < 200)
            {
                length = 0;
                AppendVisible(page.ArticleRoot, buffer, ref length);
            }
            return LanguageDetector.Detect(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Appends the visible text below the node, each text node followed by a space; false once the buffer is full.</summary>
    private static bool AppendVisible(HtmlNode node, char[] buffer, ref int length)
    {
        foreach (var text in node.Descendants())
        {
            if (!text.IsText || text.Parent?.Name is "script" or "style" or "noscript" or "template") continue;
            if (!Append(text.Text, buffer, ref length) || !Append(" ", buffer, ref length)) return false;
        }
        return true;
    }

    private static bool Append(string piece, char[] buffer, ref int length)
    {
        var room = Math.Min(piece.Length, LanguageDetector.MaxChars - length);
        piece.AsSpan(0, room).CopyTo(buffer.AsSpan(length));
        length += room;
        return length < LanguageDetector.MaxChars;
    }

    [GeneratedRegex(@"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
