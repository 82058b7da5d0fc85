namespace Dossier.Core.Analysis.Language;

/// <summary>A detected language: a BCP 47 primary subtag ("en", "zh") and how sure the detector is (0 to 1).</summary>
public readonly record struct LanguageGuess(string Tag, double Confidence);

/// <summary>
/// A small language detector for article text. The writing system decides first: kana means Japanese, hangul Korean,
/// other Han text Chinese, and Greek, Hebrew, Thai, Devanagari and Arabic (Persian by its own letters) have one
/// language each here. Latin and Cyrillic text is told apart by function words (<see cref="LanguageProfiles"/>): each
/// word scores for the languages that have it, split between them, so shared words ("de", "in") decide little and
/// distinctive ones ("the", "und", "och") decide much. Confidence grows with the lead over the runner-up and with the
/// number of function words seen; a few words give a guess, not a verdict.
/// </summary>
public static class LanguageDetector
{
    /// <summary>How much of a text the detector reads: enough to be sure; reading more only costs time.</summary>
    public const int MaxChars = 20_000;
    private const int MinLetters = 12;

    private static readonly FunctionWords Words = new(LanguageProfiles.Latin, LanguageProfiles.Cyrillic);

    /// <summary>The language of the text, or null when there is too little text to tell or it is no language the detector knows.</summary>
    public static LanguageGuess? Detect(string? text) => text is null ? null : Detect(text.AsSpan());

    /// <inheritdoc cref="Detect(string?)"/>
    public static LanguageGuess? Detect(ReadOnlySpan<char> text)
    {
        var reading = new Reading(Words.Tags.Length);
        reading.Read(text[..Math.Min(text.Length, MaxChars)]);
        var scripts = reading.Scripts;
        var letters = 0;
        foreach (var n in scripts) letters += n;
        if (letters < MinLetters) return null;
        // One Han, kana or hangul character carries about what a whole Latin word does: weigh them so, or a Chinese
        // page quoting some English would count as English. Of two scripts of equal weight, the one met first wins.
        var script = Script.Latin;
        double weight = -1, total = 0;
        for (var s = 0; s < ScriptCount; s++)
        {
            if (scripts[s] == 0) continue;
            var w = (Script)s is Script.Han or Script.Kana or Script.Hangul ? 4.0 * scripts[s] : scripts[s];
            total += w;
            if (w > weight || (w == weight && reading.FirstSeen[s] < reading.FirstSeen[(int)script]))
            {
                script = (Script)s;
                weight = w;
            }
        }
        var count = scripts[(int)script];
        var share = weight / total;

        switch (script)
        {
            case Script.Han or Script.Kana:
                var han = scripts[(int)Script.Han];
                var kana = scripts[(int)Script.Kana];
                // Japanese mixes kana into Han text on every line; Chinese has none.
                return kana >= 0.1 * (han + kana) ? new LanguageGuess("ja", Sure(share)) : new LanguageGuess("zh", Sure(share));
            case Script.Hangul: return new LanguageGuess("ko", Sure(share));
            case Script.Greek: return new LanguageGuess("el", Sure(share));
            case Script.Hebrew: return new LanguageGuess("he", Sure(share));
            case Script.Thai: return new LanguageGuess("th", Sure(share));
            case Script.Devanagari: return new LanguageGuess("hi", Sure(share) * 0.9);
            case Script.Arabic:
                return new LanguageGuess(reading.PersianLetters >= 0.01 * count ? "fa" : "ar", Sure(share) * 0.9);
            case Script.Cyrillic: return ByWords(reading, Words.Cyrillic, share);
            case Script.Latin: return ByWords(reading, Words.Latin, share);
            default: return null;
        }
    }

    /// <summary>A script-only decision: as sure as the script is dominant.</summary>
    private static double Sure(double share) => Math.Round(Math.Clamp(share, 0, 0.99), 2);

    /// <summary>The guess among the languages of one script (<paramref name="languages"/>, a range of <see cref="FunctionWords.Tags"/>) from the function words read.</summary>
    private static LanguageGuess? ByWords(Reading reading, Range languages, double scriptShare)
    {
        var (first, count) = languages.GetOffsetAndLength(Words.Tags.Length);
        var scores = reading.Scores.AsSpan(first, count);
        var hits = reading.Hits.AsSpan(first, count);
        var tags = Words.Tags.AsSpan(first, count);

        // The best language: the highest score, then the first tag in ordinal order; the runner-up's score beside it.
        var best = -1;
        double second = 0;
        for (var l = 0; l < scores.Length; l++)
        {
            if (hits[l] == 0) continue;
            if (best < 0 || scores[l] > scores[best] || (scores[l] == scores[best] && string.CompareOrdinal(tags[l], tags[best]) < 0))
            {
                if (best >= 0) second = Math.Max(second, scores[best]);
                best = l;
            }
            else second = Math.Max(second, scores[l]);
        }
        if (best < 0) return null;
        var lead = (scores[best] - second) / scores[best];
        // Function words are a third of running text; far fewer means lists, names or another language we lack.
        var coverage = Math.Min(1, (double)hits[best] / Math.Max(1, reading.WordCount) / 0.2);
        var amount = Math.Min(1, hits[best] / 8.0);
        var confidence = (0.35 + 0.65 * lead) * coverage * amount * Math.Min(1, scriptShare / 0.8);
        return new LanguageGuess(tags[best], Math.Round(Math.Clamp(confidence, 0, 0.99), 2));
    }

    /// <summary>
    /// What one pass over a text finds: letters per script (and when each script was first met), the letters Persian
    /// writes and Arabic lacks (پ چ ژ گ), the number of words (runs of letters), and for every language of
    /// <see cref="Words"/> the score and count of its function words. Words of both scripts are scored in the same
    /// pass; only the dominant script's languages are then compared.
    /// </summary>
    private sealed class Reading(int languages)
    {
        public int[] Scripts { get; } = new int[ScriptCount];
        public int[] FirstSeen { get; } = new int[ScriptCount];
        public int PersianLetters { get; private set; }
        public int WordCount { get; private set; }
        public double[] Scores { get; } = new double[languages];
        public int[] Hits { get; } = new int[languages];

        public void Read(ReadOnlySpan<char> text)
        {
            Span<char> word = stackalloc char[Words.MaxWordLength];
            var length = 0;
            var met = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (c < 0x80 ? IsAsciiLetter(c) : char.IsLetter(c))
                {
                    if ((c < 0x80 ? Script.Latin : ScriptOf(c)) is { } script)
                    {
                        if (Scripts[(int)script]++ == 0) FirstSeen[(int)script] = met++;
                        if (script == Script.Arabic && c is '\u067E' or '\u0686' or '\u0698' or '\u06AF') PersianLetters++;
                    }
                    // A word longer than any function word is still counted, but never looked up.
                    if (length < word.Length) word[length] = c < 0x80 ? (char)(c | 0x20) : char.ToLowerInvariant(c);
                    length++;
                    continue;
                }
                if (length == 0) continue;
                WordCount++;
                if (length <= word.Length && Words.Lookup.TryGetValue(word[..length], out var entries))
                    foreach (var (language, share) in entries)
                    {
                        Scores[language] += share;
                        Hits[language]++;
                    }
                length = 0;
            }
        }
    }

    /// <summary>
    /// The function words of the languages told apart by vocabulary, in one table: each word with the languages (by
    /// index into <see cref="Tags"/>) that have it and the share of its score each gets, split among the languages of
    /// the same script that have it. Words are looked up as spans, so reading a text makes no strings.
    /// </summary>
    private sealed class FunctionWords
    {
        public FunctionWords((string Tag, string Words)[] latin, (string Tag, string Words)[] cyrillic)
        {
            Tags = [.. latin.Select(p => p.Tag), .. cyrillic.Select(p => p.Tag)];
            Latin = 0..latin.Length;
            Cyrillic = latin.Length..Tags.Length;
            var entries = new Dictionary<string, List<(int Language, double Share)>>(StringComparer.Ordinal);
            foreach (var (profiles, offset) in (ReadOnlySpan<((string Tag, string Words)[], int)>)[(latin, 0), (cyrillic, latin.Length)])
            {
                var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                for (var l = 0; l < profiles.Length; l++)
                    foreach (var word in profiles[l].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (!byWord.TryGetValue(word, out var languages)) byWord[word] = languages = [];
                        if (!languages.Contains(offset + l)) languages.Add(offset + l);
                    }
                foreach (var (word, languages) in byWord)
                {
                    if (!entries.TryGetValue(word, out var list)) entries[word] = list = [];
                    list.AddRange(languages.Select(l => (l, 1.0 / languages.Count)));
                }
            }
            Lookup = entries.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            MaxWordLength = entries.Keys.Max(w => w.Length);
        }

        public string[] Tags { get; }

        /// <summary>Where the Latin-script languages are in <see cref="Tags"/>.</summary>
        public Range Latin { get; }

        /// <summary>Where the Cyrillic-script languages are in <see cref="Tags"/>.</summary>
        public Range Cyrillic { get; }

        public Dictionary<string, (int Language, double Share)[]>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int MaxWordLength { get; }
    }

    // Most text is ASCII: its letters and their lower case need no table.
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private enum Script : byte { Latin, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, Hangul, Kana, Han }

    private const int ScriptCount = (int)Script.Han + 1;

    /// <summary>The script of a letter, or null for scripts the detector does not count.</summary>
    private static Script? ScriptOf(char letter) => letter switch
    {
        <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' or >= '\u3130' and <= '\u318F' => Script.Hangul,
        >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Han,
        _ => null,
    };
}
