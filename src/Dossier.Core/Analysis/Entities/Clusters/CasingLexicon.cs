using System.Globalization;
using System.Text;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>What a word's case usually is in running text.</summary>
public enum CasingClass : byte
{
    /// <summary>Not in the lexicon.</summary>
    Unknown,
    /// <summary>Usually lower case: an ordinary word ("the", "said"), so a capitalised one is sentence-initial or a headline.</summary>
    Lower,
    /// <summary>Usually capitalised mid-sentence: a name ("London", "Monday").</summary>
    Capitalized,
    /// <summary>Usually all capitals: an acronym ("NATO", "IBM").</summary>
    AllCaps,
    /// <summary>No one form dominates ("Bush" and "bush", "May" and "may").</summary>
    Mixed,
}

/// <summary>How often a word was seen lower-case, capitalised (not as a sentence's first word) and in all capitals.</summary>
public readonly record struct CaseCounts(int Lower, int Capitalized, int AllCaps)
{
    /// <summary>The share one form needs to count as the usual one.</summary>
    public const double UsualShare = 0.8;

    public int Total => Lower + Capitalized + AllCaps;

    public CasingClass Usual
    {
        get
        {
            int total = Total;
            if (total == 0) return CasingClass.Unknown;
            if (Lower >= UsualShare * total) return CasingClass.Lower;
            if (Capitalized >= UsualShare * total) return CasingClass.Capitalized;
            if (AllCaps >= UsualShare * total) return CasingClass.AllCaps;
            return CasingClass.Mixed;
        }
    }

    /// <summary>The share of occurrences written lower-case, 0 to 1 (0 when unseen).</summary>
    public double LowerShare => Total == 0 ? 0 : (double)Lower / Total;
}

/// <summary>
/// For each word (lower-cased, digits folded) how it is usually written in running news text. It tells the
/// tagger that a sentence-initial "The" or a headline's "TALKS" is an ordinary word, and that "Reuters" is a name
/// wherever it stands. Counts skip capitalised sentence-initial words and sentences mostly in capitals (see
/// <see cref="TokenCorpus.CasingCounts"/>).
/// </summary>
/// <remarks>The file is UTF-8 text: '#' comment lines, then <c>word TAB lower TAB capitalised TAB allcaps</c> per
/// line, sorted by word (ordinal).</remarks>
public sealed class CasingLexicon
{
    /// <summary>The file's name in <c>models/</c>.</summary>
    public const string ModelName = "casing.tsv";

    private const string Header = "# Dossier casing lexicon: word<TAB>lower<TAB>capitalised<TAB>allcaps. Written by `dossier train entities`.";

    private readonly Dictionary<string, CaseCounts> entries;
    private readonly Dictionary<string, CaseCounts>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly string[] sortedWords; // the file's order

    private CasingLexicon(Dictionary<string, CaseCounts> entries)
    {
        this.entries = entries;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        sortedWords = [.. entries.Keys];
        Array.Sort(sortedWords, StringComparer.Ordinal);
    }

    public int Count => entries.Count;

    /// <summary>The counts of a word in any case; it is lower-cased and digit-folded first, without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out CaseCounts counts)
    {
        counts = default;
        if (word.IsEmpty || word.Length > WordForm.MaxLength) return false;
        Span<char> buffer = stackalloc char[WordForm.MaxLength];
        return lookup.TryGetValue(WordForm.LowerKey(word, buffer), out counts);
    }

    /// <summary>The word's usual case, <see cref="CasingClass.Unknown"/> when it is not in the lexicon.</summary>
    public CasingClass UsualCase(ReadOnlySpan<char> word) => TryGet(word, out var counts) ? counts.Usual : CasingClass.Unknown;

    /// <summary>
    /// Counts the corpus's words by lower-cased key and keeps those seen at least <paramref name="minCount"/> times
    /// where their case is their own.
    /// </summary>
    public static CasingLexicon Build(TokenCorpus corpus, int minCount)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var totals = new Dictionary<string, (int Lower, int Capitalized, int AllCaps)>(StringComparer.Ordinal);
        for (int id = 0; id < corpus.Words.Count; id++)
        {
            int seen = corpus.CasingCounts[id];
            if (seen == 0) continue;
            var word = corpus.Words[id];
            var shape = WordForm.ShapeOf(word);
            if (shape is CaseShape.None or CaseShape.Mixed) continue;
            var key = word.ToLowerInvariant();
            totals.TryGetValue(key, out var t);
            totals[key] = shape switch
            {
                CaseShape.Lower => (t.Lower + seen, t.Capitalized, t.AllCaps),
                CaseShape.Capitalized => (t.Lower, t.Capitalized + seen, t.AllCaps),
                _ => (t.Lower, t.Capitalized, t.AllCaps + seen),
            };
        }

        var kept = new Dictionary<string, CaseCounts>(StringComparer.Ordinal);
        foreach (var (key, t) in totals)
        {
            var counts = new CaseCounts(t.Lower, t.Capitalized, t.AllCaps);
            if (counts.Total >= minCount) kept.Add(key, counts);
        }

        return new CasingLexicon(kept);
    }

    /// <summary>The lexicon embedded from <c>models/</c>, or null when this build has none.</summary>
    public static CasingLexicon? LoadEmbedded()
    {
        using var stream = ModelResources.Open(ModelName);
        return stream is null ? null : Read(stream);
    }

    /// <exception cref="InvalidDataException">A line is not a word and three counts, or a word repeats.</exception>
    public static CasingLexicon Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var entries = new Dictionary<string, CaseCounts>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[5];
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var span = line.AsSpan();
            if (span.Split(fields, '\t') != 4)
                throw Bad(lineNumber, "expected word<TAB>lower<TAB>capitalised<TAB>allcaps");
            var word = span[fields[0]];
            if (word.IsEmpty || word.Length > WordForm.MaxLength) throw Bad(lineNumber, "the word is empty or too long");
            if (!TryCount(span[fields[1]], out int lower) || !TryCount(span[fields[2]], out int capitalized)
                || !TryCount(span[fields[3]], out int allCaps))
                throw Bad(lineNumber, "a count is not a whole number");
            if (!entries.TryAdd(word.ToString(), new CaseCounts(lower, capitalized, allCaps)))
                throw Bad(lineNumber, $"\"{word}\" is listed twice");
        }

        return new CasingLexicon(entries);
    }

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        writer.WriteLine($"# {sortedWords.Length} words");
        foreach (var word in sortedWords)
        {
            var counts = entries[word];
            writer.Write(word);
            writer.Write('\t');
            writer.Write(counts.Lower.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(counts.Capitalized.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.WriteLine(counts.AllCaps.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool TryCount(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static InvalidDataException Bad(int line, string what) => new($"casing lexicon, line {line}: {what}");
}
