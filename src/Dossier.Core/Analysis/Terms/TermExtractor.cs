namespace Dossier.Core.Analysis.Terms;

/// <summary>
/// Turns text into comparable content terms: lower-cased, stop words dropped, plural and verb endings folded.
/// Used wherever two pieces of text are compared for topic (block relatedness, story grouping, summary selection).
/// </summary>
public static class TermExtractor
{
    /// <summary>Adds the content terms of <paramref name="text"/> to <paramref name="terms"/>. Proper nouns (capitalised words not at a sentence start) are reported through <paramref name="properNouns"/> when given.</summary>
    public static void Collect(ReadOnlySpan<char> text, ICollection<string> terms, ICollection<string>? properNouns = null)
    {
        var i = 0;
        var atSentenceStart = true;
        Span<char> buffer = stackalloc char[48];
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“') atSentenceStart = true;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsInnerJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                i++;
            var word = text[start..i];
            var capitalised = char.IsUpper(word[0]);
            var sentenceStart = atSentenceStart;
            atSentenceStart = false;
            if (word.Length > buffer.Length) continue;

            var length = Normalise(word, buffer);
            var normalised = buffer[..length];
            if (length < 2 || StopWords.Contains(normalised)) continue;
            var term = Stem(normalised);
            terms.Add(term);
            if (properNouns is not null && capitalised && !sentenceStart && !char.IsDigit(word[0]))
                properNouns.Add(term);
        }
    }

    public static HashSet<string> TermSet(ReadOnlySpan<char> text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        Collect(text, set);
        return set;
    }

    private static bool IsInnerJoiner(char c) => c is '\'' or '’' or '-' or '.';

    private static int Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            // Possessive "'s" says nothing about the topic; dots come from "U.S.": keep letters only.
            if (c is '\'' or '’')
            {
                if (k == word.Length - 2 && (word[k + 1] is 's' or 'S')) break;
                continue;
            }
            if (c == '.') continue;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        return n;
    }

    /// <summary>A deliberately light stemmer: folds the endings that most often split one news term in two.</summary>
    internal static string Stem(ReadOnlySpan<char> w)
    {
        if (w.Length > 4 && w.EndsWith("ies")) return string.Concat(w[..^3], "y");
        if (w.Length > 5 && w.EndsWith("ing")) return new string(w[..^3]);
        if (w.Length > 4 && w.EndsWith("ed") && !w.EndsWith("eed")) return new string(w[..^2]);
        if (w.Length > 4 && (w.EndsWith("sses") || w.EndsWith("shes") || w.EndsWith("ches") || w.EndsWith("xes"))) return new string(w[..^2]);
        if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i')) return new string(w[..^1]);
        return new string(w);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = new HashSet<string>(
        """
        a about above after again against all almost also although am among an and another any are aren't around as at
        be because been before being below between both but by can could did do does doing done down during each either
        else even ever every few for from further had has have having he her here hers herself him himself his how however
        i if in into is it its itself just least less like made make many may me might more most much must my myself
        near neither no nor not now of off often on once one only or other others our ours ourselves out over own per
        quite rather said same say says she should since so some such than that the their theirs them themselves then
        there these they this those though through thus to too toward towards under until up upon us very was we were
        what when where whether which while who whom whose why will with within without would yet you your yours
        yourself also told according new
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
