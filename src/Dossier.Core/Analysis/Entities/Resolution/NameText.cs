using System.Text;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// A mention cleaned down to the name it holds: its span without a leading "the", a possessive "'s", surrounding
/// punctuation or (for people) the titles and honorifics a tagger may have taken in ("President Donald Trump" gives
/// "Donald Trump"), the name as written with white space collapsed, and its words normalised for comparison.
/// </summary>
internal sealed record NameForm(TextSpan Span, string Text, string[] Words, bool HadArticle = false)
{
    /// <summary>The words joined by spaces: what two mentions must share to be "the same string".</summary>
    public string Key { get; } = string.Join(' ', Words);
}

internal static class NameText
{
    /// <summary>Names longer than this are not names (a tagger gone astray); they are left out of resolution.</summary>
    public const int MaxNameChars = 160;

    public const int MaxNameTokens = 12;

    /// <summary>
    /// Words a tagger may mark that name nobody on their own: pronouns and articles. "He" at the start of a sentence
    /// must not become the surname of He Lifeng.
    /// </summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "we", "i", "you", "him", "her", "his", "hers", "its", "their", "them", "the", "a", "an",
        "this", "that", "these", "those",
    };

    /// <summary>The comparable form of one token: lower case, full stops dropped ("U.S." and "US" agree), curly apostrophes straight.</summary>
    public static string Normalize(ReadOnlySpan<char> token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (c == '.') continue;
            sb.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Whether a token starts with a letter or digit (a word, not punctuation or a clitic).</summary>
    public static bool IsWord(ReadOnlySpan<char> token) => token.Length > 0 && (char.IsLetterOrDigit(token[0]) || char.IsSurrogate(token[0]));

    public static bool IsCapitalized(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    /// <summary>"'s", "’s" or a lone apostrophe after a plural ("the Smiths' car").</summary>
    public static bool IsPossessive(ReadOnlySpan<char> token) =>
        token is "'s" or "\u2019s" or "'S" or "\u2019S" or "'" or "\u2019";

    /// <summary>The cleaned name of a mention, or null when nothing name-like is left.</summary>
    public static NameForm? Clean(string text, TextSpan mention, EntityType type)
    {
        if (!mention.IsWithin(text.Length) || mention.IsEmpty || mention.Length > MaxNameChars) return null;
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, mention, tokens);
        int first = 0, last = tokens.Count - 1;
        while (first <= last && !IsWord(tokens[first].Of(text))) first++;
        while (last >= first && !IsWord(tokens[last].Of(text))) last--;
        if (first > last || last - first + 1 > MaxNameTokens) return null;

        // Leading words that are not part of the name: "the" before any name, titles and honorifics before a person's.
        var stripping = false;
        var hadArticle = false;
        while (first < last)
        {
            var word = Normalize(tokens[first].Of(text));
            var strip = word == "the" || (type == EntityType.Person && (TitleWords.IsTitlePart(word) || TitleWords.IsHonorific(word)
                || PlaceNames.IsPlaceWord(word) || (stripping && word is "of" or "for")));
            if (!strip) break;
            hadArticle |= word == "the" && !stripping;
            stripping = true;
            first++;
            while (first < last && !IsWord(tokens[first].Of(text))) first++;
        }

        var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        var words = new List<string>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var token = tokens[i].Of(text);
            if (IsPossessive(token)) continue;
            words.Add(Normalize(token));
        }
        if (words.Count == 1 && NotNames.Contains(words[0])) return null;
        return new NameForm(span, Collapse(span.Of(text)), [.. words], hadArticle);
    }

    /// <summary>
    /// The normalised words of a name written in a word list (outlets, places), made by the same tokenizer and rules as
    /// the words of a mention, so that the two always compare alike.
    /// </summary>
    public static string[] WordsOf(string name)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(name))
        {
            var part = token.Of(name);
            if (!IsPossessive(part)) words.Add(Normalize(part));
        }
        return [.. words];
    }

    public static string KeyOf(string name) => string.Join(' ', WordsOf(name));

    /// <summary>Text with every run of white space made one space, for showing a name or role on one line.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
