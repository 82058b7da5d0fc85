using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Time;

/// <summary>
/// Finds temporal expressions in text and resolves them to TimeML values. Relative expressions ("last week",
/// "Friday") resolve against the reference date (the article's date); anchored ones ("the day before", "a year
/// earlier") against the date the text mentioned last. Rule-based: one pass over the tokens of each sentence, a
/// hand-written grammar trying its patterns at each word (<see cref="TimexGrammar"/>), no regular expressions.
/// </summary>
public static class TimeTagger
{
    /// <summary>Longest sentence (in tokens) looked at; longer runs of text are cut into pieces this long.</summary>
    private const int MaxWordsPerPiece = 400;

    /// <summary>Tags the whole text as one run of sentences.</summary>
    public static List<TimeExpression> Tag(string text, DateOnly? reference) =>
        Tag(text, [new TextSpan(0, text.Length)], reference);

    /// <summary>
    /// The expressions in the given sentences, in text order, never overlapping. Sentences are read in the order
    /// given; the anchor for "the day before" carries from one sentence to the next.
    /// </summary>
    public static List<TimeExpression> Tag(string text, IReadOnlyList<TextSpan> sentences, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<TimeExpression>();
        var context = new TimexContext(reference);
        var tokens = new List<TextSpan>();
        var words = new List<TimexWord>();
        foreach (var sentence in sentences)
        {
            if (!sentence.IsWithin(text.Length) || sentence.IsEmpty) continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, sentence, tokens);
            for (int from = 0; from < tokens.Count; from += MaxWordsPerPiece)
            {
                words.Clear();
                TimexWord.Split(text, tokens, from, Math.Min(tokens.Count, from + MaxWordsPerPiece), words);
                TagWords(text, words, context, found);
            }
        }
        return found;
    }

    private static void TagWords(string text, List<TimexWord> words, TimexContext context, List<TimeExpression> found)
    {
        var grammar = new TimexGrammar(text, words);
        int i = 0;
        while (i < words.Count)
        {
            if (grammar.Parse(i) is { } phrase && phrase.Resolve(context) is { } result)
            {
                var span = TextSpan.FromBounds(words[i].Start, words[phrase.End - 1].End);
                found.Add(new TimeExpression(span, result.Type, result.Value, result.Mod, result.Quant, result.Freq));
                if (result.Anchor is { } anchor) context.Remember(anchor);
                i = phrase.End;
            }
            else
            {
                i++;
            }
        }
    }
}

/// <summary>
/// A word as the grammar sees it: a token, or one piece of a hyphenated token ("third-quarter" is "third" and
/// "quarter", the second marked as joined), lower-cased and without full stops ("Sept." is "sept", "a.m." is "am").
/// </summary>
internal readonly record struct TimexWord(int Start, int End, string Lower, bool Capitalised, bool Joined)
{
    public static void Split(string text, List<TextSpan> tokens, int from, int to, List<TimexWord> words)
    {
        for (int t = from; t < to; t++)
        {
            var token = tokens[t];
            var s = token.Of(text);
            int hyphen = s.IndexOf('-');
            // Split at hyphens only where letters are involved: "mid-May", "six-month", "16-hour"; "2025-06-09" stays whole.
            if (hyphen > 0 && HasLetter(s))
            {
                int start = 0;
                bool joined = false;
                for (int k = 0; k <= s.Length; k++)
                {
                    if (k < s.Length && s[k] != '-') continue;
                    if (k > start) words.Add(Make(text, token.Start + start, token.Start + k, joined));
                    joined = true;
                    start = k + 1;
                }
                continue;
            }
            words.Add(Make(text, token.Start, token.End, false));
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLetter(c)) return true;
        return false;
    }

    private static TimexWord Make(string text, int start, int end, bool joined)
    {
        var s = text.AsSpan(start, end - start);
        bool keepDots = s.Length > 0 && char.IsDigit(s[0]);
        Span<char> buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (char c in s)
        {
            if (c == '.' && !keepDots) continue;
            buffer[n++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
        return new TimexWord(start, end, WordTable.Intern(buffer[..n]), s.Length > 0 && char.IsUpper(s[0]), joined);
    }
}

/// <summary>
/// One string per distinct lower-cased word, so that reading a text does not allocate a new string for every token:
/// news repeats its words, and a span lookup finds the string already made. One table per thread (the taggers run
/// on many threads at once), emptied when it grows past a bound so that an endless stream of new words cannot fill memory.
/// </summary>
internal static class WordTable
{
    private const int MaxWords = 50_000;

    [ThreadStatic] private static Dictionary<string, string>? words;

    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return "";
        var table = words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known)) return known;
        if (table.Count >= MaxWords) table.Clear();
        var made = new string(word);
        table.Add(made, made);
        return made;
    }
}

/// <summary>What the tagger knows while it reads one text: the reference date and the dates mentioned so far.</summary>
internal sealed class TimexContext(DateOnly? reference)
{
    public DateOnly? Reference { get; } = reference;

    /// <summary>The last date the text mentioned, at its own grain ("the third quarter"), for "a year earlier".</summary>
    public TimePoint? LastPoint { get; private set; }

    /// <summary>The last day the text mentioned, for "the day before" and "later that day".</summary>
    public TimePoint? LastDay { get; private set; }

    /// <summary>The last quarter the text named, for "the quarter" and the "a year ago" of results reports.</summary>
    public TimePoint? LastQuarter { get; private set; }

    public void Remember(TimePoint point)
    {
        if (point.YearUnknown) return;
        if (point.Grain == TimeGrain.Quarter) LastQuarter = point;
        LastPoint = point;
        if (point.Grain >= TimeGrain.Day) LastDay = TimePoint.Containing(TimeGrain.Day, point.Start);
    }

    /// <summary>The day "the day before" counts from: the last day mentioned, else the reference.</summary>
    public TimePoint? DayAnchor => LastDay ?? (Reference is { } r ? TimePoint.Containing(TimeGrain.Day, r) : null);
}

/// <summary>A resolved expression: its type and value, and the calendar point later anchored expressions count from.</summary>
internal sealed record TimexResult(TimexType Type, string Value, TimexMod Mod = TimexMod.None, string? Quant = null, string? Freq = null, TimePoint? Anchor = null)
{
    public static TimexResult Date(TimePoint point, TimexMod mod = TimexMod.None) =>
        new(point.Grain >= TimeGrain.PartOfDay ? TimexType.Time : TimexType.Date, point.Value(), mod, Anchor: point);
}

/// <summary>A phrase the grammar recognised: the word after its last, and how to resolve it in a context.</summary>
internal sealed record TimexPhrase(int End, Func<TimexContext, TimexResult?> Resolve, PhraseKind Kind = PhraseKind.Date);

/// <summary>What a phrase names, so that wrappers know what they may wrap ("early" a date, "more than" a length).</summary>
internal enum PhraseKind : byte
{
    Date,
    Duration,
    Ago,
    Other,
}
