namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Recognises Chinese names written in pinyin in the Chinese order, surname first ("Xi Jinping", "He Lifeng"), so that
/// "Xi" alone is matched to the surname and not to the given name. A name is taken as Chinese when its first word is
/// a common Chinese surname and its second spells one to three pinyin syllables; "Robin Xing" is not (its first word is
/// no surname), and keeps the Western order.
/// </summary>
internal static class ChineseNames
{
    private static readonly HashSet<string> Surnames = new(StringComparer.Ordinal)
    {
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng",
        "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu",
        "ding", "ren", "shen", "yao", "jin", "fu", "zhong", "cui", "qian", "kong", "bai", "xing", "xi", "qin", "shi",
        "fan", "fang", "jia", "hou", "meng", "wan", "duan", "lei", "tan", "yi", "wen", "mao", "hao", "kang", "gong",
        "shao", "qiu", "niu", "yan", "xiong", "ji", "gu", "dai", "zou", "tao", "hong", "yin", "chang", "hua", "xue",
        "yue", "zhan", "liao", "lai", "lan", "mo", "ouyang", "sima", "zhuge",
    };

    private static readonly string[] Initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];

    private static readonly HashSet<string> Finals = new(StringComparer.Ordinal)
    {
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
        "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "ueng",
    };

    public static bool IsSurname(string word) => Surnames.Contains(word);

    /// <summary>Whether the normalised words are a two-word Chinese name in the Chinese order.</summary>
    public static bool IsSurnameFirst(IReadOnlyList<string> words) =>
        words.Count == 2 && IsSurname(words[0]) && IsPinyin(words[1], maxSyllables: 3);

    /// <summary>Whether a word (lower case, hyphens and apostrophes allowed between syllables) splits into pinyin syllables.</summary>
    public static bool IsPinyin(string word, int maxSyllables)
    {
        var letters = word.Replace("-", "").Replace("'", "");
        if (letters.Length is 0 or > 18 || !letters.All(c => c is >= 'a' and <= 'z')) return false;
        // Fewest syllables that cover the first i letters; int.MaxValue when none do.
        var best = new int[letters.Length + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            if (best[i] == int.MaxValue) continue;
            for (var length = 1; length <= 6 && i + length <= letters.Length; length++)
            {
                if (IsSyllable(letters.AsSpan(i, length))) best[i + length] = Math.Min(best[i + length], best[i] + 1);
            }
        }
        return best[letters.Length] <= maxSyllables;
    }

    private static bool IsSyllable(ReadOnlySpan<char> s)
    {
        foreach (var initial in Initials)
        {
            if (!s.StartsWith(initial, StringComparison.Ordinal)) continue;
            var final = s[initial.Length..];
            if (final.Length > 0 && Finals.Contains(final.ToString())) return true;
        }
        return false;
    }
}
