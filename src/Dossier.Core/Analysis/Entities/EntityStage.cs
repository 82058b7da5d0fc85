using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Analysis.Entities;

/// <summary>
/// Runs an <see cref="IEntityRecognizer"/> over the article's body, heading and caption sentences and keeps what it
/// finds in <see cref="Article.Mentions"/>. The recognizer is trusted for its types, not for its spans: mentions that
/// are empty, outside the article's sentences or overlapping an earlier one are dropped with DSR301, and an article
/// with more than <see cref="MaxMentions"/> keeps the first ones (DSR302), so one odd page cannot grow the store.
/// </summary>
public sealed class EntityStage(IEntityRecognizer recognizer, int maxMentions = EntityStage.DefaultMaxMentions) : IArticleStage
{
    public const int DefaultMaxMentions = 20_000;

    public string Name => "entities";

    public int MaxMentions { get; } = maxMentions > 0 ? maxMentions : throw new ArgumentOutOfRangeException(nameof(maxMentions));

    public void Process(Article article)
    {
        article.Mentions.Clear();
        var sentences = new List<TextSpan>();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.BlockIndex < 0 || sentence.BlockIndex >= article.Blocks.Count) continue;
            if (article.Blocks[sentence.BlockIndex].Role is not (BlockRole.Body or BlockRole.Heading or BlockRole.Caption)) continue;
            if (sentence.Span.IsWithin(article.Text.Length) && !sentence.Span.IsEmpty) sentences.Add(sentence.Span);
        }
        if (sentences.Count == 0) return;
        sentences.Sort((a, b) => a.Start.CompareTo(b.Start));

        var found = recognizer.Recognize(article.Text, sentences);
        var ordered = found.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        var dropped = 0;
        var end = 0;
        foreach (var mention in ordered)
        {
            if (mention.Span.IsEmpty || !mention.Span.IsWithin(article.Text.Length) || mention.Span.Start < end
                || !InsideOneOf(sentences, mention.Span) || !Enum.IsDefined(mention.Type))
            {
                dropped++;
                continue;
            }
            if (article.Mentions.Count == MaxMentions)
            {
                article.Diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyMentions, Name, Severity.Warning,
                    $"more than {MaxMentions} entity mentions; the rest were dropped", article.Origin));
                break;
            }
            article.Mentions.Add(mention);
            end = mention.Span.End;
        }
        if (dropped > 0)
        {
            article.Diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidMentions, Name, Severity.Warning,
                $"the entity recognizer gave {dropped} mention(s) that are empty, outside the article's sentences or overlap another; they were dropped",
                article.Origin));
        }
    }

    /// <summary>Whether the span lies inside one sentence (sentences sorted by start, not overlapping).</summary>
    private static bool InsideOneOf(List<TextSpan> sentences, TextSpan span)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= span.Start) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && sentences[found].Contains(span);
    }
}
