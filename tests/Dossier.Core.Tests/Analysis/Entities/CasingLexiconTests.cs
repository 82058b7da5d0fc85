using System.Text;
using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class CasingLexiconTests
{
    private static CasingLexicon Sample()
    {
        var corpus = new TokenCorpus();
        for (int i = 0; i < 3; i++)
        {
            corpus.AddDocument("The minister said NATO met in London on Monday. The talks may go on. Officials said so.");
            corpus.AddDocument("Talks with May and NATO went on in London.");
        }

        // A headline in capitals must not make "talks" look like an acronym.
        corpus.AddDocument("NATO TALKS END IN LONDON\nThe talks ended.");
        return CasingLexicon.Build(corpus, minCount: 3);
    }

    [Fact]
    public void CountsEachFormOutsideSentenceStartsAndHeadlines()
    {
        var lexicon = Sample();
        Assert.True(lexicon.TryGet("talks", out var talks));
        Assert.Equal(new CaseCounts(4, 0, 0), talks); // the sentence-initial "Talks" is not counted
        Assert.Equal(CasingClass.Lower, lexicon.UsualCase("TALKS"));
        Assert.Equal(CasingClass.Capitalized, lexicon.UsualCase("london"));
        Assert.Equal(CasingClass.AllCaps, lexicon.UsualCase("Nato"));
        Assert.Equal(CasingClass.Mixed, lexicon.UsualCase("may")); // "may" three times, "May" three times
        Assert.False(lexicon.TryGet("the", out _)); // only ever sentence-initial
        Assert.False(lexicon.TryGet("officials", out _));
    }

    [Fact]
    public void UnknownWordsAreUnknown()
    {
        var lexicon = Sample();
        Assert.False(lexicon.TryGet("Wednesday", out var counts));
        Assert.Equal(default, counts);
        Assert.Equal(CasingClass.Unknown, lexicon.UsualCase("Wednesday"));
        Assert.Equal(CasingClass.Unknown, lexicon.UsualCase(""));
        Assert.Equal(CasingClass.Unknown, lexicon.UsualCase(new string('x', 500)));
    }

    [Fact]
    public void WriteThenReadGivesTheSameLexicon()
    {
        var original = Sample();
        using var stream = new MemoryStream();
        original.Write(stream);
        var bytes = stream.ToArray();
        var read = CasingLexicon.Read(new MemoryStream(bytes));
        Assert.Equal(original.Count, read.Count);
        Assert.True(read.TryGet("London", out var london));
        Assert.True(original.TryGet("London", out var expected));
        Assert.Equal(expected, london);

        using var again = new MemoryStream();
        read.Write(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Theory]
    [InlineData("the\t1\t2\n")]
    [InlineData("the\t1\t2\tx\n")]
    [InlineData("the\t1\t2\t3\nthe\t1\t2\t3\n")]
    [InlineData("\t1\t2\t3\n")]
    public void AMalformedFileIsInvalidData(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => CasingLexicon.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("casing lexicon", ex.Message);
    }
}
