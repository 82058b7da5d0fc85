using System.Text;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// Reads the story bodies of the Reuters-21578 SGML files as plain text, one string per story. Only the text
/// inside <c>&lt;BODY&gt;...&lt;/BODY&gt;</c> is kept: titles are all capitals and datelines are place stamps, and
/// both would teach the casing lexicon and the clusterer the wrong thing about ordinary words.
/// </summary>
public static class ReutersCorpus
{
    /// <summary>The corpus files inside its folder.</summary>
    public const string FilePattern = "reut2-*.sgm";

    /// <summary>A body longer than this is not a news story (the longest real one is about 14,000 characters).</summary>
    public const int MaxBodyChars = 200_000;

    private const string BodyOpen = "<BODY>";
    private const string BodyClose = "</BODY>";

    /// <summary>The corpus files of a folder in ordinal order, so every run reads the stories in the same order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">The folder holds no <c>reut2-*.sgm</c> file.</exception>
    public static IReadOnlyList<string> Files(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Reuters-21578 folder not found: {directory}");
        var files = Directory.GetFiles(directory, FilePattern).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
            throw new FileNotFoundException($"no {FilePattern} file in {directory}");
        return files;
    }

    /// <summary>Every story body of every corpus file in the folder.</summary>
    public static IEnumerable<string> ReadDirectory(string directory)
    {
        foreach (var file in Files(directory))
        {
            // The files are ASCII apart from a few stray bytes; Latin-1 reads any byte without failing.
            var sgml = File.ReadAllText(file, Encoding.Latin1);
            foreach (var body in ReadBodies(sgml)) yield return body;
        }
    }

    /// <summary>
    /// The bodies of one SGML file, decoded and unwrapped. A body without its end tag, or one too long, is skipped
    /// rather than run into the next story.
    /// </summary>
    public static IEnumerable<string> ReadBodies(string sgml)
    {
        ArgumentNullException.ThrowIfNull(sgml);
        int at = 0;
        while (true)
        {
            int open = sgml.IndexOf(BodyOpen, at, StringComparison.Ordinal);
            if (open < 0) yield break;
            int start = open + BodyOpen.Length;
            int close = sgml.IndexOf(BodyClose, start, StringComparison.Ordinal);
            if (close < 0) yield break;
            int nextOpen = sgml.IndexOf(BodyOpen, start, close - start, StringComparison.Ordinal);
            if (nextOpen >= 0)
            {
                at = nextOpen; // an unclosed body: resume at the next one
                continue;
            }

            at = close + BodyClose.Length;
            if (close - start > MaxBodyChars) continue;
            var text = Unwrap(Decode(sgml.AsSpan(start, close - start)));
            if (text.Length > 0) yield return text;
        }
    }

    /// <summary>
    /// Replaces the SGML entities the corpus uses: <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c>,
    /// <c>&amp;quot;</c> and numeric ones. Control characters (the wire's <c>&amp;#3;</c> end-of-text marks) become
    /// nothing; an unknown entity stays as written.
    /// </summary>
    public static string Decode(ReadOnlySpan<char> raw)
    {
        var sb = new StringBuilder(raw.Length);
        int i = 0;
        while (i < raw.Length)
        {
            int amp = raw[i..].IndexOf('&');
            if (amp < 0)
            {
                sb.Append(raw[i..]);
                break;
            }

            sb.Append(raw.Slice(i, amp));
            i += amp;
            int semi = raw.Slice(i, Math.Min(10, raw.Length - i)).IndexOf(';');
            if (semi < 0 || !TryDecodeEntity(raw.Slice(i + 1, semi - 1), out var decoded))
            {
                sb.Append('&');
                i++;
                continue;
            }

            if (decoded != '\0') sb.Append(decoded);
            i += semi + 1;
        }

        return sb.ToString();
    }

    /// <summary>The character an entity name stands for; '\0' for a control character to drop.</summary>
    private static bool TryDecodeEntity(ReadOnlySpan<char> name, out char value)
    {
        switch (name)
        {
            case "lt": value = '<'; return true;
            case "gt": value = '>'; return true;
            case "amp": value = '&'; return true;
            case "quot": value = '"'; return true;
        }

        value = '\0';
        if (name.Length < 2 || name[0] != '#' || !int.TryParse(name[1..], System.Globalization.NumberStyles.None, null, out int code)
            || code > 0xFFFF)
            return false;
        char c = (char)code;
        if (!char.IsControl(c) || c is '\n' or '\t') value = c == '\t' ? ' ' : c;
        return true;
    }

    /// <summary>
    /// Joins the wire's hard-wrapped lines into paragraphs, one per line of the result. A paragraph starts on an
    /// indented or blank line; the story's closing "Reuter" sign-off is dropped. Without this the sentence splitter
    /// would end a sentence at every line that breaks before a capital ("since early\nJanuary").
    /// </summary>
    public static string Unwrap(string body)
    {
        var lines = body.Split('\n');
        int last = lines.Length - 1;
        while (last >= 0 && lines[last].AsSpan().Trim().IsEmpty) last--;
        if (last >= 0 && lines[last].AsSpan().Trim() is "Reuter" or "REUTER") last--;

        var sb = new StringBuilder(body.Length);
        bool paragraphOpen = false;
        for (int k = 0; k <= last; k++)
        {
            var line = lines[k].AsSpan();
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                paragraphOpen = false;
                continue;
            }

            bool indented = char.IsWhiteSpace(line[0]);
            if (sb.Length > 0) sb.Append(paragraphOpen && !indented ? ' ' : '\n');
            sb.Append(trimmed);
            paragraphOpen = true;
        }

        return sb.ToString();
    }
}
