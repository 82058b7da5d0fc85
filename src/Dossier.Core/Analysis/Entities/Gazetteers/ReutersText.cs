using System.Text;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// The story bodies of the Reuters-21578 SGML files (reut2-*.sgm): the text between &lt;BODY&gt; and &lt;/BODY&gt;,
/// with the few character references the files use decoded. Titles are left out: they are all caps.
/// </summary>
internal static class ReutersText
{
    /// <summary>A file larger than this is not a Reuters-21578 file (each is about 1.3 MB).</summary>
    private const long MaxFileBytes = 64 << 20;

    /// <summary>The .sgm files of the folder in ordinal order, so counts never depend on the file system's order.</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        if (!Directory.Exists(folder)) throw new GazetteerDataException($"no Reuters corpus folder at '{folder}'");
        var files = Directory.GetFiles(folder, "*.sgm").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new GazetteerDataException($"no .sgm files in '{folder}' (expected the Reuters-21578 reut2-*.sgm files)");
        return files;
    }

    public static IEnumerable<string> Bodies(string file)
    {
        if (new FileInfo(file).Length > MaxFileBytes) throw new GazetteerDataException($"'{file}' is larger than {MaxFileBytes >> 20} MB; not a Reuters-21578 file");
        // The files are ASCII with a few stray Latin-1 bytes; Latin-1 reads every byte as one character.
        var sgml = File.ReadAllText(file, Encoding.Latin1);
        for (int at = 0; ;)
        {
            int open = sgml.IndexOf("<BODY>", at, StringComparison.Ordinal);
            if (open < 0) yield break;
            open += "<BODY>".Length;
            int close = sgml.IndexOf("</BODY>", open, StringComparison.Ordinal);
            if (close < 0) yield break;
            yield return Decode(sgml.AsSpan(open, close - open));
            at = close;
        }
    }

    /// <summary>&amp;lt; &amp;gt; &amp;amp; and numeric references (control characters become spaces).</summary>
    private static string Decode(ReadOnlySpan<char> body)
    {
        var text = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '&')
            {
                int semicolon = body[i..].IndexOf(';');
                if (semicolon > 1 && semicolon <= 6)
                {
                    var name = body.Slice(i + 1, semicolon - 1);
                    char? decoded = name switch
                    {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        _ when name[0] == '#' && int.TryParse(name[1..], out int code) && code is > 0 and < 0x10000 =>
                            char.IsControl((char)code) ? ' ' : (char)code,
                        _ => null,
                    };
                    if (decoded is char d)
                    {
                        text.Append(d);
                        i += semicolon;
                        continue;
                    }
                }
            }
            text.Append(c);
        }
        return text.ToString();
    }
}
