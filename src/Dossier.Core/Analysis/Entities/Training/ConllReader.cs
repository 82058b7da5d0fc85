using Dossier.Core.Analysis.Entities.Tagging;

namespace Dossier.Core.Analysis.Entities.Training;

/// <summary>One document of a CoNLL-2003 file: its words as a <see cref="TokenDocument"/> and the gold tag of each word.</summary>
public sealed record ConllDocument(TokenDocument Document, IReadOnlyList<string> GoldTags)
{
    /// <summary>The gold names of each sentence as token ranges (end exclusive) within the sentence.</summary>
    public List<(int Start, int End, EntityType Type)> GoldNames(Range sentence)
    {
        var (start, end) = (sentence.Start.Value, sentence.End.Value);
        return ConllTags.Chunks(GoldTags, start, end);
    }
}

/// <summary>
/// Reads CoNLL-2003 files: one word a line with its tags in columns (the entity tag last), a blank line between
/// sentences, "-DOCSTART-" lines between documents.
/// </summary>
public static class ConllReader
{
    /// <exception cref="InvalidDataException">A line has no tag column, with its line number.</exception>
    public static List<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<List<string>>();
        var tags = new List<string>();
        var words = new List<string>();
        int lineNumber = 0;

        void EndSentence()
        {
            if (words.Count > 0) sentences.Add(words);
            words = [];
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument(TokenDocument.FromWords(sentences), tags));
            sentences = [];
            tags = [];
        }

        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty)
            {
                EndSentence();
                continue;
            }
            if (line.StartsWith("-DOCSTART-"))
            {
                EndDocument();
                continue;
            }
            int firstSpace = line.IndexOfAny(' ', '\t');
            int lastSpace = line.LastIndexOfAny(' ', '\t');
            if (firstSpace <= 0) throw new InvalidDataException($"{path}:{lineNumber}: expected a word and its tags");
            var tag = line[(lastSpace + 1)..].ToString();
            if (!ConllTags.IsValid(tag)) throw new InvalidDataException($"{path}:{lineNumber}: '{tag}' is not an entity tag (O, I-PER, B-LOC, ...)");
            words.Add(line[..firstSpace].ToString());
            tags.Add(tag);
        }
        EndDocument();
        return documents;
    }
}

/// <summary>CoNLL entity tags (IOB1 or IOB2) and names, as conlleval reads them.</summary>
public static class ConllTags
{
    public static bool IsValid(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' && EntityTypes.TryParseTag(tag.AsSpan(2), out _));

    /// <summary>
    /// The names in tags[start..end): a name starts at a B- tag or at an I- tag whose type differs from the word before,
    /// and runs while I- tags of its type follow (conlleval's reading, which covers IOB1 and IOB2).
    /// </summary>
    public static List<(int Start, int End, EntityType Type)> Chunks(IReadOnlyList<string> tags, int start, int end)
    {
        var names = new List<(int, int, EntityType)>();
        int open = -1;
        EntityType openType = default;
        for (int i = start; i < end; i++)
        {
            var tag = tags[i];
            bool isName = tag != "O";
            EntityType type = default;
            if (isName) EntityTypes.TryParseTag(tag.AsSpan(2), out type);
            bool continues = isName && open >= 0 && tag[0] == 'I' && type == openType;
            if (open >= 0 && !continues)
            {
                names.Add((open - start, i - start, openType));
                open = -1;
            }
            if (isName && !continues)
            {
                open = i;
                openType = type;
            }
        }
        if (open >= 0) names.Add((open - start, end - start, openType));
        return names;
    }

    /// <summary>IOB1 tags for names in a sentence of <paramref name="length"/> words, as CoNLL-2003 writes them.</summary>
    public static string[] ToIob1(IReadOnlyList<(int Start, int End, EntityType Type)> names, int length)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        int previousEnd = -1;
        EntityType previousType = default;
        foreach (var (start, end, type) in names.OrderBy(n => n.Start))
        {
            for (int i = start; i < end; i++) tags[i] = "I-" + type.Tag();
            // B- only where a name directly follows another of the same type.
            if (start == previousEnd && type == previousType) tags[start] = "B-" + type.Tag();
            previousEnd = end;
            previousType = type;
        }
        return tags;
    }
}
