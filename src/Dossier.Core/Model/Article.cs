using Dossier.Core.Analysis.Entities;

namespace Dossier.Core.Model;

/// <summary>
/// The one object that flows through the pipeline. Its text is stored once; blocks, sentences and every later
/// annotation are spans into it. Stages add annotations and diagnostics; none replaces the text.
/// </summary>
public sealed class Article
{
    public Article(string id, string origin, string text, ArticleMetadata metadata)
    {
        Id = id;
        Origin = origin;
        Text = text;
        Metadata = metadata;
    }

    /// <summary>Stable id derived from the content hash: the same content always gets the same id.</summary>
    public string Id { get; }

    /// <summary>Where the article came from: a file path (as given, relative when given relative) or a URL.</summary>
    public string Origin { get; }

    public string Text { get; }

    public ArticleMetadata Metadata { get; set; }

    public List<Block> Blocks { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    /// <summary>The names the entity recognizer found in the sentences, in text order, none overlapping (see EntityStage).</summary>
    public List<EntityMention> Mentions { get; } = [];



    public List<Diagnostic> Diagnostics { get; } = [];

    public ReadOnlySpan<char> this[TextSpan span] => span.Of(Text);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The outlet: from metadata, else the host of the URL, else null (plain text rarely says where it is from).</summary>
    public string? OutletName =>
        Metadata.Outlet ?? (Uri.TryCreate(Metadata.Url, UriKind.Absolute, out var uri) ? uri.Host : null);

    /// <summary>
    /// The article's own text, as `dossier extract` prints it and as extraction is scored: the body blocks and the
    /// sub-headings among them, one blank line apart. Captions and boilerplate are left out, and so are the headings
    /// before the first body block (the headline and its kicker), which are the title.
    /// </summary>
    public string MainText()
    {
        var text = new System.Text.StringBuilder();
        var started = false;
        foreach (var block in Blocks)
        {
            started |= block.Role == BlockRole.Body;
            if (!started || block.Role is not (BlockRole.Body or BlockRole.Heading)) continue;
            if (text.Length > 0) text.Append("\n\n");
            text.Append(this[block.Span]);
        }
        return text.ToString();
    }

    public IEnumerable<Sentence> BodySentences => Sentences.Where(s => Blocks[s.BlockIndex].IsBody);
}
