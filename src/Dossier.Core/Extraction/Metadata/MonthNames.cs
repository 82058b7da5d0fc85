using System.Text;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Month names in the languages whose written dates share the Latin script: English, French, German, Spanish,
/// Portuguese, Italian and Dutch. A word is a month when it is the start (three letters or more) of a month name and
/// every name it starts means the same month: "Sept", "März", "déc", "agosto" are months, "jui" (juin or juillet) is not.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] Names =
    [
        ["january", "janvier", "januar", "enero", "janeiro", "gennaio", "januari"],
        ["february", "fevrier", "februar", "febrero", "fevereiro", "febbraio", "februari"],
        ["march", "mars", "marz", "maerz", "marzo", "marco", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio", "mei"],
        ["june", "juin", "juni", "junio", "junho", "giugno"],
        ["july", "juillet", "juli", "julio", "julho", "luglio"],
        ["august", "aout", "agosto", "augustus"],
        ["september", "septembre", "septiembre", "setembro", "settembre", "setiembre"],
        ["october", "octobre", "oktober", "octubre", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "decembre", "dezember", "diciembre", "dezembro", "dicembre"],
    ];

    /// <summary>The month (1 to 12) a word names, or null.</summary>
    public static int? Of(string word)
    {
        var folded = Fold(word);
        if (folded.Length < 3) return null;
        int? found = null;
        for (var month = 0; month < Names.Length; month++)
        {
            foreach (var name in Names[month])
            {
                if (!name.StartsWith(folded, StringComparison.Ordinal)) continue;
                if (found is not null && found != month + 1) return null;
                found = month + 1;
            }
        }
        return found;
    }

    /// <summary>Lower case without accents, so that "Décembre", "DECEMBRE" and "décembre" are one word.</summary>
    private static string Fold(string word)
    {
        // A table rather than Unicode decomposition: Dossier runs with invariant globalization, where
        // string.Normalize leaves accented letters as they are.
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant())
        {
            sb.Append(c switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
                'ç' => 'c',
                'è' or 'é' or 'ê' or 'ë' => 'e',
                'ì' or 'í' or 'î' or 'ï' => 'i',
                'ñ' => 'n',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
                'ù' or 'ú' or 'û' or 'ü' => 'u',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
