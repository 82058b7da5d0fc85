using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>
/// One attribution in an article, in the PolNeAR sense: someone (the source) is reported, through a cue ("said",
/// "according to", "believes"), as holding some content. Content may be in quotation marks (a direct quote) or not
/// (reported speech), and may come in pieces around the source and cue ("“A,” she said, “B.”"). Every part is a span
/// into the article text.
/// </summary>
/// <param name="Source">Who is reported, as the text names them ("Hassett", "a source", "he"); null when the text names nobody.</param>
/// <param name="Cue">The words that mark the report ("said", "according to"); null when only quotation marks do.</param>
/// <param name="Content">The reported content, in text order, never empty.</param>
public sealed record Attribution(TextSpan? Source, TextSpan? Cue, IReadOnlyList<TextSpan> Content)
{
    /// <summary>From the first piece of content, source or cue to the last.</summary>
    public TextSpan Extent
    {
        get
        {
            int start = Content[0].Start, end = Content[^1].End;
            foreach (var part in new[] { Source, Cue })
            {
                if (part is not { } span) continue;
                start = Math.Min(start, span.Start);
                end = Math.Max(end, span.End);
            }
            return TextSpan.FromBounds(start, end);
        }
    }
}

/// <summary>Finds the attributions in a text: who is reported as saying or thinking what.</summary>
public interface IAttributionFinder
{
    /// <summary>
    /// The attributions inside <paramref name="paragraphs"/> (spans of <paramref name="text"/>, in order), in text order.
    /// Content may run on over several sentences of one paragraph, and a quotation left open at a paragraph's end runs on
    /// into the next one.
    /// </summary>
    IReadOnlyList<Attribution> Find(string text, IReadOnlyList<TextSpan> paragraphs);
}
