using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Finds the sentences of an article written in headline title case ("Rare Earth Dispute Becomes Focal Point"). There
/// every word is capitalised, so a tagger reads ordinary words as names; <see cref="EntityResolver"/> lists an entity
/// named only in such headings only when its name is a known one (<see cref="KnownNames"/>).
/// </summary>
internal static class Headlines
{
    /// <summary>Share of a heading's content words that must be capitalised for it to be in title case.</summary>
    private const double CapitalisedShare = 0.8;

    /// <summary>A heading with fewer content words than this ("Analysis") is not judged.</summary>
    private const int MinContentWords = 2;

    /// <summary>Short words title case leaves in lower case, so they count neither way.</summary>
    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "vs", "via", "per", "into", "onto", "over", "off", "up", "out", "than", "amid",
    };

    /// <summary>The sentences of the article's heading blocks written in title case, in text order.</summary>
    public static List<TextSpan> TitleCaseHeadings(Article article)
    {
        var result = new List<TextSpan>();
        var tokens = new List<TextSpan>();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.BlockIndex < 0 || sentence.BlockIndex >= article.Blocks.Count) continue;
            if (article.Blocks[sentence.BlockIndex].Role != BlockRole.Heading || !sentence.Span.IsWithin(article.Text.Length)) continue;
            tokens.Clear();
            Tokenizer.Tokenize(article.Text, sentence.Span, tokens);
            if (IsTitleCase(article.Text, tokens)) result.Add(sentence.Span);
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Whether nearly all the content words among the tokens start with a capital letter.</summary>
    public static bool IsTitleCase(string text, IReadOnlyList<TextSpan> tokens)
    {
        int content = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            var raw = token.Of(text);
            if (raw.Length == 0 || !char.IsLetter(raw[0])) continue;
            if (Minor.Contains(NameText.Normalize(raw))) continue;
            content++;
            if (char.IsUpper(raw[0])) capitalised++;
        }
        return content >= MinContentWords && capitalised >= CapitalisedShare * content;
    }

    /// <summary>Whether <paramref name="span"/> lies inside one of <paramref name="headings"/> (sorted by start).</summary>
    public static bool IsInside(List<TextSpan> headings, TextSpan span)
    {
        int lo = 0, hi = headings.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (headings[mid].Start <= span.Start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && headings[found].Contains(span);
    }
}
