using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.Analysis.Sentences;

/// <summary>Splits every body, heading and caption block into sentences; boilerplate gets none.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IArticleStage
{
    public string Name => "sentences";

    public void Process(Article article)
    {
        article.Sentences.Clear();
        // Sorted so the sentences come out in text order even if blocks were not added in that order; the sort is
        // stable, so equal starts keep their block order.
        var blockIndexes = Enumerable.Range(0, article.Blocks.Count).OrderBy(b => article.Blocks[b].Span.Start);
        foreach (int b in blockIndexes)
        {
            var block = article.Blocks[b];
            if (block.Role is not (BlockRole.Body or BlockRole.Heading or BlockRole.Caption))
            {
                continue;
            }

            foreach (var span in splitter.Split(article.Text, block.Span))
            {
                article.Sentences.Add(new Sentence(span, b));
            }
        }
    }
}
