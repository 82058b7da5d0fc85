using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// The tokens of one sentence, cut finer where figures hide inside a token: the tokenizer keeps "90-minute", "10-20",
/// "$10B" parts and "twenty-five" whole, but a figure reader needs "90|-|minute", "10|-|20", "10|B" and
/// "twenty|-|five". Tokens with a hyphen are cut at it; parts holding a digit are cut into digit runs (with their
/// inner "," and "."), letter runs and single other characters. Every piece is a span of the text.
/// </summary>
internal sealed class Pieces
{
    private readonly List<TextSpan> tokens = [];

    public Pieces(string text) => Text = text;

    public string Text { get; }

    public List<TextSpan> Items { get; } = [];

    public int Count => Items.Count;

    public TextSpan this[int i] => Items[i];

    public ReadOnlySpan<char> Of(int i) => Items[i].Of(Text);

    /// <summary>Fills the pieces of one sentence (replacing the previous sentence's).</summary>
    public void Load(TextSpan sentence)
    {
        Items.Clear();
        tokens.Clear();
        Tokenizer.Tokenize(Text, sentence, tokens);
        foreach (var token in tokens) Cut(token);
    }

    private void Cut(TextSpan token)
    {
        var s = token.Of(Text);
        if (s.Length == 1 || (s.IndexOfAnyInRange('0', '9') < 0 && s.IndexOfAny('-', '\u2013', '/') < 0))
        {
            Items.Add(token);
            return;
        }
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int end;
            if (char.IsAsciiDigit(c))
            {
                end = i + 1;
                while (end < s.Length && (char.IsAsciiDigit(s[end])
                    || (s[end] is ',' or '.' && end + 1 < s.Length && char.IsAsciiDigit(s[end + 1])))) end++;
            }
            else if (char.IsLetter(c))
            {
                end = i + 1;
                // A hyphen-free part with no digit stays whole ("U.S." in "U.S.-based").
                while (end < s.Length && (char.IsLetter(s[end]) || s[end] is '.' or '\'' or '\u2019')) end++;
                while (end > i + 1 && s[end - 1] is '\'' or '\u2019') end--;
            }
            else end = i + 1;
            Items.Add(new TextSpan(token.Start + i, end - i));
            i = end;
        }
    }

    /// <summary>True when piece i+1 starts right where piece i ends (no space between).</summary>
    public bool Joined(int i) => i >= 0 && i + 1 < Items.Count && Items[i].End == Items[i + 1].Start;

    public bool Is(int i, string word) => i >= 0 && i < Items.Count && Of(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsDigits(int i) => i >= 0 && i < Items.Count && char.IsAsciiDigit(Text[Items[i].Start]);

    public bool IsDash(int i) => i >= 0 && i < Items.Count && Items[i].Length == 1 && Text[Items[i].Start] is '-' or '\u2013' or '\u2014' or '\u2010' or '\u2011';

    public bool IsWord(int i) => i >= 0 && i < Items.Count && char.IsLetter(Text[Items[i].Start]);

    public bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(Text[Items[i].Start]);

    public TextSpan Between(int first, int last) => TextSpan.FromBounds(Items[first].Start, Items[last].End);
}
