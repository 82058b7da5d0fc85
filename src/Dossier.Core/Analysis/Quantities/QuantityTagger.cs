using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// Finds the figures of English news text and says what each measures. Per sentence: pieces (tokens cut finer),
/// numbers (<see cref="NumberReader"/>), figures with units and qualifiers (<see cref="FigureReader"/>), then ranges
/// ("between 10% and 20%", "10-20%", "$5 to $7 billion") and changes ("from 145% to 30%", "cut to 30% from 145%",
/// "rose 3.2% to $4.1 billion") from the words between and before them, and last the measured noun phrase
/// (<see cref="MeasuredLinker"/>). Rule-based, one forward pass per step, no regexes.
/// </summary>
public static class QuantityTagger
{
    /// <summary>Sentences longer than this are read only up to it: no real sentence is, and it bounds the work.</summary>
    public const int MaxSentenceChars = 20_000;

    /// <summary>The quantities in the given sentences of <paramref name="text"/>, in text order.</summary>
    public static List<Quantity> Tag(string text, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<Quantity>();
        var pieces = new Pieces(text);
        var figures = new List<Figure>();
        foreach (var sentence in sentences)
        {
            if (!sentence.IsWithin(text.Length) || sentence.IsEmpty) continue;
            var range = sentence.Length > MaxSentenceChars ? new TextSpan(sentence.Start, MaxSentenceChars) : sentence;
            pieces.Load(range);
            ReadFigures(pieces, figures);
            Combine(pieces, figures, found);
        }
        return found;
    }

    /// <summary>The quantities of a text taken as one sentence per line (for tests and the evaluation).</summary>
    public static List<Quantity> Tag(string text) => Tag(text, Lines(text));

    /// <summary>
    /// Every figure of the text (one sentence per line) on its own, without qualifiers, ranges or changes: "from 145%
    /// to 30%" gives "145%" and "30%". This is the unit the Recognizers-Text specs score.
    /// </summary>
    public static List<FoundFigure> Figures(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FoundFigure>();
        var pieces = new Pieces(text);
        var figures = new List<Figure>();
        foreach (var line in Lines(text))
        {
            pieces.Load(line.Length > MaxSentenceChars ? new TextSpan(line.Start, MaxSentenceChars) : line);
            ReadFigures(pieces, figures);
            foreach (var f in figures) found.Add(new FoundFigure(pieces.Between(f.UnitFirst, f.Last), f.Amount));
        }
        return found;
    }

    /// <summary>Every number of the text (one sentence per line), years and ordinals included, as read before any unit.</summary>
    public static List<FoundFigure> Numbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<FoundFigure>();
        var pieces = new Pieces(text);
        foreach (var line in Lines(text))
        {
            pieces.Load(line.Length > MaxSentenceChars ? new TextSpan(line.Start, MaxSentenceChars) : line);
            for (int i = 0; i < pieces.Count;)
            {
                if (!NumberReader.TryRead(pieces, i, out var n)) { i++; continue; }
                var kind = n.Form == NumberForm.Ordinal ? QuantityKind.Ordinal : QuantityKind.Number;
                found.Add(new FoundFigure(pieces.Between(n.First, n.Last), new Amount(n.Value, kind, null)));
                i = n.Last + 1;
            }
        }
        return found;
    }

    internal static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) lines.Add(TextSpan.FromBounds(start, i));
            start = i + 1;
        }
        return lines;
    }

    private static void ReadFigures(Pieces p, List<Figure> figures)
    {
        figures.Clear();
        for (int i = 0; i < p.Count;)
        {
            if (NumberReader.TryRead(p, i, out var number))
            {
                if (FigureReader.TryRead(p, number, out var figure)
                    && (figures.Count == 0 || figure.First > figures[^1].Last))
                {
                    figures.Add(figure);
                    i = Math.Max(figure.Last, number.Last) + 1;
                }
                else i = number.Last + 1;
            }
            else i++;
        }
    }

    private static void Combine(Pieces p, List<Figure> figures, List<Quantity> found)
    {
        for (int f = 0; f < figures.Count; f++)
        {
            var a = figures[f];
            Figure? b = f + 1 < figures.Count ? figures[f + 1] : null;
            int first = a.First, last = a.Last;
            Quantity? quantity = null;

            if (b is { } next && TryPair(p, a, next, out var pair))
            {
                quantity = pair;
                f++;
            }
            else
            {
                quantity = Single(p, a);
            }
            if (quantity is null) continue;
            // Bare word numbers with nothing counted ("one of the issues") are too often not figures to report.
            if (quantity.Kind == QuantityKind.Number && quantity.Change is null && !quantity.IsRange
                && char.IsLetter(p.Text[quantity.Span.Start])) continue;
            var measured = MeasuredLinker.Find(p, quantity, FirstPiece(p, quantity.Span.Start), LastPiece(p, quantity.Span.End));
            found.Add(measured is null ? quantity : quantity with { Measured = measured });
        }
    }

    private static int FirstPiece(Pieces p, int start)
    {
        for (int i = 0; i < p.Count; i++) if (p[i].Start >= start) return i;
        return p.Count - 1;
    }

    private static int LastPiece(Pieces p, int end)
    {
        for (int i = p.Count - 1; i >= 0; i--) if (p[i].End <= end) return i;
        return 0;
    }

    /// <summary>Two figures in a row that make a range or a change, by the words between and before them.</summary>
    private static bool TryPair(Pieces p, Figure a, Figure b, out Quantity? quantity)
    {
        quantity = null;
        int gap = b.First - a.Last - 1;
        int joiner = a.Last + 1;
        bool between = p.Is(a.First - 1, "between") && gap == 1 && p.Is(joiner, "and");
        bool dash = gap == 1 && p.IsDash(joiner);
        bool to = gap == 1 && (p.Is(joiner, "to") || p.Is(joiner, "through"));
        bool from = gap == 1 && p.Is(joiner, "from");
        if (!(between || dash || to || from)) return false;
        Share(ref a, ref b);

        if (from && p.Is(a.First - 1, "to"))
        {
            // "cut tariffs to 30% from 145%"
            int start = a.First - 1;
            var direction = Direction(p, start, a.Value, b.Value, reversed: true);
            quantity = Result(p, start, b.Last, a, new QuantityChange(b.Amount, a.Amount, null, direction));
            return true;
        }
        if (from) return false;
        if (to && p.Is(a.First - 1, "from"))
        {
            int start = a.First - 1;
            var direction = Direction(p, start, b.Value, a.Value, reversed: false);
            quantity = Result(p, start, b.Last, b, new QuantityChange(a.Amount, b.Amount, null, direction));
            return true;
        }
        if (to && ChangeVerbBefore(p, a.First, out var verbDirection, out var by))
        {
            // "rose 3.2% to $4.1 billion", "fell by 2% to 5%": the first is the change, the second the new level.
            int start = by ? a.First - 1 : a.First;
            quantity = Result(p, start, b.Last, b, new QuantityChange(null, b.Amount, a.Amount, verbDirection));
            return true;
        }
        if (a.Kind != b.Kind || a.Unit != b.Unit) return false;
        int first = between ? a.First - 1 : a.First;
        quantity = new Quantity(p.Between(first, b.Last), a.Kind, a.Value, a.Unit) { High = b.Value, Comparator = a.Comparator };
        return true;
    }

    /// <summary>In a pair, a figure without a unit borrows its partner's, and its scale ("$5 to $7 billion", "10-20%").</summary>
    private static void Share(ref Figure a, ref Figure b)
    {
        if (!a.HasOwnUnit && b.HasOwnUnit && a.Kind is QuantityKind.Number or QuantityKind.Count)
        {
            a.Kind = b.Kind;
            a.Unit = b.Unit;
        }
        else if (!b.HasOwnUnit && a.HasOwnUnit && b.Kind is QuantityKind.Number or QuantityKind.Count)
        {
            b.Kind = a.Kind;
            b.Unit = a.Unit;
        }
        if (a.Scale == 1 && b.Scale > 1 && a.Form != NumberForm.Ordinal && Math.Abs(a.Value) < 1000 && a.Kind == b.Kind)
        {
            a.Value = NumberReader.Multiply(a.Value, b.Scale);
            a.Scale = b.Scale;
        }
    }

    private static Quantity? Single(Pieces p, Figure a)
    {
        // "fell to 30%", "cut by 20%", "rose 3.2%", "from 145%" after a verb of change.
        if (p.Is(a.First - 1, "to") && ChangeVerbBefore(p, a.First - 1, out var d1, out _))
            return Result(p, a.First - 1, a.Last, a, new QuantityChange(null, a.Amount, null, d1));
        if (p.Is(a.First - 1, "by") && ChangeVerbBefore(p, a.First - 1, out var d2, out _))
            return Result(p, a.First - 1, a.Last, a, new QuantityChange(null, null, a.Amount, d2));
        if (p.Is(a.First - 1, "from") && ChangeVerbBefore(p, a.First - 1, out var d3, out _))
            return Result(p, a.First - 1, a.Last, a, new QuantityChange(a.Amount, null, null, d3));
        if (a.Kind is QuantityKind.Percent or QuantityKind.Money && IsChangeVerb(p, a.First - 1, out var d4, out var transitive) && !transitive)
            return Result(p, a.First, a.Last, a, new QuantityChange(null, null, a.Amount, d4));
        var kind = a.Kind;
        if (kind == QuantityKind.Number && MeasuredLinker.IsNounAfter(p, a.Last + 1)) kind = QuantityKind.Count;
        return new Quantity(p.Between(a.First, a.Last), kind, a.Value, a.Unit) { Comparator = a.Comparator };
    }

    private static Quantity Result(Pieces p, int first, int last, Figure main, QuantityChange change) =>
        new(p.Between(first, last), main.Kind, main.Value, main.Unit) { Comparator = main.Comparator, Change = change };

    private static ChangeDirection Direction(Pieces p, int start, double to, double from, bool reversed)
    {
        _ = reversed;
        if (ChangeVerbBefore(p, start, out var d, out _) && d != ChangeDirection.Unknown) return d;
        return to > from ? ChangeDirection.Up : to < from ? ChangeDirection.Down : ChangeDirection.Unknown;
    }

    /// <summary>
    /// Whether a verb of change governs the figure starting at piece <paramref name="at"/>: right before it (past an
    /// optional "by"), or a transitive one a few words back with its object between ("lower its tariffs ... from").
    /// </summary>
    private static bool ChangeVerbBefore(Pieces p, int at, out ChangeDirection direction, out bool by)
    {
        by = p.Is(at - 1, "by");
        int k = by ? at - 2 : at - 1;
        while (k >= 0 && IsAdverb(p, k)) k--;
        if (IsChangeVerb(p, k, out direction, out _)) return true;
        for (int back = k; back >= 0 && back >= k - 8; back--)
        {
            if (p.Is(back, ",") || p.Is(back, ";")) break;
            if (IsChangeVerb(p, back, out direction, out var transitive) && transitive) return true;
        }
        direction = ChangeDirection.Unknown;
        return false;
    }

    private static bool IsChangeVerb(Pieces p, int k, out ChangeDirection direction, out bool transitive)
    {
        direction = ChangeDirection.Unknown;
        transitive = false;
        if (k < 0 || k >= p.Count || !Lexicon.ChangeVerbs.TryGet(p.Of(k), out var verb)) return false;
        (direction, transitive) = verb;
        return true;
    }

    internal static bool IsAdverb(Pieces p, int k) =>
        p.IsWord(k) && (p.Of(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && p.Of(k).Length > 4
            || p.Is(k, "now") || p.Is(k, "already") || p.Is(k, "also") || p.Is(k, "still") || p.Is(k, "again") || p.Is(k, "just"));
}
