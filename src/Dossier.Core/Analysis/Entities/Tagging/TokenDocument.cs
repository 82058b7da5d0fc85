using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// A text cut into tokens and sentences: what the tagger reads. One per article (or CoNLL document), because the
/// tagger remembers what it decided earlier in the same document.
/// </summary>
public sealed class TokenDocument
{
    public TokenDocument(string text, IReadOnlyList<TextSpan> tokens, IReadOnlyList<Range> sentences)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Tokens { get; }

    /// <summary>Each sentence as a range of token indexes.</summary>
    public IReadOnlyList<Range> Sentences { get; }

    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Of(Text);

    /// <summary>
    /// The longest token sentence: a longer "sentence" (a table or a list run together) is tagged in pieces of this
    /// size, so the tagger's per-sentence buffers stay small whatever the input.
    /// </summary>
    public const int MaxSentenceTokens = 256;

    /// <summary>The tokens of the given sentence spans of <paramref name="text"/>, one token sentence per span.</summary>
    public static TokenDocument FromSentences(string text, IReadOnlyList<TextSpan> sentences)
    {
        var tokens = new List<TextSpan>();
        var ranges = new List<Range>(sentences.Count);
        foreach (var sentence in sentences)
        {
            int first = tokens.Count;
            Analysis.Tokens.Tokenizer.Tokenize(text, sentence, tokens);
            for (int start = first; start < tokens.Count; start += MaxSentenceTokens)
            {
                ranges.Add(start..Math.Min(tokens.Count, start + MaxSentenceTokens));
            }
        }
        return new TokenDocument(text, tokens, ranges);
    }

    /// <summary>A document of given words, one space between words and a line break between sentences.</summary>
    public static TokenDocument FromWords(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<TextSpan>();
        var ranges = new List<Range>();
        foreach (var words in sentences)
        {
            int first = tokens.Count;
            foreach (var word in words)
            {
                if (text.Length > 0) text.Append(tokens.Count == first ? '\n' : ' ');
                tokens.Add(new TextSpan(text.Length, word.Length));
                text.Append(word);
            }
            if (tokens.Count > first) ranges.Add(first..tokens.Count);
        }
        return new TokenDocument(text.ToString(), tokens, ranges);
    }
}
