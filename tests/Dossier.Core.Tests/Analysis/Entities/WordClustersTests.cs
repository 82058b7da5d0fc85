using System.Text;
using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class WordClustersTests
{
    private static WordClusters Sample() => new(
        ["Monday", "Tuesday", "Japan", "France", "0000", "said"],
        ["0110", "0110", "0100", "0101", "10", "111"],
        [50, 40, 30, 20, 100, 500]);

    [Fact]
    public void WriteThenReadGivesTheSameClusters()
    {
        var original = Sample();
        using var stream = new MemoryStream();
        original.Write(stream);
        var bytes = stream.ToArray();
        var read = WordClusters.Read(new MemoryStream(bytes));

        Assert.Equal(original.WordCount, read.WordCount);
        Assert.Equal(original.Leaves, read.Leaves);
        foreach (var word in new[] { "Monday", "Tuesday", "Japan", "France", "0000", "said" })
        {
            Assert.True(read.TryGet(word, out var path));
            Assert.True(original.TryGet(word, out var expected));
            Assert.Equal(expected, path);
            Assert.Equal(original.CountOf(word), read.CountOf(word));
        }

        using var again = new MemoryStream();
        read.Write(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void TheFileIsSortedByPathThenWord()
    {
        using var stream = new MemoryStream();
        Sample().Write(stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l[0] != '#').Select(l => l.Split('\t')[0]);
        Assert.Equal(["Japan", "France", "Monday", "Tuesday", "0000", "said"], lines);
    }

    [Fact]
    public void UnknownEmptyAndOverlongWordsAreNotFound()
    {
        var clusters = Sample();
        Assert.False(clusters.TryGet("Wednesday", out var path));
        Assert.Equal(default, path);
        Assert.False(clusters.TryGet("monday", out _)); // case matters: names do
        Assert.False(clusters.TryGet("", out _));
        Assert.False(clusters.TryGet(new string('a', 500), out _));
        Assert.Equal(0, clusters.CountOf("Wednesday"));
    }

    [Fact]
    public void NumbersAreLookedUpByTheirDigitShape()
    {
        Assert.True(Sample().TryGet("1997", out var path));
        Assert.Equal("10", path.Bits);
        Assert.False(Sample().TryGet("19.97", out _));
    }

    [Fact]
    public void PrefixesCutThePath()
    {
        Assert.True(Sample().TryGet("Monday", out var path));
        Assert.Equal("01", path.Prefix(2).ToString());
        Assert.Equal("0110", path.Prefix(20).ToString());
        Assert.Equal(0b1_01, path.PrefixId(2));
        Assert.NotEqual(new ClusterPath("001", 0).PrefixId(3), new ClusterPath("01", 0).PrefixId(3));
        Assert.True(Sample().TryGet("Tuesday", out var tuesday));
        Assert.Equal(path.Leaf, tuesday.Leaf);
    }

    [Theory]
    [InlineData("Monday\t0110\n")]
    [InlineData("Monday\t01x0\t5\n")]
    [InlineData("Monday\t0110\tmany\n")]
    [InlineData("Monday\t0110\t5\nMonday\t0111\t6\n")]
    [InlineData("Monday\t\t5\n")]
    public void AMalformedFileIsInvalidData(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => WordClusters.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("word clusters", ex.Message);
    }
}
