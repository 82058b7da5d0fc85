namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// Reads only the words of a CoNLL-2003 file (its first column), so the training text can join the unlabelled
/// clustering corpus. The tags are ignored. Each document comes back as one string with a sentence per line and
/// the tokens separated by spaces, which our tokenizer splits back into the same tokens.
/// </summary>
public static class ConllText
{
    private const string DocumentStart = "-DOCSTART-";

    /// <summary>Lines longer than this are not CoNLL token lines; they are skipped.</summary>
    public const int MaxLineChars = 10_000;

    /// <summary>The documents of a CoNLL file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IEnumerable<string> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        return ReadFileLazily(path);
    }

    private static IEnumerable<string> ReadFileLazily(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var document in ReadDocuments(reader)) yield return document;
    }

    /// <summary>
    /// The documents of CoNLL text: <c>-DOCSTART-</c> lines separate documents, blank lines separate sentences,
    /// and every other line starts with a token.
    /// </summary>
    public static IEnumerable<string> ReadDocuments(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var document = new System.Text.StringBuilder();
        bool sentenceOpen = false;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > MaxLineChars) continue;
            var span = line.AsSpan().TrimStart();
            int space = span.IndexOfAny(' ', '\t');
            var token = space < 0 ? span.TrimEnd() : span[..space];
            if (token.IsEmpty)
            {
                sentenceOpen = false;
                continue;
            }

            if (token.SequenceEqual(DocumentStart))
            {
                if (document.Length > 0) yield return document.ToString();
                document.Clear();
                sentenceOpen = false;
                continue;
            }

            if (document.Length > 0) document.Append(sentenceOpen ? ' ' : '\n');
            document.Append(token);
            sentenceOpen = true;
        }

        if (document.Length > 0) yield return document.ToString();
    }
}
