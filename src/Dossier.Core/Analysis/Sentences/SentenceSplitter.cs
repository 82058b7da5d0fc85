using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Sentences;

/// <summary>
/// Splits a range of text into sentence spans with rules tuned for English news copy. One forward pass, no regex,
/// no allocation besides the result list.
/// </summary>
public sealed class SentenceSplitter
{
    // Longest word before a full stop that can still be an abbreviation ("U.S.A", "Sept"); longer words are ordinary.
    private const int MaxAbbreviationLength = 8;

    private enum Abbreviation
    {
        None,
        Never,
        Weak,
    }

    /// <summary>
    /// The sentences inside <paramref name="range"/>, in order, each trimmed of surrounding whitespace and non-empty.
    /// A range without a terminator is one sentence.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> does not lie within the text.</exception>
    public IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!range.IsWithin(text.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, $"range must lie within the text of length {text.Length}");
        }

        var sentences = new List<TextSpan>();
        var s = text.AsSpan(0, range.End);
        int start = -1; // first character of the pending sentence, -1 when there is none
        int last = -1; // last non-whitespace character of the pending sentence
        bool terminated = false; // the pending sentence so far ends in a terminator cluster
        int i = range.Start;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (IsLineBreak(c) && start >= 0)
                {
                    int next = SkipWhitespace(s, i);
                    // An unterminated line is a heading or a list item, unless the next line goes on in lower case
                    // (hard-wrapped prose).
                    if (!terminated && !StartsLowercase(s, next))
                    {
                        sentences.Add(TextSpan.FromBounds(start, last + 1));
                        start = -1;
                    }

                    i = next;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (!IsTerminator(c))
            {
                last = i++;
                terminated = false;
                continue;
            }

            int end = i + 1;
            while (end < s.Length && (IsTerminator(s[end]) || IsCloser(s[end])))
            {
                end++;
            }

            last = end - 1;
            terminated = true;
            // A terminator glued to the next character is inside a token: "3.5", "U.S", "example.com".
            if ((end == s.Length || char.IsWhiteSpace(s[end])) && EndsSentence(s, range.Start, i, end))
            {
                sentences.Add(TextSpan.FromBounds(start, end));
                start = -1;
            }

            i = end;
        }

        if (start >= 0)
        {
            sentences.Add(TextSpan.FromBounds(start, last + 1));
        }

        return sentences;
    }

    /// <summary>Whether the terminator cluster s[stop..end), followed by whitespace or the end, closes a sentence.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> s, int rangeStart, int stop, int end)
    {
        int next = SkipWhitespace(s, end);
        if (next == s.Length)
        {
            return true;
        }

        // Lower case after a terminator means the sentence goes on: '"Is it?" he asked.', "etc. and", "... then".
        if (StartsLowercase(s, next))
        {
            return false;
        }

        // Only a lone full stop can end an abbreviation; "?", "!" and ellipses always end the sentence here.
        if (s[stop] != '.' || (stop + 1 < s.Length && IsTerminator(s[stop + 1])))
        {
            return true;
        }

        var word = WordBefore(s, rangeStart, stop);
        return Classify(word, s[next..]) switch
        {
            Abbreviation.Never => false,
            // "U.S. President" and "10 a.m. Tuesday" go on; "the U.S. The talks" and "10 a.m. The talks" do not.
            Abbreviation.Weak => IsOpeningQuote(s[next]) || StartsWithSentenceOpener(s[next..]),
            _ => true,
        };
    }

    private static Abbreviation Classify(ReadOnlySpan<char> word, ReadOnlySpan<char> following)
    {
        switch (word)
        {
            case "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "Gen" or "Sen" or "Rep" or "Gov" or "Lt"
                or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec"
                or "vs" or "e.g" or "i.e" or "a.k.a":
                return Abbreviation.Never;
            case "No":
                // "No. 2" is a number; "No. The talks failed." is an answer.
                return following.Length > 0 && char.IsAsciiDigit(following[0]) ? Abbreviation.Never : Abbreviation.None;
            case "St" or "Jr" or "Inc" or "Corp" or "Co" or "Ltd" or "a.m" or "p.m":
                return Abbreviation.Weak;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return Abbreviation.Never; // an initial: "J. R. Smith"
        }

        return IsDottedAcronym(word) ? Abbreviation.Weak : Abbreviation.None;
    }

    /// <summary>"U.S", "U.K", "D.C", "U.S.A": single capitals separated by single dots.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The letters and dots right before position <paramref name="stop"/>; empty when too long to be an abbreviation.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> s, int rangeStart, int stop)
    {
        int k = stop;
        while (k > rangeStart && stop - k <= MaxAbbreviationLength && (char.IsLetter(s[k - 1]) || s[k - 1] == '.'))
        {
            k--;
        }

        return stop - k > MaxAbbreviationLength ? [] : s[k..stop];
    }

    /// <summary>
    /// Closed-class words that commonly open a news sentence. After an abbreviation that can also end a sentence,
    /// only these are taken as the start of a new one: a capitalised noun ("U.S. Army") usually continues it.
    /// </summary>
    private static bool StartsWithSentenceOpener(ReadOnlySpan<char> s)
    {
        int n = 0;
        while (n < s.Length && char.IsLetter(s[n]))
        {
            n++;
        }

        bool isInitial = n == 1 && n < s.Length && s[n] == '.'; // "A. Smith", not the article
        if (n == 0 || isInitial)
        {
            return false;
        }

        return s[..n] is "The" or "A" or "An" or "This" or "That" or "These" or "Those" or "There" or "Then"
            or "He" or "She" or "It" or "They" or "We" or "I" or "You" or "His" or "Her" or "Its" or "Their" or "Our"
            or "But" or "And" or "Or" or "So" or "Yet" or "However" or "Meanwhile" or "Still"
            or "In" or "On" or "At" or "As" or "After" or "Before" or "When" or "While" or "If" or "Since"
            or "Some" or "Many" or "Most" or "Both" or "No";
    }

    private static int SkipWhitespace(ReadOnlySpan<char> s, int k)
    {
        while (k < s.Length && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        return k;
    }

    private static bool StartsLowercase(ReadOnlySpan<char> s, int k)
    {
        while (k < s.Length && (IsOpeningQuote(s[k]) || s[k] is '(' or '['))
        {
            k++;
        }

        return k < s.Length && char.IsLower(s[k]);
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
