using Dossier.Core.Analysis.Sentences;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Clusters;

/// <summary>
/// Unlabelled text as sentences of interned word ids, in the order it was added: what the clusterer and the casing
/// lexicon learn from. Documents are split into sentences with our <see cref="SentenceSplitter"/> and into tokens
/// with our <see cref="Tokenizer"/>, so the words are the units the tagger will look up. Words are kept with their
/// case and with digits folded (<see cref="WordForm"/>).
/// </summary>
public sealed class TokenCorpus
{
    /// <summary>Sentences with fewer lower-case letters than this share of their cased letters are headlines or
    /// shouting; their capitals say nothing about the words, so the casing counts skip them.</summary>
    private const double MinLowerShareForCasing = 0.3;

    private readonly SentenceSplitter splitter = new();
    private readonly List<TextSpan> tokenBuffer = [];
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idLookup;
    private readonly List<string> words = [];
    private readonly List<int> counts = [];
    private readonly List<int> casingCounts = [];
    private readonly List<int> stream = [];
    private readonly List<int> sentenceEnds = [];

    /// <summary>Enough for any corpus we cluster (Reuters-21578 and CoNLL are 3 M tokens) while bounding memory
    /// (4 bytes a token here, 8 more while bigrams are counted) and the clusterer's time.</summary>
    public const int DefaultMaxTokens = 50_000_000;

    private readonly int maxTokens;

    public TokenCorpus(int maxTokens = DefaultMaxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        this.maxTokens = maxTokens;
        idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether text was left out because the corpus reached its token limit.</summary>
    public bool Truncated { get; private set; }

    public int DocumentCount { get; private set; }

    public int SentenceCount => sentenceEnds.Count;

    public int TokenCount => stream.Count;

    /// <summary>The distinct word forms (case kept, digits folded), indexed by id.</summary>
    public IReadOnlyList<string> Words => words;

    /// <summary>How often each word occurs.</summary>
    public IReadOnlyList<int> Counts => counts;

    /// <summary>
    /// How often each word occurs where its case is its own: not a capitalised first word of a sentence, and not in
    /// a sentence written mostly in capitals.
    /// </summary>
    public IReadOnlyList<int> CasingCounts => casingCounts;

    /// <summary>Every token's word id, sentence after sentence. Overlong tokens are left out.</summary>
    public ReadOnlySpan<int> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stream);

    /// <summary>Where each sentence ends in <see cref="Tokens"/> (exclusive); a sentence starts where the one before ends.</summary>
    public IReadOnlyList<int> SentenceEnds => sentenceEnds;

    public void AddDocuments(IEnumerable<string> documents)
    {
        foreach (var document in documents) AddDocument(document);
    }

    public void AddDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (stream.Count >= maxTokens)
        {
            Truncated = true;
            return;
        }

        DocumentCount++;
        Span<char> buffer = stackalloc char[WordForm.MaxLength];
        foreach (var sentence in splitter.Split(text, new TextSpan(0, text.Length)))
        {
            tokenBuffer.Clear();
            Tokenizer.Tokenize(text, sentence, tokenBuffer);
            bool casingTrusted = MostlyLowerCase(text, sentence);
            bool first = true;
            foreach (var token in tokenBuffer)
            {
                var word = token.Of(text);
                if (word.Length > WordForm.MaxLength) continue;
                var shape = WordForm.ShapeOf(word);
                // The first word of a sentence is capitalised by rule, not because it is a name.
                bool initialCapital = first && shape == CaseShape.Capitalized;
                if (shape != CaseShape.None) first = false;

                int id = Intern(WordForm.FoldDigits(word, buffer));
                stream.Add(id);
                counts[id]++;
                if (casingTrusted && !initialCapital) casingCounts[id]++;
            }

            if (sentenceEnds.Count == 0 || sentenceEnds[^1] != stream.Count) sentenceEnds.Add(stream.Count);
        }
    }

    private int Intern(ReadOnlySpan<char> word)
    {
        if (idLookup.TryGetValue(word, out int id)) return id;
        id = words.Count;
        var text = word.ToString();
        ids.Add(text, id);
        words.Add(text);
        counts.Add(0);
        casingCounts.Add(0);
        return id;
    }

    private static bool MostlyLowerCase(string text, TextSpan sentence)
    {
        int lower = 0, cased = 0;
        foreach (char c in sentence.Of(text))
        {
            if (char.IsLower(c))
            {
                lower++;
                cased++;
            }
            else if (char.IsUpper(c))
            {
                cased++;
            }
        }

        return cased > 0 && lower >= MinLowerShareForCasing * cased;
    }
}
