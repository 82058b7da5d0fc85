namespace Dossier.Core.Analysis.Quantities;

/// <summary>A case-insensitive word list that answers for spans of text without allocating.</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordMap(IEnumerable<(string Word, T Value)> entries)
    {
        map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in entries) map[word] = value;
        lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => lookup.ContainsKey(word);
}

/// <summary>The words of English figures: number words, scales, fractions, ordinals, currencies, units, qualifiers.</summary>
internal static class Lexicon
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] UnitOrdinals =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] TenOrdinals =
        ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>Cardinal words below a hundred.</summary>
    public static readonly WordMap<int> Cardinals = new(
        Units.Select((w, i) => (w, i)).Concat(Tens.Select((w, i) => (w, 20 + 10 * i)))
            .Append(("nought", 0)).Append(("naught", 0)));

    /// <summary>
    /// Every word a number can start with (cardinals, ordinals, "a", "half", "minus"...): one look-up tells the reader
    /// that most words of a sentence start nothing, which keeps the scan fast.
    /// </summary>
    public static readonly WordMap<bool> NumberStarts = new(
        Units.Concat(Tens).Concat(UnitOrdinals).Concat(TenOrdinals)
            .Concat(["nought", "naught", "a", "an", "half", "minus", "negative", "hundredth", "thousandth", "millionth", "billionth", "trillionth"])
            .Select(w => (w, true)));

    /// <summary>Words that multiply what comes before them.</summary>
    public static readonly WordMap<double> Scales = new([
        ("hundred", 1e2), ("hundreds", 1e2), ("thousand", 1e3), ("thousands", 1e3), ("million", 1e6), ("millions", 1e6),
        ("billion", 1e9), ("billions", 1e9), ("trillion", 1e12), ("trillions", 1e12), ("lakh", 1e5), ("lakhs", 1e5),
        ("crore", 1e7), ("crores", 1e7), ("mln", 1e6), ("mn", 1e6), ("bln", 1e9), ("bn", 1e9), ("tln", 1e12), ("tn", 1e12),
        ("dozen", 12), ("dozens", 12), ("dz", 12), ("dzs", 12), ("doz", 12), ("dozs", 12)]);

    /// <summary>Letters written straight after digits that scale them ("10k", "$10B", "1.2bn"), case as written matters for "M".</summary>
    public static bool TryScaleSuffix(ReadOnlySpan<char> s, out double scale)
    {
        scale = s switch
        {
            "k" or "K" => 1e3,
            "M" or "m" or "MM" or "mm" or "mil" or "mn" or "mln" => 1e6,
            "B" or "b" or "bn" or "bln" or "G" or "g" or "BN" => 1e9,
            "T" or "tn" or "tln" or "trn" => 1e12,
            _ => 0,
        };
        return scale > 0;
    }

    /// <summary>Ordinal words and their rank; also the denominators of fractions ("two thirds").</summary>
    public static readonly WordMap<int> Ordinals = new(
        UnitOrdinals.Select((w, i) => (w, i)).Concat(TenOrdinals.Select((w, i) => (w, 20 + 10 * i)))
            .Concat([("hundredth", 100), ("thousandth", 1000), ("millionth", 1_000_000), ("billionth", 1_000_000_000),
                     ("trillionth", 0)]));

    /// <summary>Fraction denominators, singular and plural ("half", "thirds", "quarter"); "second" is left out (a unit of time).</summary>
    public static readonly WordMap<double> Denominators = new(BuildDenominators());

    private static IEnumerable<(string, double)> BuildDenominators()
    {
        yield return ("half", 2);
        yield return ("halves", 2);
        yield return ("quarter", 4);
        yield return ("quarters", 4);
        for (int i = 3; i < UnitOrdinals.Length; i++)
        {
            yield return (UnitOrdinals[i], i);
            yield return (UnitOrdinals[i] + "s", i);
        }
        for (int i = 0; i < TenOrdinals.Length; i++)
        {
            yield return (TenOrdinals[i], 20 + 10 * i);
            yield return (TenOrdinals[i] + "s", 20 + 10 * i);
        }
        foreach (var (w, v) in new[] { ("hundredth", 1e2), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12) })
        {
            yield return (w, v);
            yield return (w + "s", v);
        }
    }

    /// <summary>Currency signs and codes written before the amount, as ISO 4217 codes.</summary>
    public static readonly WordMap<string> CurrencyPrefixes = new([
        ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("U.S.$", "USD"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("GBP", "GBP"),
        ("¥", "JPY"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("元", "CNY"), ("C$", "CAD"), ("CAD", "CAD"), ("CA$", "CAD"),
        ("A$", "AUD"), ("AU$", "AUD"), ("AUD", "AUD"), ("HK$", "HKD"), ("HKD", "HKD"), ("NZ$", "NZD"), ("NZD", "NZD"),
        ("S$", "SGD"), ("SGD", "SGD"), ("CHF", "CHF"), ("Rs", "INR"), ("INR", "INR"), ("₹", "INR"), ("₩", "KRW"), ("KRW", "KRW"),
        ("R$", "BRL"), ("BRL", "BRL"), ("₽", "RUB"), ("RUB", "RUB"), ("Mex$", "MXN"), ("MXN", "MXN"), ("SEK", "SEK"), ("NOK", "NOK"),
        ("DKK", "DKK"), ("TWD", "TWD"), ("NT$", "TWD"), ("₺", "TRY"), ("TRY", "TRY"), ("₿", "BTC"), ("BTC", "BTC")]);

    /// <summary>
    /// Letters that, written right before "$", name which dollar it is ("US$", "C$", "HK$", "A$"); the tokenizer gives
    /// them as a token of their own.
    /// </summary>
    public static readonly WordMap<string> DollarQualifiers = new([
        ("US", "USD"), ("U.S.", "USD"), ("U.S", "USD"), ("C", "CAD"), ("CA", "CAD"), ("A", "AUD"), ("AU", "AUD"), ("HK", "HKD"),
        ("NZ", "NZD"), ("S", "SGD"), ("R", "BRL"), ("Mex", "MXN"), ("NT", "TWD"), ("USD", "USD"), ("CAD", "CAD"), ("AUD", "AUD"),
        ("NZD", "NZD"), ("MXN", "MXN")]);

    /// <summary>Currency words written after the amount ("dollars", "yuan"), as ISO codes; cents and pence are hundredths.</summary>
    public static readonly WordMap<string> CurrencyNames = new([
        ("dollar", "USD"), ("dollars", "USD"), ("usd", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("eur", "EUR"),
        ("pound", "GBP"), ("pounds", "GBP"), ("sterling", "GBP"), ("gbp", "GBP"), ("yen", "JPY"), ("jpy", "JPY"),
        ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("元", "CNY"), ("rupee", "INR"), ("rupees", "INR"),
        ("won", "KRW"), ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("franc", "FRF"),
        ("francs", "FRF"), ("peso", "MXN"), ("pesos", "MXN"), ("real", "BRL"), ("reais", "BRL"), ("lira", "TRY"),
        ("markka", "FIM"), ("guilders", "NLG"), ("guilder", "NLG"), ("pesetas", "ESP"), ("peseta", "ESP"),
        ("marks", "DEM"), ("krona", "SEK"), ("kronor", "SEK"), ("krone", "NOK"), ("kroner", "NOK"), ("bitcoin", "BTC"),
        ("bitcoins", "BTC"), ("cent", "USD/100"), ("cents", "USD/100"), ("penny", "GBP/100"), ("pence", "GBP/100"), ("p", "GBP/100")]);

    /// <summary>Adjectives that say which dollar, franc or pound ("Canadian dollars", "Swiss francs", "Hong Kong dollars").</summary>
    public static readonly WordMap<string> CurrencyNationalities = new([
        ("us", "USD"), ("u.s.", "USD"), ("american", "USD"), ("canadian", "CAD"), ("australian", "AUD"), ("kong", "HKD"),
        ("zealand", "NZD"), ("singapore", "SGD"), ("taiwan", "TWD"), ("swiss", "CHF"), ("french", "FRF"), ("belgian", "BEF"),
        ("chinese", "CNY"), ("japanese", "JPY"), ("indian", "INR"), ("pakistani", "PKR"), ("mexican", "MXN"), ("turkish", "TRY"),
        ("british", "GBP"), ("egyptian", "EGP"), ("finnish", "FIM"), ("dutch", "NLG"), ("german", "DEM"), ("swedish", "SEK"),
        ("norwegian", "NOK"), ("danish", "DKK"), ("south", ""), ("korean", "KRW"), ("russian", "RUB"), ("brazilian", "BRL")]);

    /// <summary>Units of time, by their singular name.</summary>
    public static readonly WordMap<string> TimeUnits = new([
        ("second", "second"), ("seconds", "second"), ("minute", "minute"), ("minutes", "minute"), ("min", "minute"), ("mins", "minute"),
        ("hour", "hour"), ("hours", "hour"), ("hr", "hour"), ("hrs", "hour"), ("day", "day"), ("days", "day"), ("week", "week"),
        ("weeks", "week"), ("month", "month"), ("months", "month"), ("year", "year"), ("years", "year"), ("decade", "decade"),
        ("decades", "decade"), ("century", "century"), ("centuries", "century"), ("quarter", "quarter"), ("quarters", "quarter")]);

    public static readonly WordMap<int> Months = new([
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4), ("may", 5),
        ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9),
        ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12)]);

    /// <summary>Words before a figure that bound it, one or two words long ("nearly", "more than", "as high as").</summary>
    public static readonly WordMap<Comparator> Qualifiers1 = new([
        ("nearly", Comparator.Approximately), ("almost", Comparator.Approximately), ("about", Comparator.Approximately),
        ("around", Comparator.Approximately), ("approximately", Comparator.Approximately), ("roughly", Comparator.Approximately),
        ("some", Comparator.Approximately), ("approx", Comparator.Approximately), ("approx.", Comparator.Approximately),
        ("estimated", Comparator.Approximately), ("circa", Comparator.Approximately), ("~", Comparator.Approximately),
        ("over", Comparator.MoreThan), ("above", Comparator.MoreThan), ("exceeding", Comparator.MoreThan), ("topping", Comparator.MoreThan),
        ("under", Comparator.LessThan), ("below", Comparator.LessThan), ("nearing", Comparator.LessThan),
        ("minimum", Comparator.AtLeast), ("maximum", Comparator.AtMost)]);

    public static readonly WordMap<Comparator> Qualifiers2 = new([
        ("more than", Comparator.MoreThan), ("greater than", Comparator.MoreThan), ("higher than", Comparator.MoreThan),
        ("upwards of", Comparator.MoreThan), ("in excess of", Comparator.MoreThan), ("just over", Comparator.MoreThan),
        ("well over", Comparator.MoreThan), ("at least", Comparator.AtLeast), ("no less than", Comparator.AtLeast),
        ("less than", Comparator.LessThan), ("fewer than", Comparator.LessThan), ("lower than", Comparator.LessThan),
        ("just under", Comparator.LessThan), ("up to", Comparator.AtMost), ("at most", Comparator.AtMost),
        ("no more than", Comparator.AtMost), ("as high as", Comparator.AtMost), ("as much as", Comparator.AtMost),
        ("as many as", Comparator.AtMost), ("as low as", Comparator.AtLeast), ("as little as", Comparator.AtLeast),
        ("close to", Comparator.Approximately), ("an estimated", Comparator.Approximately), ("some estimated", Comparator.Approximately)]);

    /// <summary>Verbs of change, with the way each goes; transitive ones ("cut tariffs to 30%") name their object.</summary>
    public static readonly WordMap<(ChangeDirection Direction, bool Transitive)> ChangeVerbs = new(BuildChangeVerbs());

    private static IEnumerable<(string, (ChangeDirection, bool))> BuildChangeVerbs()
    {
        static IEnumerable<(string, (ChangeDirection, bool))> Forms(ChangeDirection d, bool transitive, params string[] forms) =>
            forms.Select(f => (f, (d, transitive)));
        var up = ChangeDirection.Up;
        var down = ChangeDirection.Down;
        foreach (var x in Forms(up, false, "rise", "rises", "rose", "risen", "rising", "jump", "jumps", "jumped", "jumping",
                     "climb", "climbs", "climbed", "climbing", "grow", "grows", "grew", "grown", "growing", "surge", "surged", "surges",
                     "surging", "soar", "soared", "soars", "soaring", "gain", "gained", "gains", "gaining", "advance", "advanced",
                     "spike", "spiked", "rebound", "rebounded"))
            yield return x;
        foreach (var x in Forms(down, false, "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping",
                     "decline", "declined", "declines", "declining", "plunge", "plunged", "plunges", "plunging", "tumble", "tumbled",
                     "sink", "sank", "sunk", "sinks", "slip", "slipped", "slips", "slide", "slid", "slides", "ease", "eased",
                     "eases", "shrink", "shrank", "shrunk", "retreat", "retreated", "dip", "dipped", "slump", "slumped"))
            yield return x;
        foreach (var x in Forms(up, true, "raise", "raised", "raises", "raising", "increase", "increased", "increases", "increasing",
                     "hike", "hiked", "hikes", "hiking", "boost", "boosted", "boosts", "boosting", "lift", "lifted", "lifts", "lifting",
                     "double", "doubled", "doubles", "doubling", "triple", "tripled", "triples", "tripling", "add", "added", "adds"))
            yield return x;
        foreach (var x in Forms(down, true, "cut", "cuts", "cutting", "lower", "lowered", "lowers", "lowering", "reduce", "reduced",
                     "reduces", "reducing", "slash", "slashed", "slashes", "slashing", "decrease", "decreased", "decreases",
                     "decreasing", "trim", "trimmed", "halve", "halved", "halving", "lose", "lost", "loses", "losing", "shed", "sheds"))
            yield return x;
        foreach (var x in Forms(ChangeDirection.Unknown, true, "change", "changed", "adjust", "adjusted", "set", "sets", "setting",
                     "bring", "brought", "bringing", "move", "moved", "moving", "revise", "revised"))
            yield return x;
    }

    /// <summary>Verbs that state a level ("reached $582 billion", "stood at 5%", "were 30%"); the figure measures their subject.</summary>
    public static readonly WordMap<bool> LevelVerbs = new(new[]
    {
        "is", "are", "was", "were", "be", "been", "being", "reach", "reached", "reaches", "reaching", "hit", "hits", "hitting",
        "totals", "totaled", "totalled", "totaling", "totalling", "stand", "stands", "stood", "topped", "tops",
        "exceed", "exceeded", "exceeds", "exceeding", "amount", "amounted", "amounts", "equal", "equaled", "equalled", "equals",
        "remain", "remained", "remains", "hover", "hovered", "costs", "costing", "valued", "averaged", "averages", "represent", "represented", "represents", "accounted", "accounts",
        "stayed", "sat", "came", "rated", "peaked", "imposed", "impose", "imposes",
        "imposing", "levied", "apply", "applied", "applies", "faces", "faced", "facing", "paid", "pays",
    }.Select(w => (w, true)));

    /// <summary>
    /// Words that end a noun phrase when reading one: determiners are kept at its start, but these (prepositions that
    /// start a new phrase, conjunctions, pronouns, auxiliaries, adverbs of time) stop it.
    /// </summary>
    public static readonly WordMap<bool> Stops = new(new[]
    {
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "while", "whereas", "although",
        "though", "because", "since", "as", "if", "when", "where", "after", "before", "until", "than", "then", "to", "from",
        "by", "in", "at", "for", "with", "without", "into", "over", "under", "between", "among", "against", "during", "per",
        "about", "around", "through", "across", "via", "up", "down", "off", "out", "it", "its", "they", "them", "their",
        "he", "him", "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "this", "these", "those",
        "there", "here", "not", "no", "also", "only", "just", "still", "even", "last", "next", "ago", "earlier", "later",
        "said", "says", "say", "told", "according", "will", "would", "could", "should", "may", "might", "must", "can",
        "has", "have", "had", "do", "does", "did", "year", "years", "month", "months", "week", "weeks", "day", "days",
        "today", "yesterday", "tomorrow", "now", "more", "less", "than", "each", "every", "apiece", "respectively", "or",
        "compared", "versus", "vs", "vs.", "on", "of", "a", "an", "the",
    }.Select(w => (w, true)));

    /// <summary>Determiners and possessives that may open a noun phrase.</summary>
    public static readonly WordMap<bool> Determiners = new(new[]
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "that", "all", "some", "any",
    }.Select(w => (w, true)));
}
