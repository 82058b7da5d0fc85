using Dossier.Core.Analysis.Quantities;
using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>
/// A figure of the story: the quantity as first written, what it measures, the sentence it is in, and every article
/// that gives the same figure (same kind, value, unit and change); <see cref="Copies"/> are those that only repeat
/// another cited one's source.
/// </summary>
public sealed record KeyFigure(Article Source, Quantity Quantity, TextSpan Sentence, IReadOnlyList<string> Citations)
{
    /// <summary>Cited wire copies and reprints whose source is already cited: noted, not counted.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>How many independent sources give the figure.</summary>
    public int Sources => Citations.Count - Copies.Count;

    public string Text => Source.TextOf(Quantity.Span);

    public string? Measures => Quantity.Measured is { } span ? Source.TextOf(span) : null;
}

/// <summary>
/// The story's key figures: percentages, money and changes that say what they measure, one entry per distinct figure,
/// the ones most sources give first (a wire figure and its reprints count once). Counts and bare numbers are left out:
/// "two sides" and "one official" are not figures a reader compares.
/// </summary>
public static class FiguresBuilder
{
    private const int MaxFigures = 12;

    public static IReadOnlyList<KeyFigure> Build(IReadOnlyList<Article> articles, CopyGroups? copies = null)
    {
        copies ??= CopyGroups.None;
        var figures = new List<KeyFigure>();
        var citations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var sentences = article.BodySentences.Select(s => s.Span).ToList();
            foreach (var quantity in QuantityTagger.Tag(article.Text, sentences))
            {
                if (quantity.Measured is null || !(quantity.Kind is QuantityKind.Percent or QuantityKind.Money || quantity.Change is not null)) continue;
                if (citations.TryGetValue(Key(quantity), out var cited))
                {
                    if (!cited.Contains(article.Id)) cited.Add(article.Id);
                    continue;
                }
                cited = [article.Id];
                citations.Add(Key(quantity), cited);
                figures.Add(new KeyFigure(article, quantity, sentences.First(s => s.Contains(quantity.Span)), cited));
            }
        }
        // Stable: equal source counts keep the order the articles give them in.
        return figures
            .Select(f => f with { Copies = copies.RepeatsAmong(f.Citations) })
            .OrderByDescending(f => f.Sources)
            .Take(MaxFigures)
            .ToList();
    }

    /// <summary>What makes two figures the same: kind, value, unit, range, and the change's ends.</summary>
    private static string Key(Quantity q) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{q.Kind}|{q.Value:R}|{q.Unit}|{q.High:R}|{q.Change?.From}|{q.Change?.To}|{q.Change?.By}");
}
