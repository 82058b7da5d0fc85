using Dossier.Core.Model;
using Dossier.Core.Stories;

namespace Dossier.Core.Tests.Stories;

public sealed class StreamOrderTests
{
    private static Article Dated(string id, string origin, DateTimeOffset? published) =>
        new(id, origin, "The lock keepers on the Marrow canal said the water level had fallen again.", new ArticleMetadata { Published = published });

    [Fact]
    public void Dated_articles_come_first_by_date_then_undated_ones_by_origin_then_id()
    {
        var june2 = Dated("a1", "z.txt", new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.Zero));
        // Earlier as an instant although its local date is later: the order compares instants.
        var june1 = Dated("a2", "y.txt", new DateTimeOffset(2026, 6, 2, 3, 0, 0, TimeSpan.FromHours(10)));
        var undatedB = Dated("b9", "b.txt", null);
        var undatedA2 = Dated("a9", "a.txt", null);
        var undatedA1 = Dated("a8", "a.txt", null);

        Assert.Equal([june1, june2, undatedA1, undatedA2, undatedB], StreamOrder.Of([undatedB, june2, undatedA2, june1, undatedA1]));
    }

    [Fact]
    public void No_articles_give_an_empty_order() => Assert.Empty(StreamOrder.Of([]));
}
