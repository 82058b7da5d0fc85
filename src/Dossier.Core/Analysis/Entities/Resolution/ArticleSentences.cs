using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>The tokens of one sentence, each word also normalised (<see cref="NameText.Normalize"/>) for the word lists.</summary>
internal sealed record SentenceTokens(string Text, List<TextSpan> Spans, string[] Words)
{
    public int Count => Spans.Count;

    public ReadOnlySpan<char> Raw(int k) => Spans[k].Of(Text);

    /// <summary>The first token that ends after <paramref name="position"/> (the count when none does).</summary>
    public int FirstEndingAfter(int position)
    {
        int lo = 0, hi = Spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Spans[mid].End <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

/// <summary>
/// An article's sentences in text order and their tokens, each sentence tokenized once, when first asked: mention repair
/// and role finding both read the sentences around names, and share one of these per article.
/// </summary>
internal sealed class ArticleSentences(Article article)
{
    private readonly List<TextSpan> _sentences =
        article.Sentences.Select(s => s.Span).Where(s => s.IsWithin(article.Text.Length)).OrderBy(s => s.Start).ToList();

    private readonly Dictionary<int, SentenceTokens> _tokens = [];

    public Article Article => article;

    public TextSpan this[int sentence] => _sentences[sentence];

    /// <summary>The sentence that holds <paramref name="span"/> whole, or −1.</summary>
    public int SentenceOf(TextSpan span)
    {
        int lo = 0, hi = _sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= span.Start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && _sentences[found].Contains(span) ? found : -1;
    }

    public SentenceTokens Tokens(int sentence)
    {
        if (_tokens.TryGetValue(sentence, out var cached)) return cached;
        var spans = new List<TextSpan>();
        Tokenizer.Tokenize(article.Text, _sentences[sentence], spans);
        var words = spans.Select(s => NameText.Normalize(s.Of(article.Text))).ToArray();
        return _tokens[sentence] = new SentenceTokens(article.Text, spans, words);
    }
}
