using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Which one-word names are also ordinary English words ("Deal", "Reading", "Split", "Target"), measured on a news
/// corpus: a word counts as common when it is written lower-case at least <see cref="MinLowerCase"/> times and more
/// often than it is written capitalised inside a sentence (after a word, number, comma or semicolon). "Apple" or
/// "Turkey" stay names because the news writes them capitalised more often than lower-case; "deal" is lower-case far
/// more often than "Deal". Since matching is exact-case, such a name would otherwise fire at every sentence start and
/// in every all-caps headline (which the matcher also tries title-cased).
/// </summary>
public sealed class CommonWords
{
    public const int MinLowerCase = 3;

    /// <summary>Counted tokens are at most this long; longer ones are numbers, codes or junk.</summary>
    private const int MaxWordChars = 40;

    private readonly Dictionary<string, int> _lowerCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _capitalised = new(StringComparer.Ordinal);

    private CommonWords() { }

    /// <summary>No corpus: no name is treated as a common word.</summary>
    public static CommonWords None { get; } = new();

    /// <summary>How many running words were counted.</summary>
    public long Words { get; private set; }

    public static CommonWords Count(IEnumerable<string> texts)
    {
        var words = new CommonWords();
        var lowerLookup = words._lowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
        var capitalisedLookup = words._capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<TextSpan>();
        Span<char> lowered = stackalloc char[MaxWordChars];
        foreach (var text in texts)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
            for (int t = 0; t < tokens.Count; t++)
            {
                var word = tokens[t].Of(text);
                if (word.Length > MaxWordChars || !IsLetters(word)) continue;
                words.Words++;
                if (IsLower(word))
                {
                    Increment(lowerLookup, word);
                }
                else if (IsCapitalised(word) && t > 0 && FollowsInsideSentence(tokens[t - 1].Of(text)))
                {
                    var lower = lowered[..word.Length];
                    word.ToLowerInvariant(lower);
                    Increment(capitalisedLookup, lower);
                }
            }
        }
        return words;
    }

    /// <summary>Counts the story bodies of the Reuters-21578 files in <paramref name="folder"/>.</summary>
    public static CommonWords FromReuters(string folder) => Count(Clusters.ReutersCorpus.ReadDirectory(folder));

    /// <summary>How often the word was written all lower-case.</summary>
    public int LowerCaseCount(string word) => _lowerCase.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>How often the word was written capitalised after a word or comma (so not for being first in a sentence).</summary>
    public int CapitalisedCount(string word) => _capitalised.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>
    /// True when the one-word name <paramref name="word"/> is more often an ordinary word than a name. Only capitalised
    /// words ("Deal") can be: an acronym ("US") or a mixed-case name ("eBay") never matches a lower-case word, not even
    /// a title-cased headline word, because matching is exact-case.
    /// </summary>
    public bool IsCommon(string word)
    {
        if (word.Length == 0 || !IsCapitalised(word)) return false;
        int lower = LowerCaseCount(word);
        return lower >= MinLowerCase && lower > CapitalisedCount(word);
    }

    private static void Increment(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> word)
    {
        if (counts.TryGetValue(word, out int count)) counts[word] = count + 1;
        else counts[word.ToString()] = 1;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLetter(c)) return false;
        return word.Length > 0;
    }

    private static bool IsLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
            if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>A word, number, comma or semicolon before a token means the token is not the first of its sentence.</summary>
    private static bool FollowsInsideSentence(ReadOnlySpan<char> previous) =>
        previous is "," or ";" || char.IsLetterOrDigit(previous[0]);
}
