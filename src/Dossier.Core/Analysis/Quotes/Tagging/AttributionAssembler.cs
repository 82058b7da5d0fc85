using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// Ties the labelled pieces of one sequence into attributions. Each cue anchors one; each source and each piece of
/// content joins the nearest cue, in its own sentence when it has one (news sentences rarely carry a source or content
/// of another sentence's cue), else in the sequence. So "“A,” she said, “B.”" is one attribution with two pieces of
/// content. Content no cue claims stands alone (a quotation with no cue); a cue with no content is dropped.
/// </summary>
internal static class AttributionAssembler
{
    public static void Assemble(TokenSequence sequence, ReadOnlySpan<byte> labels, List<Attribution> into)
    {
        var tokens = sequence.Tokens;
        var pieces = AttributionLabels.Pieces(labels);
        // Pieces of nothing but punctuation carry no content.
        pieces.RemoveAll(p => Enumerable.Range(p.Start, p.End - p.Start).All(i => tokens[i].Shape >= 5));
        var cues = pieces.Where(p => p.Part == AttributionPart.Cue).ToList();
        var sources = new (int Start, int End)?[cues.Count];
        var contents = new List<(int Start, int End)>[cues.Count];
        for (int c = 0; c < cues.Count; c++) contents[c] = [];
        var alone = new List<(int Start, int End)>();

        foreach (var piece in pieces)
        {
            if (piece.Part == AttributionPart.Cue) continue;
            int c = NearestCue(tokens, cues, piece.Start, piece.End);
            if (piece.Part == AttributionPart.Source)
            {
                // A second source for one cue ("Smith and Jones said" tagged in two pieces) widens the first.
                if (c < 0) continue;
                var (start, end) = WithinSentenceOf(tokens, tokens[cues[c].Start].Sentence, piece.Start, piece.End);
                if (start == end) continue;
                sources[c] = sources[c] is { } s ? (Math.Min(s.Start, start), Math.Max(s.End, end)) : (start, end);
            }
            else if (c < 0) alone.Add((piece.Start, piece.End));
            else contents[c].Add((piece.Start, piece.End));
        }

        TextSpan Span(int start, int end) => TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var found = new List<Attribution>();
        for (int c = 0; c < cues.Count; c++)
        {
            if (contents[c].Count == 0) continue;
            var source = sources[c] is { } s ? Span(s.Start, s.End) : (TextSpan?)null;
            found.Add(new Attribution(source, Span(cues[c].Start, cues[c].End), contents[c].Select(p => Span(p.Start, p.End)).ToList()));
        }
        foreach (var (start, end) in alone) found.Add(new Attribution(null, null, [Span(start, end)]));
        found.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        into.AddRange(found);
    }

    /// <summary>
    /// The part of a source piece inside its cue's sentence: a source never runs over a sentence end ("… Smith said.
    /// Knowing this helps …, officials said" gives "officials", not the words before them back to "Smith").
    /// </summary>
    private static (int Start, int End) WithinSentenceOf(List<AttributionToken> tokens, int sentence, int start, int end)
    {
        while (start < end && tokens[start].Sentence != sentence) start++;
        while (end > start && tokens[end - 1].Sentence != sentence) end--;
        return (start, end);
    }

    /// <summary>The index of the cue nearest a piece, preferring cues in the piece's own sentences; −1 when there is none.</summary>
    private static int NearestCue(List<AttributionToken> tokens, List<(int Start, int End, AttributionPart Part)> cues, int start, int end)
    {
        int best = -1;
        (bool OtherSentence, int Distance) bestKey = (true, int.MaxValue);
        for (int c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            bool sameSentence = tokens[cue.Start].Sentence >= tokens[start].Sentence && tokens[cue.Start].Sentence <= tokens[end - 1].Sentence;
            int distance = cue.Start >= end ? cue.Start - end : start >= cue.End ? start - cue.End : 0;
            var key = (!sameSentence, distance);
            if (key.CompareTo(bestKey) < 0)
            {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }
}
