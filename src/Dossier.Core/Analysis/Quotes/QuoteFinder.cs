using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>
/// Finds the quotations of a text: double marks (straight and curly), single marks nested inside them, and single
/// marks standing alone where they cannot be apostrophes (headlines often quote with them). A quotation left open at a
/// paragraph's end runs on when the next paragraph opens with a mark (the news convention for long quotes); otherwise
/// it ends with its paragraph, marked unclosed. One forward pass; unbalanced marks cannot swallow the article, since a
/// quotation never crosses a paragraph that does not re-open it and never runs past <see cref="MaxPieceChars"/>.
/// </summary>
public static class QuoteFinder
{
    /// <summary>Longest quoted text in one paragraph. Past it the opening mark is taken for a stray one and dropped.</summary>
    public const int MaxPieceChars = 2_000;

    /// <summary>Longest stand-alone single-mark quotation: such marks quote headline phrases, not speeches.</summary>
    public const int MaxSingleChars = 300;

    /// <summary>Most paragraphs one quotation runs over.</summary>
    public const int MaxPieces = 12;

    /// <summary>Most quotations read from one text; the rest are left out.</summary>
    public const int MaxQuotations = 1_000;

    public static IReadOnlyList<Quotation> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var scan = new Scan(text);
        for (var p = 0; p < paragraphs.Count && scan.Result.Count < MaxQuotations; p++)
        {
            var paragraph = paragraphs[p];
            if (!paragraph.IsWithin(text.Length)) continue;
            var next = p + 1 < paragraphs.Count && paragraphs[p + 1].IsWithin(text.Length) ? paragraphs[p + 1] : (TextSpan?)null;
            scan.Paragraph(paragraph, next);
        }
        scan.Result.Sort((a, b) => a.Extent.Start != b.Extent.Start ? a.Extent.Start.CompareTo(b.Extent.Start) : a.Parent.CompareTo(b.Parent));
        return Renumber(scan.Result);
    }

    /// <summary>Sorting moved quotations; parents are found again by extent.</summary>
    private static List<Quotation> Renumber(List<Quotation> sorted)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (!sorted[i].IsNested) continue;
            var parent = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                if (sorted[j].IsNested || !sorted[j].Extent.Contains(sorted[i].Extent)) continue;
                parent = j;
                break;
            }
            sorted[i] = sorted[i] with { Parent = parent };
        }
        return sorted;
    }

    /// <summary>The scanner's state: the open outer quotation (carried from paragraph to paragraph) and the open inner one.</summary>
    private sealed class Scan(string text)
    {
        public readonly List<Quotation> Result = [];

        // The outer quotation: where it opened, its finished pieces, where the current piece's content starts, its mark.
        private int outerOpen = -1;
        private readonly List<TextSpan> pieces = [];
        private int pieceStart = -1;
        private bool outerIsSingle;

        // The inner (nested) quotation inside the outer one.
        private int innerOpen = -1;
        private readonly List<(TextSpan Content, TextSpan Extent)> inner = [];

        // Set when the previous paragraph left the outer quotation open and this one re-opens it.
        private bool carried;

        private bool InOuter => outerOpen >= 0;

        public void Paragraph(TextSpan paragraph, TextSpan? next)
        {
            int start = paragraph.Start, end = paragraph.End;
            var i = start;
            if (carried)
            {
                // The paragraph opens with the mark that re-opens the carried quotation.
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                pieceStart = i + 1;
                i++;
                carried = false;
            }
            for (; i < end && Result.Count < MaxQuotations; i++)
            {
                var c = text[i];
                if (QuoteMarks.IsDouble(c)) Double(i, start, end);
                else if (QuoteMarks.IsSingle(c)) Single(i, start, end);
                if (InOuter && i - pieceStart > (outerIsSingle ? MaxSingleChars : MaxPieceChars))
                {
                    // A mark left open this long was a stray one: drop it, keep what earlier paragraphs gave.
                    if (pieces.Count > 0) Finish(pieces[^1].End, closed: false);
                    else Reset();
                }
            }
            if (!InOuter) return;
            if (outerIsSingle)
            {
                Reset(); // A single mark never closed is an apostrophe after all.
                return;
            }
            AddPiece(end);
            if (next is { } following && pieces.Count < MaxPieces && OpensWithDouble(following))
            {
                carried = true;
                innerOpen = -1;
                return;
            }
            Finish(pieces.Count > 0 ? pieces[^1].End : end, closed: false);
        }

        private bool OpensWithDouble(TextSpan paragraph)
        {
            var i = paragraph.Start;
            while (i < paragraph.End && char.IsWhiteSpace(text[i])) i++;
            return i < paragraph.End && QuoteMarks.IsDouble(text[i]) && !QuoteMarks.OnlyCloses(text[i]);
        }

        private void Double(int i, int start, int end)
        {
            var c = text[i];
            if (InOuter && !outerIsSingle)
            {
                if (QuoteMarks.OnlyOpens(c) && i > pieceStart)
                {
                    // A new opening mark before the old one closed: the old quotation ends unclosed here.
                    AddPiece(i);
                    Finish(TrimEnd(i), closed: false);
                    Open(i, single: false);
                    return;
                }
                AddPiece(i);
                Finish(i + 1, closed: true);
                return;
            }
            if (InOuter) return; // Double marks inside a single-mark headline quotation are left alone.
            if (QuoteMarks.CanOpenDouble(text, i, start, end)) Open(i, single: false);
        }

        private void Single(int i, int start, int end)
        {
            if (InOuter && outerIsSingle)
            {
                if (QuoteMarks.CanCloseSingle(text, i, start, end))
                {
                    AddPiece(i);
                    Finish(i + 1, closed: true);
                }
                return;
            }
            if (InOuter)
            {
                if (innerOpen >= 0)
                {
                    if (!QuoteMarks.CanCloseSingle(text, i, start, end)) return;
                    if (i > innerOpen + 1) inner.Add((TextSpan.FromBounds(innerOpen + 1, i), TextSpan.FromBounds(innerOpen, i + 1)));
                    innerOpen = -1;
                    return;
                }
                if (QuoteMarks.CanOpenSingle(text, i, start, end)) innerOpen = i;
                return;
            }
            if (QuoteMarks.CanOpenSingle(text, i, start, end)) Open(i, single: true);
        }

        private void Open(int i, bool single)
        {
            outerOpen = i;
            pieceStart = i + 1;
            outerIsSingle = single;
            pieces.Clear();
            inner.Clear();
            innerOpen = -1;
        }

        /// <summary>Ends the current piece at <paramref name="end"/> (white space trimmed), unless it is empty.</summary>
        private void AddPiece(int end)
        {
            var from = pieceStart;
            while (from < end && char.IsWhiteSpace(text[from])) from++;
            var to = TrimEnd(end);
            if (to > from) pieces.Add(TextSpan.FromBounds(from, to));
        }

        private int TrimEnd(int end)
        {
            while (end > pieceStart && char.IsWhiteSpace(text[end - 1])) end--;
            return end;
        }

        private void Finish(int extentEnd, bool closed)
        {
            if (pieces.Count > 0 && Result.Count < MaxQuotations)
            {
                var index = Result.Count;
                Result.Add(new Quotation(pieces.ToList(), TextSpan.FromBounds(outerOpen, Math.Max(extentEnd, pieces[^1].End)), closed, -1));
                foreach (var (content, extent) in inner.Where(n => n.Extent.End <= extentEnd).Take(MaxQuotations - Result.Count))
                    Result.Add(new Quotation([content], extent, true, index));
            }
            Reset();
        }

        private void Reset()
        {
            outerOpen = -1;
            pieceStart = -1;
            pieces.Clear();
            inner.Clear();
            innerOpen = -1;
            carried = false;
        }
    }
}
