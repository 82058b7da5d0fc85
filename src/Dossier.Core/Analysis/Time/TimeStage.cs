using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Analysis.Time;

/// <summary>
/// Tags the temporal expressions of an article's body, heading and caption sentences into <see cref="Article.Times"/>,
/// resolving relative ones against the article's published date when it has one (else their values keep "X"s).
/// </summary>
public sealed class TimeStage : IArticleStage
{
    public string Name => "times";

    public void Process(Article article)
    {
        article.Times.Clear();
        var sentences = new List<TextSpan>();
        foreach (var sentence in article.Sentences)
        {
            if (sentence.BlockIndex < 0 || sentence.BlockIndex >= article.Blocks.Count) continue;
            if (article.Blocks[sentence.BlockIndex].Role is not (BlockRole.Body or BlockRole.Heading or BlockRole.Caption)) continue;
            if (sentence.Span.IsWithin(article.Text.Length) && !sentence.Span.IsEmpty) sentences.Add(sentence.Span);
        }
        sentences.Sort((a, b) => a.Start.CompareTo(b.Start));
        DateOnly? reference = article.Metadata.PublishedDate is { } published && published.Precision >= DatePrecision.Day ? published.Day : null;
        article.Times.AddRange(TimeTagger.Tag(article.Text, sentences, reference));
    }
}
