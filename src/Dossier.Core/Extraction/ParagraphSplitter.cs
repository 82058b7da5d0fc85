using Dossier.Core.Model;

namespace Dossier.Core.Extraction;

/// <summary>
/// Finds the paragraphs of plain text. Scraped text usually has one paragraph per line; some text is hard-wrapped,
/// with blank lines between paragraphs. The two are told apart by how lines group and how long they are, so neither
/// kind loses paragraphs, and a sentence wrapped onto a second line is never split into two blocks.
/// </summary>
public static class ParagraphSplitter
{
    public static List<TextSpan> Split(string text)
    {
        var groups = new List<List<TextSpan>>();
        var current = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = Trim(text, start, i);
            start = i + 1;
            if (!line.IsEmpty)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                groups.Add(current);
                current = [];
            }
        }
        if (current.Count > 0) groups.Add(current);

        if (IsHardWrapped(groups))
            return groups.Select(g => TextSpan.FromBounds(g[0].Start, g[^1].End)).ToList();

        var paragraphs = new List<TextSpan>();
        foreach (var line in groups.SelectMany(g => g))
        {
            if (paragraphs.Count > 0 && ContinuesSentence(text, paragraphs[^1], line))
                paragraphs[^1] = TextSpan.FromBounds(paragraphs[^1].Start, line.End);
            else
                paragraphs.Add(line);
        }
        return paragraphs;
    }

    /// <summary>
    /// Hard-wrapped text has several groups of lines between blank lines, most groups of several lines, and most
    /// lines of moderate length. One-paragraph-per-line text has one-line groups, or one group of long, uneven lines.
    /// </summary>
    private static bool IsHardWrapped(List<List<TextSpan>> groups)
    {
        if (groups.Count < 2) return false;
        if (groups.Count(g => g.Count > 1) * 2 < groups.Count) return false;
        var lines = groups.SelectMany(g => g).ToList();
        return lines.Count(l => l.Length is >= 30 and <= 100) * 10 >= lines.Count * 7;
    }

    /// <summary>A line without closing punctuation followed by one that starts in lower case is one sentence wrapped.</summary>
    private static bool ContinuesSentence(string text, TextSpan previous, TextSpan line)
    {
        var last = text[previous.End - 1];
        return char.IsLower(text[line.Start]) && last is not ('.' or '!' or '?' or ':' or '"' or '”' or ')');
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
