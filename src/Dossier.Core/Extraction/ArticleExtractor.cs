using Dossier.Core.Extraction.Metadata;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction;

/// <summary>What extraction gave for one source: an article, or the diagnostic saying why the source holds none.</summary>
public readonly record struct ExtractionResult(Article? Article, Diagnostic? Problem)
{
    public static ExtractionResult Of(Article article) => new(article, null);

    public static ExtractionResult None(Diagnostic problem) => new(null, problem);
}

/// <summary>
/// Makes the article from a source document: its one stored text, its paragraphs as blocks, and its metadata.
/// Plain-text blocks all start as body; the <see cref="BlockClassifier"/> decides what each really is.
/// </summary>
public sealed class ArticleExtractor(IngestOptions options)
{
    /// <summary>
    /// The article of the source. An HTML page that is not an article (a list of links, navigation, a near-empty
    /// page) gives no article but a <see cref="DiagnosticCodes.NotAnArticle"/> warning: making an article of its
    /// stray text would feed menus and teasers into stories.
    /// </summary>
    public ExtractionResult Extract(SourceDocument source)
    {
        var diagnostics = new List<Diagnostic>(source.Diagnostics);
        string text;
        List<Block> blocks;
        var metadata = source.Metadata;
        if (source.Format == SourceFormat.Html)
        {
            var html = HtmlTextExtractor.Extract(source.Content, Uri.TryCreate(source.Metadata.Url, UriKind.Absolute, out var pageUrl) ? pageUrl : null);
            if (html.NotAnArticle is { } reason)
                return ExtractionResult.None(new Diagnostic(DiagnosticCodes.NotAnArticle, "extract", Severity.Warning,
                    $"not an article: {reason}; no article was made from it", source.Origin));
            text = html.Text;
            blocks = html.Blocks;
            metadata = MetadataMerge.Merge(source.Metadata, html.Metadata);
            foreach (var problem in html.Page.Problems)
                diagnostics.Add(new Diagnostic(problem.Code, "extract", problem.Severity, problem.Message, source.Origin));
        }
        else
        {
            text = NormaliseLineEnds(source.Content);
            blocks = [];
            // Plain text says nothing about itself but its language, which the detector can tell.
            metadata = MetadataMerge.Merge(source.Metadata, TextMetadata.Of(text));
        }

        if (text.Length > options.MaxTextChars)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TextTruncated, "extract", Severity.Warning,
                $"the text has {text.Length:N0} characters; only the first {options.MaxTextChars:N0} were kept", source.Origin));
            text = text[..options.MaxTextChars];
            blocks.RemoveAll(b => b.Span.End > text.Length);
        }
        if (source.Format != SourceFormat.Html)
            blocks.AddRange(ParagraphSplitter.Split(text).Select(span => new Block(span, BlockRole.Body)));

        var article = new Article(ContentHash.IdOf(text), source.Origin, text, metadata);
        article.Blocks.AddRange(blocks);
        article.Diagnostics.AddRange(diagnostics);
        return ExtractionResult.Of(article);
    }

    /// <summary>Windows and old Mac line ends become "\n" so that every later stage sees one kind; the BOM goes too.</summary>
    private static string NormaliseLineEnds(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
