using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// Tags the figures of an article's body, heading and caption sentences into <see cref="Article.Quantities"/>.
/// An article with more than <see cref="MaxQuantities"/> keeps the first ones (DSR321), so one odd page (a table of
/// numbers) cannot grow the store without bound.
/// </summary>
public sealed class QuantityStage(int maxQuantities = QuantityStage.DefaultMaxQuantities) : IArticleStage
{
    public const int DefaultMaxQuantities = 20_000;

    public string Name => "quantities";

    public int MaxQuantities { get; } = maxQuantities > 0 ? maxQuantities : throw new ArgumentOutOfRangeException(nameof(maxQuantities));

    public void Process(Article article)
    {
        article.Quantities.Clear();
        var sentences = new List<TextSpan>();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.BlockIndex < 0 || sentence.BlockIndex >= article.Blocks.Count) continue;
            if (article.Blocks[sentence.BlockIndex].Role is not (BlockRole.Body or BlockRole.Heading or BlockRole.Caption)) continue;
            if (sentence.Span.IsWithin(article.Text.Length) && !sentence.Span.IsEmpty) sentences.Add(sentence.Span);
        }
        sentences.Sort((a, b) => a.Start.CompareTo(b.Start));
        var found = QuantityTagger.Tag(article.Text, sentences);
        if (found.Count > MaxQuantities)
        {
            article.Diagnostics.Add(new Diagnostic(DiagnosticCodes.TooManyQuantities, Name, Severity.Warning,
                $"more than {MaxQuantities} quantities; the rest were dropped", article.Origin));
            found.RemoveRange(MaxQuantities, found.Count - MaxQuantities);
        }
        article.Quantities.AddRange(found);
    }
}
