using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Learning;
using Dossier.Core.Analysis.Sentences;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>What the attribution features read of one token.</summary>
internal struct AttributionToken
{
    public TextSpan Span;
    public ulong Lower;
    public byte Shape;
    public int Sentence;
    public bool FirstOfSentence;
    public bool LastOfSentence;
    public bool Quoted; // inside quotation marks
    public QuoteMark Mark;
    public float CueRate;
    public ulong Cluster; // word cluster path prefixes (6 and 12 bits) packed, 0 when the word has none
}

internal enum QuoteMark : byte
{
    None,
    Opens,
    Closes,
}

/// <summary>
/// One paragraph (or a piece of an overlong one) as the tagger reads it: tokens with their sentence, whether they stand
/// inside quotation marks, and their cue rate. A paragraph is the unit because content runs on over sentences
/// ("“A. B,” she said") but rarely over paragraphs.
/// </summary>
internal sealed class TokenSequence
{
    // Longer paragraphs are cut at a sentence end so memory and Viterbi time stay bounded.
    public const int MaxTokens = 400;

    private static readonly SentenceSplitter Splitter = new();

    public List<AttributionToken> Tokens { get; } = [];

    /// <summary>The sequences of a paragraph: its tokens, cut at sentence ends into pieces of at most <see cref="MaxTokens"/>.</summary>
    public static IEnumerable<TokenSequence> Of(string text, TextSpan paragraph, CueLexicon cues, WordClusters? clusters)
    {
        var sequence = new TokenSequence();
        var spans = new List<TextSpan>();
        bool quoted = false;
        int sentenceIndex = 0;
        foreach (var sentence in Splitter.Split(text, paragraph))
        {
            spans.Clear();
            Tokenizer.Tokenize(text, sentence, spans);
            if (spans.Count == 0) continue;
            if (sequence.Tokens.Count > 0 && sequence.Tokens.Count + spans.Count > MaxTokens)
            {
                yield return sequence;
                sequence = new TokenSequence();
            }
            // A sentence longer than the cap on its own is cut too; its pieces lose only the words across the cut.
            for (int i = 0; i < spans.Count; i++)
            {
                if (sequence.Tokens.Count == MaxTokens)
                {
                    yield return sequence;
                    sequence = new TokenSequence();
                }
                var word = spans[i].Of(text);
                var mark = MarkOf(word, quoted);
                if (mark == QuoteMark.Opens) quoted = true;
                var lower = FeatureHash.OfLower(word);
                sequence.Tokens.Add(new AttributionToken
                {
                    Span = spans[i],
                    Lower = lower,
                    Shape = ShapeOf(word),
                    Sentence = sentenceIndex,
                    FirstOfSentence = i == 0,
                    LastOfSentence = i == spans.Count - 1,
                    Quoted = quoted || mark == QuoteMark.Closes,
                    Mark = mark,
                    CueRate = cues.RateOf(lower),
                    Cluster = clusters is not null && clusters.TryGet(word, out var path) ? (ulong)path.PrefixId(6) << 32 | (uint)path.PrefixId(12) : 0,
                });
                if (mark == QuoteMark.Closes) quoted = false;
            }
            sentenceIndex++;
        }
        if (sequence.Tokens.Count > 0) yield return sequence;
    }

    private static QuoteMark MarkOf(ReadOnlySpan<char> word, bool quoted) => word switch
    {
        "“" or "``" or "«" or "„" => QuoteMark.Opens,
        "”" or "''" or "»" => QuoteMark.Closes,
        "\"" => quoted ? QuoteMark.Closes : QuoteMark.Opens,
        _ => QuoteMark.None,
    };

    /// <summary>A coarse shape: capitalised, all capitals, lower case, digits, quotation mark, and the punctuation that shapes attributions.</summary>
    private static byte ShapeOf(ReadOnlySpan<char> word)
    {
        char c = word[0];
        if (char.IsUpper(c))
        {
            foreach (char d in word) if (char.IsLower(d)) return 1;
            return word.Length > 1 ? (byte)2 : (byte)1;
        }
        if (char.IsLower(c)) return 3;
        if (char.IsDigit(c)) return 4;
        return c switch
        {
            '"' or '“' or '”' or '\'' or '‘' or '’' or '`' => 5,
            ',' => 6,
            ':' => 7,
            '—' or '–' or '-' or '―' => 8,
            '.' or '!' or '?' => 9,
            _ => 10,
        };
    }
}
