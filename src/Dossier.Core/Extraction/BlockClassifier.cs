using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Extraction;

/// <summary>
/// Decides what each block of an article is: body, heading, caption, or boilerplate of a named kind. It reads general
/// features (length, final punctuation, cue phrases, position, and how a block relates to its neighbours), in three
/// passes: blocks recognisable alone, then regions that a cue line opens (a table of contents, a disclaimer, teasers
/// of other stories), then headings among what is left. A block is taken out of the body only on positive evidence,
/// so no news paragraph is lost to a guess.
/// </summary>
public sealed class BlockClassifier : IArticleStage
{
    public string Name => "blocks";

    /// <summary>Headings are short: longer lines without a full stop are paragraphs that lost their punctuation.</summary>
    private const int MaxHeadingWords = 20;

    /// <summary>A teaser's summary repeats its own headline: this share of the headline's terms must recur in it.</summary>
    private const double TeaserSummaryOverlap = 0.3;

    /// <summary>Teaser summaries are a paragraph or two; longer text after a headline is the article's own.</summary>
    private const int MaxTeaserSummaryWords = 90;

    /// <summary>Below this share of its terms found in the article's body, a paragraph is about something else.</summary>
    private const double OffTopicShare = 0.35;

    public void Process(Article article)
    {
        var blocks = article.Blocks;
        var texts = blocks.Select(b => article.TextOf(b.Span)).ToArray();

        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].IsBody && ClassifyAlone(texts[i]) is { } label)
                blocks[i] = blocks[i].WithRole(label.Role, label.Kind);

        MarkRegions(blocks, texts);

        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsBody || !IsHeadingLike(texts[i])) continue;
            // A trailing line that reads like a heading heads nothing: it is a site label, a tag list or a widget.
            blocks[i] = i == blocks.Count - 1
                ? blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Other)
                : blocks[i].WithRole(BlockRole.Heading);
        }

        if (!blocks.Any(b => b.IsBody))
            article.Diagnostics.Add(new Diagnostic(DiagnosticCodes.NoBodyText, Name, Severity.Warning,
                "no body text was found: every block is a heading, caption or boilerplate", article.Origin));

        if (article.Metadata.Title is null && blocks.Count > 1 && blocks[0].Role == BlockRole.Heading)
            article.Metadata = article.Metadata with { Title = texts[0] };
    }

    /// <summary>Labels for blocks whose own text gives them away, whatever surrounds them.</summary>
    internal static (BlockRole Role, BoilerplateKind Kind)? ClassifyAlone(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var words = WordCount(text);
        var key = BlockCues.CueKey(text);

        if (BlockCues.Related.Contains(key) || BlockCues.TocHeadings.Contains(key) || BlockCues.DisclaimerHeadings.Contains(key))
            return null; // cue lines: the region pass labels them with what they open
        if (words <= 30 && StartsWithRelatedCue(key))
            return (BlockRole.Boilerplate, BoilerplateKind.Teaser);
        if (words <= 100 && BlockCues.CountDistinct(lower, BlockCues.Paywall) >= 2)
            return (BlockRole.Boilerplate, BoilerplateKind.Paywall);
        if (BlockCues.CountDistinct(lower, BlockCues.Disclaimer) >= 2 && words <= 120)
            return (BlockRole.Boilerplate, BoilerplateKind.Disclaimer);
        if (words <= 40 && BlockCues.EditorNote().IsMatch(text.TrimStart()))
            return (BlockRole.Boilerplate, BoilerplateKind.EditorNote);
        if (words <= 14 && BlockCues.Byline().IsMatch(text.Trim()))
            return (BlockRole.Boilerplate, BoilerplateKind.Byline);
        if (words <= 20 && IsShareBar(lower))
            return (BlockRole.Boilerplate, BoilerplateKind.Share);
        if (words <= 40 && IsPromo(lower))
            return (BlockRole.Boilerplate, BoilerplateKind.Promo);
        if (words <= 30 && BlockCues.TagLine().IsMatch(text.TrimStart()))
            return (BlockRole.Boilerplate, BoilerplateKind.Other);
        if (words <= 80 && IsCaption(text, lower))
            return (BlockRole.Caption, BoilerplateKind.None);
        return null;
    }

    /// <summary>Cue lines open regions: a table of contents lists headings, a disclaimer heading precedes its text, a "related" line precedes teasers of other stories.</summary>
    private static void MarkRegions(List<Block> blocks, string[] texts)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role is not (BlockRole.Body or BlockRole.Heading)) continue;
            var key = BlockCues.CueKey(texts[i]);
            if (BlockCues.TocHeadings.Contains(key))
            {
                blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Toc);
                // Entries are heading-like lines; the first sentence-like block ends the list.
                while (i + 1 < blocks.Count && blocks[i + 1].Role is BlockRole.Body or BlockRole.Heading && IsHeadingLike(texts[i + 1]))
                {
                    i++;
                    blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Toc);
                }
            }
            else if (BlockCues.DisclaimerHeadings.Contains(key))
            {
                blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Disclaimer);
                // The disclaimer's text follows its heading; it is recognised by at least one cue, so news after it stays news.
                while (i + 1 < blocks.Count && blocks[i + 1].IsBody
                       && BlockCues.CountDistinct(texts[i + 1].ToLowerInvariant(), BlockCues.Disclaimer) >= 1)
                {
                    i++;
                    blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Disclaimer);
                }
            }
            else if (BlockCues.Related.Contains(key))
            {
                blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Teaser);
                i = MarkTeasers(blocks, texts, i + 1) - 1;
            }
        }
    }

    /// <summary>
    /// Teasers come as a headline line, optionally followed by a short summary. The summary is recognised when it
    /// repeats its headline's terms, or, when the teasers run to the end of the article, when it shares little with
    /// the article's own body. A paragraph that passes neither test is the article going on (scrapers often strip the
    /// links and leave the cue alone), so the region stops there. Returns the first index after the region.
    /// </summary>
    private static int MarkTeasers(List<Block> blocks, string[] texts, int i)
    {
        var cue = i - 1;
        var runsToEnd = IsTeaserTail(blocks, texts, i);
        HashSet<string>? articleTerms = null;
        while (i < blocks.Count && blocks[i].Role is BlockRole.Body or BlockRole.Heading && IsHeadingLike(texts[i]))
        {
            blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Teaser);
            var headline = TermExtractor.TermSet(texts[i]);
            i++;
            if (i >= blocks.Count || !blocks[i].IsBody || IsHeadingLike(texts[i]) || WordCount(texts[i]) > MaxTeaserSummaryWords) continue;

            var summary = TermExtractor.TermSet(texts[i]);
            var echoesHeadline = headline.Count > 0 && headline.Count(summary.Contains) >= TeaserSummaryOverlap * headline.Count;
            var offTopic = runsToEnd && SharedShare(summary, articleTerms ??= BodyTermsBefore(blocks, texts, cue)) < OffTopicShare;
            if (echoesHeadline || offTopic)
            {
                blocks[i] = blocks[i].WithRole(BlockRole.Boilerplate, BoilerplateKind.Teaser);
                i++;
            }
        }
        return i;
    }

    /// <summary>True when everything from <paramref name="i"/> to the end is headline lines, each followed by at most one short paragraph.</summary>
    private static bool IsTeaserTail(List<Block> blocks, string[] texts, int i)
    {
        if (i >= blocks.Count || !IsHeadingLike(texts[i])) return false;
        while (i < blocks.Count)
        {
            if (blocks[i].Role == BlockRole.Boilerplate) { i++; continue; }
            if (!IsHeadingLike(texts[i])) return false;
            i++;
            if (i < blocks.Count && blocks[i].IsBody && !IsHeadingLike(texts[i]))
            {
                if (WordCount(texts[i]) > MaxTeaserSummaryWords) return false;
                i++;
            }
        }
        return true;
    }

    private static HashSet<string> BodyTermsBefore(List<Block> blocks, string[] texts, int end)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < end; k++)
            if (blocks[k].IsBody) TermExtractor.Collect(texts[k], terms);
        return terms;
    }

    private static double SharedShare(HashSet<string> terms, HashSet<string> other) =>
        terms.Count == 0 ? 0 : (double)terms.Count(other.Contains) / terms.Count;

    /// <summary>Short, and not ending a sentence: a question mark is allowed, since headings often ask.</summary>
    internal static bool IsHeadingLike(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0 || trimmed.Length > 160 || WordCount(text) > MaxHeadingWords) return false;
        var hasLetter = false;
        foreach (var c in trimmed)
            if (char.IsLetter(c)) { hasLetter = true; break; }
        if (!hasLetter) return false;
        var last = LastSignificant(trimmed);
        // CJK full stops and commas count too: a Japanese or Chinese sentence is one "word" by the spaces count.
        return last is not ('.' or '!' or ';' or ',' or '…' or '。' or '！' or '；' or '，' or '、');
    }

    /// <summary>The last character that says how a line ends, looking through closing quotes and brackets.</summary>
    private static char LastSignificant(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end > 0 && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '»') end--;
        return text[end];
    }

    /// <summary>
    /// Promotions address the reader: they open with their call ("Sign up", "Download", "Advertisement"), or stack
    /// several cues without reporting anyone's words, which news sentences about newsletters or apps always do.
    /// </summary>
    private static bool IsPromo(string lower)
    {
        var trimmed = lower.TrimStart();
        foreach (var cue in BlockCues.Promo)
            if (trimmed.StartsWith(cue, StringComparison.Ordinal)) return true;
        foreach (var opener in BlockCues.PromoOpeners)
            if (trimmed.StartsWith(opener, StringComparison.Ordinal) && BlockCues.CountDistinct(lower, BlockCues.Promo) >= 1) return true;
        return BlockCues.CountDistinct(lower, BlockCues.Promo) >= 2 && BlockCues.CountDistinct(lower, BlockCues.ReportingVerbs) == 0;
    }

    private static bool StartsWithRelatedCue(string key)
    {
        var colon = key.IndexOf(':');
        return colon > 0 && BlockCues.Related.Contains(key[..colon].Trim());
    }

    private static bool IsShareBar(string lower)
    {
        var networks = BlockCues.CountDistinct(lower, BlockCues.SocialNetworks);
        return networks >= 3 || (lower.TrimStart().StartsWith("share", StringComparison.Ordinal) && networks >= 1);
    }

    /// <summary>A photo caption names its picture's source: "(Name / Agency)", "(Agency via AP, File)", "Photo: Agency".</summary>
    private static bool IsCaption(string text, string lower)
    {
        var trimmedLower = lower.TrimStart();
        foreach (var start in BlockCues.CaptionStarts)
            if (trimmedLower.StartsWith(start, StringComparison.Ordinal)) return true;

        var trimmed = text.AsSpan().TrimEnd();
        if (trimmed.Length < 3 || trimmed[^1] != ')') return false;
        var open = trimmed.LastIndexOf('(');
        if (open < 0) return false;
        var credit = trimmed[(open + 1)..^1];
        if (WordCount(credit.ToString()) > 8) return false;
        if (credit.Contains('/')) return true;
        foreach (var word in credit.ToString().ToLowerInvariant().Split([' ', ',', ';', '/', '|'], StringSplitOptions.RemoveEmptyEntries))
            if (BlockCues.PhotoCredit.Contains(word)) return true;
        return false;
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }
}
