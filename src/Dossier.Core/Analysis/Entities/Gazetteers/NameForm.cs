using Dossier.Core.Analysis.Tokens;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>Checks that a source name is written the way English news would write it, and tidies its spaces.</summary>
internal static class NameForm
{
    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string Tidy(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Starts with an upper-case letter, and holds only Latin-script letters, spaces and the marks names use
    /// (- ' ’ . &amp;). That keeps "Côte d'Ivoire", "São Tomé" and "St. Helena", and drops other scripts ("中华人民共和国"),
    /// transliteration marks ("Salṭanat ʻUmān"), inverted entries ("Korea, Republic of"), notes in parentheses and
    /// names that start lower-case ("al-Jumhūriyyah ...", "les Escaldes"), which English copy does not use.
    /// </summary>
    public static bool IsEnglishStyle(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || !IsLatinLetter(name[0])) return false;
        foreach (char c in name)
        {
            if (char.IsLetter(c) ? !IsLatinLetter(c) : c is not (' ' or '-' or '\'' or '\u2019' or '.' or '&')) return false;
        }
        return true;
    }

    /// <summary>Basic Latin, Latin-1, Latin Extended-A and -B, and Latin Extended Additional (Vietnamese).</summary>
    private static bool IsLatinLetter(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';

    /// <summary>How many tokens our tokenizer makes of the name.</summary>
    public static int TokenCount(string name) => Tokenizer.Tokenize(name).Count;
}
