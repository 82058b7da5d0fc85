using Dossier.Core.Model;

namespace Dossier.Storage.Tests;

internal static class StoreAssert
{
    public static void SameArticle(Article expected, Article? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Origin, actual.Origin);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Metadata, actual.Metadata);
        // DateTimeOffset equality ignores the offset; the store must keep it.
        Assert.Equal(expected.Metadata.Published?.Offset, actual.Metadata.Published?.Offset);
        Assert.Equal(expected.Metadata.Published?.Ticks, actual.Metadata.Published?.Ticks);
        Assert.Equal(expected.Metadata.Modified?.Offset, actual.Metadata.Modified?.Offset);
        Assert.Equal(expected.Metadata.Modified?.Ticks, actual.Metadata.Modified?.Ticks);
        Assert.Equal(expected.Metadata.PublishedDate?.ToIso(), actual.Metadata.PublishedDate?.ToIso());
        Assert.Equal(expected.Metadata.ModifiedDate?.ToIso(), actual.Metadata.ModifiedDate?.ToIso());
        Assert.Equal(expected.Blocks, actual.Blocks);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }
}
