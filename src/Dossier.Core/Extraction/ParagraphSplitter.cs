using Dossier.Core.Model;

namespace Dossier.Core.Extraction;

/// <summary>
/// Finds the paragraphs of plain text. Scraped text usually has one paragraph per line; some text is hard-wrapped,
/// with blank lines between paragraphs. The two are told apart by the line lengths, so neither kind loses paragraphs.
/// </summary>
public static class ParagraphSplitter
{
    public static List<TextSpan> Split(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var line = Trim(text, start, i);
            lines.Add(line);
            start = i + 1;
        }

        var paragraphs = new List<TextSpan>();
        if (IsHardWrapped(lines))
        {
            TextSpan? current = null;
            foreach (var line in lines)
            {
                if (line.IsEmpty)
                {
                    if (current is { } done) paragraphs.Add(done);
                    current = null;
                }
                else
                {
                    current = current is { } open ? TextSpan.FromBounds(open.Start, line.End) : line;
                }
            }
            if (current is { } last) paragraphs.Add(last);
        }
        else
        {
            paragraphs.AddRange(lines.Where(l => !l.IsEmpty));
        }
        return paragraphs;
    }

    /// <summary>
    /// Hard-wrapped text has blank lines between paragraphs and most of its lines of similar, moderate length.
    /// One-paragraph-per-line text has long lines of very different lengths.
    /// </summary>
    private static bool IsHardWrapped(List<TextSpan> lines)
    {
        var nonEmpty = lines.Where(l => !l.IsEmpty).ToList();
        if (nonEmpty.Count < 4 || nonEmpty.Count == lines.Count) return false;
        var groupsWithSeveralLines = 0;
        for (var i = 1; i < lines.Count; i++)
            if (!lines[i].IsEmpty && !lines[i - 1].IsEmpty) groupsWithSeveralLines++;
        if (groupsWithSeveralLines * 3 < nonEmpty.Count) return false;
        var moderate = nonEmpty.Count(l => l.Length is >= 30 and <= 100);
        return moderate * 10 >= nonEmpty.Count * 7;
    }

    internal static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
