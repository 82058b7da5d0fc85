using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class TokenCorpusTests
{
    [Fact]
    public void InternsTokensWithDigitsFoldedAndMarksSentenceEnds()
    {
        var corpus = new TokenCorpus();
        corpus.AddDocument("Sales rose 12 pct in 1996. Sales fell 3 pct.");
        var words = corpus.Tokens.ToArray().Select(id => corpus.Words[id]).ToArray();
        Assert.Equal(["Sales", "rose", "00", "pct", "in", "0000", ".", "Sales", "fell", "0", "pct", "."], words);
        Assert.Equal([7, 12], corpus.SentenceEnds);
        Assert.Equal(2, corpus.Counts[corpus.Tokens[0]]);
        Assert.Equal(0, corpus.CasingCounts[corpus.Tokens[0]]); // "Sales" only ever starts a sentence
    }

    [Fact]
    public void StopsAtItsTokenLimit()
    {
        var corpus = new TokenCorpus(maxTokens: 5);
        corpus.AddDocument("one two three four five six");
        corpus.AddDocument("seven eight");
        Assert.True(corpus.Truncated);
        Assert.Equal(1, corpus.DocumentCount);
        Assert.Equal(6, corpus.TokenCount); // a document already begun is finished
    }
}
