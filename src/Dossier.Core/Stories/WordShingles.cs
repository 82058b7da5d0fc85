using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Stories;

/// <summary>
/// The distinct word shingles (runs of <see cref="Size"/> consecutive words) of a text, as 64-bit hashes. Words are
/// runs of letters and digits, lower-cased; everything else is a separator, so the punctuation, quote marks and
/// apostrophes that syndication rewrites ("Trump's" / "Trump’s", "--" / "—") do not change a shingle. Text may come
/// in several pieces (an article's body blocks): the window runs on across them, as if they were one text. Reused
/// from article to article, so it allocates nothing once its set has grown; not thread-safe.
/// </summary>
internal sealed class WordShingles
{
    /// <summary>
    /// Three words: one edited word breaks only three shingles, so a lightly edited copy keeps most of them, while
    /// two articles written apart share few three-word runs beyond set phrases ("the company said") and short quotes.
    /// </summary>
    public const int Size = 3;

    /// <summary>Words read per text at most: a wire copy is recognised well before this, and a huge input costs no more.</summary>
    public const int MaxWords = 20_000;

    private readonly HashSet<ulong> _shingles = [];
    private ulong _previous2;
    private ulong _previous1;
    private int _words;

    public HashSet<ulong> Set => _shingles;

    public int Count => _shingles.Count;

    public void Reset()
    {
        _shingles.Clear();
        _previous1 = _previous2 = 0;
        _words = 0;
    }

    /// <summary>Adds the shingles of the next piece of the text.</summary>
    public void Feed(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && _words < MaxWords)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            Word(FeatureHash.OfLower(text[start..i]));
        }
    }

    private void Word(ulong word)
    {
        _words++;
        if (_words >= Size) _shingles.Add(FeatureHash.Key(Size, _previous2, _previous1, word));
        _previous2 = _previous1;
        _previous1 = word;
    }
}
