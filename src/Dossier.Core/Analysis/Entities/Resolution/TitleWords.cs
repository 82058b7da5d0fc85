namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// The small hand-written lexicon of titles that says what a role looks like in news copy. A role ends in a head word
/// ("secretary", "premier", "economist"), may start with modifiers ("vice", "chief", "deputy") and may carry the field
/// it covers ("trade", "treasury"). All words are compared in the form <see cref="NameText.Normalize"/> gives.
/// </summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "president", "premier", "minister", "secretary", "representative", "ambassador", "envoy", "chair", "chairman",
        "chairwoman", "chairperson", "director", "spokesperson", "spokesman", "spokeswoman", "economist", "analyst",
        "strategist", "ceo", "cfo", "coo", "cto", "executive", "officer", "governor", "senator", "congressman",
        "congresswoman", "lawmaker", "legislator", "mayor", "chancellor", "commissioner", "negotiator", "leader", "head",
        "founder", "co-founder", "adviser", "advisor", "counselor", "counsellor", "professor", "researcher", "fellow",
        "editor", "correspondent", "columnist", "general", "admiral", "judge", "justice", "attorney", "prosecutor",
        "manager", "partner", "king", "queen", "prince", "princess", "emperor", "pope", "speaker", "official",
        "diplomat", "chief", "president-elect", "secretary-general", "vice-president", "vice-premier", "mp", "vp",
        "treasurer", "councilor", "councillor",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "vice", "deputy", "assistant", "associate", "acting", "interim", "former", "senior", "junior", "top", "lead",
        "principal", "special", "first", "managing", "prime", "ex", "co", "permanent", "state", "foreign", "executive",
    };

    /// <summary>Fields a title may name, so they are accepted in lower case too ("U.S. trade representative").</summary>
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "trade", "treasury", "commerce", "finance", "financial", "defense", "defence", "justice", "interior", "energy",
        "agriculture", "labor", "labour", "education", "health", "homeland", "security", "transportation", "economic",
        "economics", "economy", "press", "communications", "national", "policy", "research", "investment", "investments",
        "market", "markets", "equity", "equities", "credit", "monetary", "fiscal", "industry", "technology", "affairs",
        "development", "planning", "political", "military", "public", "legal", "operating", "information", "strategy",
        "global", "chief",
    };

    /// <summary>Forms of address: never a role, never part of a name.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "rev", "hon", "messrs",
    };

    /// <summary>
    /// Capitalised words that start sentences or name times, not offices: a title phrase found before a name stops at
    /// them ("Meanwhile Commerce Secretary Lutnick" is "Commerce Secretary").
    /// </summary>
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "but", "or", "nor", "so", "yet", "as", "at", "by", "from", "in", "on", "to", "with", "without",
        "when", "while", "after", "before", "since", "until", "although", "though", "if", "because", "meanwhile",
        "however", "also", "then", "now", "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "this", "that",
        "these", "those", "it", "he", "she", "they", "we", "i", "you", "both", "only", "even", "just", "said", "says",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "according", "under",
        "via", "per", "between", "against", "during", "including", "like", "than", "who", "which", "where", "what",
    };

    /// <summary>Lower-case words that cannot sit inside a title (verbs and function words), so an appositive holding them is a clause.</summary>
    private static readonly HashSet<string> NotInTitles = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "who", "which", "that", "whose", "whom", "said", "says", "told", "tells", "is", "was", "are",
        "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
        "must", "also", "not", "as", "in", "on", "at", "to", "for", "with", "by", "from", "of", "about", "after", "before",
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "there", "here", "then", "when",
        "while", "if", "so", "than", "very", "said", "added", "noted", "wrote", "says", "did", "does", "do",
    };

    public static bool IsHead(string word) => Heads.Contains(word) || (word.Contains('-') && word.Split('-').Any(Heads.Contains));

    /// <summary>Any word a title is made of: a head, a modifier or a field.</summary>
    public static bool IsTitlePart(string word) => IsHead(word) || Modifiers.Contains(word) || Fields.Contains(word);

    /// <summary>"vice", "deputy", "chief": a word that starts a title rather than naming its field.</summary>
    public static bool IsModifier(string word) => Modifiers.Contains(word);

    public static bool IsHonorific(string word) => Honorifics.Contains(word);

    public static bool IsStop(string word) => Stops.Contains(word);

    public static bool CannotBeInTitle(string word) => NotInTitles.Contains(word);

    /// <summary>"first lady": a title whose head alone ("lady") would be too loose.</summary>
    public static bool IsTwoWordHead(string previous, string word) => previous == "first" && word == "lady";
}
