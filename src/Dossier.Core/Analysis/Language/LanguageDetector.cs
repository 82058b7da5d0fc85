using System.Globalization;
using System.Text;

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
    // Enough text to be sure; reading more only costs time.
    private const int MaxChars = 20_000;
    private const int MinLetters = 12;

    private static readonly Dictionary<string, List<(string Tag, double Weight)>> LatinWords = Index(LanguageProfiles.Latin);
    private static readonly Dictionary<string, List<(string Tag, double Weight)>> CyrillicWords = Index(LanguageProfiles.Cyrillic);

    /// <summary>The language of the text, or null when there is too little text to tell or it is no language the detector knows.</summary>
    public static LanguageGuess? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > MaxChars) text = text[..MaxChars];
        var (scripts, persianLetters) = CountScripts(text);
        var letters = scripts.Values.Sum();
        if (letters < MinLetters) return null;
        // One Han, kana or hangul character carries about what a whole Latin word does: weigh them so, or a Chinese
        // page quoting some English would count as English.
        var weighted = scripts.ToDictionary(s => s.Key, s => s.Key is Script.Han or Script.Kana or Script.Hangul ? 4.0 * s.Value : s.Value);
        var (script, weight) = weighted.MaxBy(s => s.Value);
        var count = scripts[script];
        var share = weight / weighted.Values.Sum();

        switch (script)
        {
            case Script.Han or Script.Kana:
                var han = scripts.GetValueOrDefault(Script.Han);
                var kana = scripts.GetValueOrDefault(Script.Kana);
                // Japanese mixes kana into Han text on every line; Chinese has none.
                return kana >= 0.1 * (han + kana) ? new LanguageGuess("ja", Sure(share)) : new LanguageGuess("zh", Sure(share));
            case Script.Hangul: return new LanguageGuess("ko", Sure(share));
            case Script.Greek: return new LanguageGuess("el", Sure(share));
            case Script.Hebrew: return new LanguageGuess("he", Sure(share));
            case Script.Thai: return new LanguageGuess("th", Sure(share));
            case Script.Devanagari: return new LanguageGuess("hi", Sure(share) * 0.9);
            case Script.Arabic:
                return new LanguageGuess(persianLetters >= 0.01 * count ? "fa" : "ar", Sure(share) * 0.9);
            case Script.Cyrillic: return ByWords(text, CyrillicWords, share);
            case Script.Latin: return ByWords(text, LatinWords, share);
            default: return null;
        }
    }

    /// <summary>A script-only decision: as sure as the script is dominant.</summary>
    private static double Sure(double share) => Math.Round(Math.Clamp(share, 0, 0.99), 2);

    private static LanguageGuess? ByWords(string text, Dictionary<string, List<(string Tag, double Weight)>> profiles, double scriptShare)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        foreach (var word in Words(text))
        {
            words++;
            if (!profiles.TryGetValue(word, out var languages)) continue;
            foreach (var (tag, weight) in languages)
            {
                scores[tag] = scores.GetValueOrDefault(tag) + weight;
                hits[tag] = hits.GetValueOrDefault(tag) + 1;
            }
        }
        if (scores.Count == 0) return null;
        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        var lead = (best.Value - second) / best.Value;
        // Function words are a third of running text; far fewer means lists, names or another language we lack.
        var coverage = Math.Min(1, (double)hits[best.Key] / Math.Max(1, words) / 0.2);
        var amount = Math.Min(1, hits[best.Key] / 8.0);
        var confidence = (0.35 + 0.65 * lead) * coverage * amount * Math.Min(1, scriptShare / 0.8);
        return new LanguageGuess(best.Key, Math.Round(Math.Clamp(confidence, 0, 0.99), 2));
    }

    private static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static Dictionary<string, List<(string Tag, double Weight)>> Index((string Tag, string Words)[] profiles)
    {
        var byWord = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (tag, words) in profiles)
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byWord.TryGetValue(word, out var tags)) byWord[word] = tags = [];
                tags.Add(tag);
            }
        return byWord.ToDictionary(p => p.Key, p => p.Value.Select(t => (t, 1.0 / p.Value.Count)).ToList(), StringComparer.Ordinal);
    }

    private enum Script : byte { Latin, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, Hangul, Kana, Han }

    /// <summary>Letters per script, and apart from them the letters Persian writes and Arabic lacks (پ چ ژ گ).</summary>
    private static (Dictionary<Script, int> Counts, int PersianLetters) CountScripts(string text)
    {
        var counts = new Dictionary<Script, int>();
        var persian = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            Script? script = c switch
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
            if (script is not { } s) continue;
            counts[s] = counts.GetValueOrDefault(s) + 1;
            if (s == Script.Arabic && c is '\u067E' or '\u0686' or '\u0698' or '\u06AF') persian++;
        }
        return (counts, persian);
    }
}
