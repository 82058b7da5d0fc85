using Dossier.Core.Analysis.Time;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Time;

/// <summary>
/// The grammar is tried only at words that can start a phrase (<see cref="TimexGrammar.CanStart"/>). These tests try
/// every pattern at the other words and expect nothing, so a pattern given a new first word fails here until the
/// word is listed among the starters.
/// </summary>
public sealed class TimexStartersTests
{
    /// <summary>
    /// Words the patterns look at: the starters, every quoted word of the grammar's source (when the source is at
    /// hand, so that a new literal joins by itself), numbers in the forms the patterns read, and plain words.
    /// </summary>
    private static readonly string[] Vocabulary = BuildVocabulary();

    private static string[] BuildVocabulary()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        words.UnionWith(TimexGrammar.Starters);
        words.UnionWith(GrammarLiterals());
        words.UnionWith(
        [
            "of", "than", "least", "to", "ago", "from", "and", "half", "old", "long", "times", "a", "per", "'s", ",", "/",
            "ended", "ending", "night", "quarter", "period", "century", "the", "in", "said", "talks", "tariffs", "London",
            "9", "10", "12", "24", "30", "1990", "1998", "2025", "1990s", "'90s", "90s", "20th", "4th", "9th", "10:30",
            "06/09/2025", "2025-06-09", "am", "pm", "a.m.", "p.m.", "o'clock", "EST", "May", "March", "Sept.", "Jan",
            "and/or", "'s", "-", "six-month", "mid-May", "third-quarter", "year-earlier", "50-year-old", "pre-1990",
        ]);
        return [.. words];
    }

    /// <summary>The lower-case quoted words of TimexGrammar.cs, found by walking up from the test's folder; none when it is not there.</summary>
    private static IEnumerable<string> GrammarLiterals()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "src", "Dossier.Core", "Analysis", "Time", "TimexGrammar.cs");
            if (!File.Exists(path)) continue;
            var found = new List<string>();
            var source = File.ReadAllText(path);
            for (int i = source.IndexOf('"'); i >= 0 && i + 1 < source.Length; i = source.IndexOf('"', i + 1))
            {
                int end = source.IndexOf('"', i + 1);
                if (end < 0) break;
                var literal = source[(i + 1)..end];
                if (literal.Length is > 0 and < 20 && literal.All(c => char.IsAsciiLetterLower(c) || c == '\'')) found.Add(literal);
                i = end;
            }
            return found;
        }
        return [];
    }

    /// <summary>Whether, anywhere in the sentence, a pattern matches at a word the filter skips; the first such word, or null.</summary>
    private static string? SkippedMatch(string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var words = new List<TimexWord>();
        TimexWord.Split(sentence, tokens, 0, tokens.Count, words);
        var grammar = new TimexGrammar(sentence, words);
        for (int i = 0; i < words.Count; i++)
        {
            if (TimexGrammar.CanStart(words[i].Lower)) continue;
            if (grammar.ParseAnyWord(i) is not null) return $"'{words[i].Lower}' at {i} in '{sentence}'";
        }
        return null;
    }

    [Fact]
    public void No_pattern_starts_at_a_skipped_word_of_any_two_or_three_word_phrase()
    {
        string[] thirds = ["", " 2025", " ago", " of June", " and a half", " earlier", " 9"];
        foreach (var first in Vocabulary)
        {
            foreach (var second in Vocabulary)
            {
                foreach (var third in thirds)
                {
                    var miss = SkippedMatch("In " + first + " " + second + third + ".");
                    Assert.True(miss is null, miss);
                }
            }
        }
    }

    [Fact]
    public void No_pattern_starts_at_a_skipped_word_of_random_sentences()
    {
        var word = Gen.Elements(Vocabulary).SelectMany(w => Gen.Elements(w, char.ToUpperInvariant(w[0]) + w[1..]));
        var sentences = Gen.ListOf(word).Select(ws => string.Join(" ", ws) + ".");
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Arb.From(sentences), sentence =>
        {
            var miss = SkippedMatch(sentence);
            Assert.True(miss is null, miss);
        }));
    }

    [Fact]
    public void Words_of_a_text_are_shared_not_made_again()
    {
        var first = new List<TimexWord>();
        var second = new List<TimexWord>();
        const string text = "Talks resumed on Monday. Talks resumed on Monday.";
        var tokens = Tokenizer.Tokenize(text);
        TimexWord.Split(text, tokens, 0, tokens.Count / 2, first);
        TimexWord.Split(text, tokens, tokens.Count / 2, tokens.Count, second);
        Assert.Equal(first.Select(w => w.Lower), second.Select(w => w.Lower));
        Assert.All(first.Zip(second), pair => Assert.Same(pair.First.Lower, pair.Second.Lower));
    }
}
