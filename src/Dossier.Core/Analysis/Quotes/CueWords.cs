namespace Dossier.Core.Analysis.Quotes;

/// <summary>The small closed word lists the speaker rules read: cue verbs, clause boundaries, words to strip from a speaker.</summary>
internal static class CueWords
{
    /// <summary>Verbs that report speech or writing, in the forms news copy uses.</summary>
    private static readonly HashSet<string> Strong = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "write", "writes", "wrote", "add", "adds", "added",
        "note", "notes", "noted", "post", "posts", "posted", "state", "states", "stated", "declare", "declares", "declared",
        "insist", "insists", "insisted", "warn", "warns", "warned", "ask", "asks", "asked", "explain", "explains", "explained",
        "continue", "continues", "continued", "reiterate", "reiterates", "reiterated", "claim", "claims", "claimed",
        "argue", "argues", "argued", "announce", "announces", "announced", "stress", "stresses", "stressed",
        "tweet", "tweets", "tweeted", "remark", "remarks", "remarked", "reply", "replies", "replied",
        "respond", "responds", "responded", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
        "predict", "predicts", "predicted", "promise", "promises", "promised", "vow", "vows", "vowed", "quip", "quips", "quipped",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised", "concede", "concedes", "conceded",
        "recall", "recalls", "recalled", "suggest", "suggests", "suggested", "urge", "urges", "urged", "report", "reports", "reported",
    };

    /// <summary>
    /// Verbs that quote only with a named speaker: "Bessent called it a “good meeting”" quotes him, but in "a plan called
    /// “Project X”" the words before the verb are no speaker. "put" counts only in "put it".
    /// </summary>
    private static readonly HashSet<string> Weak = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "describe", "describes", "described", "accuse", "accuses", "accused", "put", "puts", "term", "termed", "dubbed",
    };

    /// <summary>Words that start a new clause, so a speaker never reaches back past them.</summary>
    private static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "what", "who", "whom", "whose", "though", "although", "while", "whereas", "and", "but", "or", "nor",
        "because", "when", "after", "before", "if", "since", "so", "as", "where", "than", "yet", "however", "until", "unless",
    };

    /// <summary>
    /// Prepositions end a speaker named after its verb ("said Trump in a post"), but not one named before it: "a source
    /// familiar with the talks said".
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "to", "from", "with", "for", "about", "by", "into", "over", "under", "via", "after", "before",
        "while", "when", "who", "which", "that", "as", "and", "but", "adding", "saying", "according", "speaking", "noting", "referring",
    };

    /// <summary>Words between a speaker and the verb that belong to neither ("Trump later said", "the U.S. recently accused").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "again", "once", "has", "have", "had", "will", "would", "did", "does", "do", "is", "was",
        "are", "were", "had", "previously", "earlier", "still", "even", "further", "never", "not", "just", "now", "too",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those", "each", "every", "latest", "first",
    };

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "i", "we", "it", "you" };

    public static bool IsStrongCue(string word) => Strong.Contains(word);

    public static bool IsWeakCue(string word) => Weak.Contains(word);

    /// <summary>"called", "described", "termed": cues that also name things, so they quote only a named speaker or a pronoun.</summary>
    public static bool NeedsNamedSpeaker(string word) =>
        Weak.Contains(word) && !word.StartsWith("put", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("accuse", StringComparison.OrdinalIgnoreCase);

    public static bool IsBoundary(string word) => Boundaries.Contains(word);

    public static bool EndsTrailingSpeaker(string word) => Prepositions.Contains(word);

    /// <summary>Words a speaker phrase goes on past a preposition after: "a source familiar with the talks", "a person close to the union".</summary>
    public static bool TakesPreposition(string word) => word is "familiar" or "close" or "briefed" or "knowledgeable" or "involved";

    /// <summary>A word to strip from the end of a speaker: fillers and adverbs in -ly ("recently", "repeatedly").</summary>
    public static bool IsFiller(string word) =>
        Fillers.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>Punctuation that ends a speaker phrase.</summary>
    public static bool IsBoundaryPunctuation(string token) =>
        token.Length > 0 && !char.IsLetterOrDigit(token[0]) && !token.StartsWith('\'') && !token.StartsWith('\u2019')
        && token is not ("-" or "&");

    /// <summary>Tokens that end a sentence.</summary>
    public static bool EndsSentence(string token) => token is "." or "?" or "!" or "..." or "\u2026" || (token.Length > 1 && token.All(c => c is '.' or '!' or '?'));
}
