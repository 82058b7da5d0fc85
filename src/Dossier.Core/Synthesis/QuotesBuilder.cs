using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Quotes;
using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>One article's wording of a quote: where it is, who the article says said it, and how it differs from the quote's first wording.</summary>
public sealed record QuoteVariant(Article Article, Quotation Quotation, QuoteSpeaker? Speaker, TextSpan? Source, TextSpan? Cue, SpeakerRule Rule)
{
    public string Text => Quotation.TextIn(Article.Text);

    /// <summary>The speaker as this article writes it ("he", "the president"), or null.</summary>
    public string? SourceText => Source is { } span ? NameText.Collapse(Article[span]) : null;

    public string? CueText => Cue is { } span ? NameText.Collapse(Article[span]) : null;

    /// <summary>Word changes from the quote's first wording to this one; empty for the first wording and for identical ones.</summary>
    public IReadOnlyList<DiffSegment> Difference { get; init; } = [];
}

/// <summary>
/// A quote of the story: one statement, reported in one or more articles (its variants, the first as the story first
/// gives it), with the speaker the articles name, or none (unattributed).
/// </summary>
public sealed record StoryQuote(QuoteSpeaker? Speaker, IReadOnlyList<QuoteVariant> Variants)
{
    public string Text => Variants[0].Text;

    public bool IsAttributed => Speaker is not null;

    /// <summary>The first cue any variant gives ("said", "wrote").</summary>
    public string? Cue => Variants.Select(v => v.CueText).FirstOrDefault(c => c is not null);

    /// <summary>The ids of the articles that report it, in story order.</summary>
    public IReadOnlyList<string> Citations { get; } = Variants.Select(v => v.Article.Id).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The citing articles that only repeat another's source (see <see cref="CopyGroups.RepeatsAmong"/>); empty without copy groups.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>How many independent sources report it: a wire copy's wording and its original's count once.</summary>
    public int Sources => Citations.Count - Copies.Count;
}

/// <summary>
/// Reported speech: an article says, without quotation marks, that someone said, found, believes or wants something
/// ("Hassett told CNBC the administration expects …"). One per attribution the tagger finds; not grouped across articles.
/// </summary>
public sealed record ReportedStatement(Article Article, Attribution Attribution, QuoteSpeaker Speaker)
{
    /// <summary>The content, pieces joined by " … ".</summary>
    public string Text => string.Join(" … ", Attribution.Content.Select(c => NameText.Collapse(Article[c])));

    public string? CueText => Attribution.Cue is { } span ? NameText.Collapse(Article[span]) : null;

    public string? SourceText => Attribution.Source is { } span ? NameText.Collapse(Article[span]) : null;
}

/// <summary>
/// One article's direct quotes (speakers resolved, one variant per quote, in text order) and its reported speech, as
/// <see cref="QuotesBuilder.ForArticle"/> finds them: what `dossier annotate` prints, and what a story's quotes are
/// grouped from.
/// </summary>
public sealed record ArticleQuotes(Article Article, IReadOnlyList<QuoteVariant> Quotes, IReadOnlyList<ReportedStatement> Reported);

/// <summary>An outlet the story's articles cite, and every citation of it: the who-cites-whom graph's edges into it.</summary>
public sealed record CitedOutlet(Outlet Outlet, ResolvedEntity? Entity, IReadOnlyList<OutletCitation> Citations)
{
    /// <summary>The citing articles, in story order: how many reports the claim reached from this one source.</summary>
    public IReadOnlyList<string> ArticleIds { get; } = Citations.Select(c => c.Article.Id).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The citing articles' own outlets, where known.</summary>
    public IReadOnlyList<string> CitingOutlets { get; } = Citations.Select(c => c.Article.OutletName).OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The citing articles that only repeat another's source (see <see cref="CopyGroups.RepeatsAmong"/>); empty without copy groups.</summary>
    public IReadOnlyList<string> Copies { get; init; } = [];

    /// <summary>How many independent sources cite it: a reprint repeating its original's "Reuters reported" is not a second one.</summary>
    public int Sources => ArticleIds.Count - Copies.Count;
}

/// <summary>
/// The story's "who said what" and "who reports whom". Each article's direct quotes (<see cref="DirectQuoteReader"/>)
/// get their speakers resolved to the story's entities (<see cref="SpeakerResolver"/>); quotes that state the same
/// words in different wordings become one <see cref="StoryQuote"/> with variants; outlet citations
/// (<see cref="OutletCitationFinder"/>) are grouped by the outlet cited.
/// </summary>
public static class QuotesBuilder
{
    /// <summary>
    /// Word-alignment similarity (Dice over the longest common word subsequence: 2·common / (words of one + words of
    /// the other)) at which two wordings are one quote. A quote retold by another outlet keeps most of its words in
    /// order and changes one or two ("The meeting should go very well" / "This meeting should go very smoothly": 4
    /// common of 6 and 6 words, 0.67); two different statements on one topic share function words and topic words but
    /// rarely two thirds of them in the same order. Different wordings must also align at least
    /// <see cref="MinCommonWords"/> words: "Rates will rise" and "Rates will fall" share a frame by chance, and
    /// "fruitful" or "going well" say too little to tell who else said them. Identical wordings always link.
    /// </summary>
    public const double SameQuoteSimilarity = 0.6;

    /// <summary>Fewest aligned words for two different wordings to be one quote.</summary>
    public const int MinCommonWords = 4;

    /// <summary>Most quotes a story keeps (in story order); the outputs show fewer.</summary>
    public const int MaxQuotesPerStory = 1_000;

    /// <summary>Fewest words the content of reported speech needs to be listed: shorter ones are fragments, not statements.</summary>
    public const int MinReportedWords = 4;

    /// <summary>
    /// The story's quotes and its reported speech. The finder runs once per article (<see cref="ForArticle"/>); its
    /// attributions give quotes a speaker where the rules find none, and those that are not quotes are the reported speech.
    /// </summary>
    /// <param name="copies">The story's wire copies, so that the quotes most sources report come first; null when unknown.</param>
    public static (IReadOnlyList<StoryQuote> Quotes, IReadOnlyList<ReportedStatement> Reported) QuotesAndReported(
        IReadOnlyList<Article> articles, IReadOnlyList<ResolvedEntity> entities, IAttributionFinder? finder, CopyGroups? copies = null)
    {
        var resolver = new SpeakerResolver(entities);
        var perArticle = new List<ArticleQuotes>();
        var reported = new List<ReportedStatement>();
        foreach (var article in articles.Distinct<Article>(ReferenceEqualityComparer.Instance))
        {
            var found = ForArticle(article, resolver, finder);
            perArticle.Add(found);
            reported.AddRange(found.Reported.Take(MaxQuotesPerStory - reported.Count));
        }
        copies ??= CopyGroups.None;
        return (Group(perArticle, copies), WithoutRepeats(reported, copies));
    }

    /// <summary>
    /// One article's direct quotes, each with its speaker resolved through <paramref name="resolver"/> (a variant per
    /// quote, in text order, nothing grouped), and its reported speech: the finder's attributions that name a source
    /// and whose content is no direct quote and has at least <see cref="MinReportedWords"/> words. At most
    /// <see cref="MaxQuotesPerStory"/> of each.
    /// </summary>
    public static ArticleQuotes ForArticle(Article article, SpeakerResolver resolver, IAttributionFinder? finder)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(resolver);
        var paragraphs = DirectQuoteReader.Paragraphs(article);
        var attributions = finder?.Find(article.Text, paragraphs) ?? [];
        var quotes = DirectQuoteReader.Read(article.Text, paragraphs, attributions);

        // Reported speech is resolved before the quotes, as it always has been: a pronoun's antecedent may be a
        // speaker resolved earlier in the same article, so the order is part of the result.
        var reported = new List<ReportedStatement>();
        foreach (var attribution in attributions)
        {
            if (reported.Count >= MaxQuotesPerStory) break;
            // Reported speech: a named source, and content that is no direct quote (those are listed as quotes).
            if (attribution.Source is not { } source || attribution.Content.Any(c => quotes.Any(q => q.Quotation.Overlaps(c)))) continue;
            if (attribution.Content.Sum(c => WordDiff.Words(article.TextOf(c)).Length) < MinReportedWords) continue;
            reported.Add(new ReportedStatement(article, attribution, resolver.Resolve(article, source)));
        }

        var variants = new List<QuoteVariant>();
        foreach (var found in quotes.Take(MaxQuotesPerStory))
        {
            var speaker = found.Speaker.Source is { } source ? resolver.Resolve(article, source) : null;
            variants.Add(new QuoteVariant(article, found.Quotation, speaker, found.Speaker.Source, found.Speaker.Cue, found.Speaker.Rule));
        }
        return new ArticleQuotes(article, variants, reported);
    }

    /// <summary>
    /// Reported speech without the statements a wire copy repeats word for word from its original: reported speech is
    /// listed article by article, so each would otherwise appear twice. What a copy adds or words differently stays.
    /// </summary>
    private static List<ReportedStatement> WithoutRepeats(List<ReportedStatement> reported, CopyGroups copies)
    {
        if (copies.All.Count == 0) return reported;
        var originals = reported.Where(r => !copies.IsCopy(r.Article.Id)).Select(r => (r.Article.Id, r.Text)).ToHashSet();
        return reported.Where(r => !copies.IsCopy(r.Article.Id) || !originals.Contains((copies.SourceOf(r.Article.Id), r.Text))).ToList();
    }

    /// <summary>Groups the wordings of one statement, across the articles, into one <see cref="StoryQuote"/>.</summary>
    private static IReadOnlyList<StoryQuote> Group(List<ArticleQuotes> perArticle, CopyGroups copies)
    {
        var items = new List<Item>();
        foreach (var variant in perArticle.SelectMany(a => a.Quotes).Take(MaxQuotesPerStory))
        {
            var keys = WordDiff.Words(variant.Text).Select(WordDiff.Key).Where(k => k.Length > 0).ToArray();
            items.Add(new Item(variant, keys, keys.ToHashSet(StringComparer.Ordinal)));
        }

        var groups = new List<List<Item>>();
        foreach (var item in items)
        {
            var best = -1;
            var bestSimilarity = 0.0;
            for (var g = 0; g < groups.Count; g++)
            {
                if (!SameSpeaker(groups[g], item)) continue;
                var similarity = groups[g].Max(member => Promising(member, item) ? Similarity(member.Keys, item.Keys) : 0);
                if (similarity >= SameQuoteSimilarity && similarity > bestSimilarity)
                {
                    best = g;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0) groups[best].Add(item);
            else groups.Add([item]);
        }

        return groups
            .Select(g => Build(g))
            .Select(quote => quote with { Copies = copies.RepeatsAmong(quote.Citations) })
            .Select((quote, index) => (quote, index))
            .OrderByDescending(x => x.quote.Sources)
            .ThenBy(x => x.quote.IsAttributed ? 0 : 1)
            .ThenBy(x => x.index)
            .Select(x => x.quote)
            .ToList();
    }

    /// <summary>The story's cited outlets, the one most independent sources cite first, each with its citations in story order.</summary>
    public static IReadOnlyList<CitedOutlet> CitedOutlets(IReadOnlyList<Article> articles, IReadOnlyList<ResolvedEntity> entities, CopyGroups? copies = null)
    {
        copies ??= CopyGroups.None;
        // The story's own publishers are outlets too, whether or not the catalogue lists them.
        var publishers = articles.Select(a => a.OutletName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var citations = articles.Distinct<Article>(ReferenceEqualityComparer.Instance).SelectMany(a => OutletCitationFinder.Find(a, publishers)).ToList();
        return citations
            .GroupBy(c => c.Outlet)
            .Select((g, index) => (Outlet: Counted(new CitedOutlet(g.Key, entities.FirstOrDefault(e => e.Kind == EntityKind.Outlet && e.Name == g.Key.Name), g.ToList()), copies), Index: index))
            .OrderByDescending(x => x.Outlet.Sources)
            // A reprint repeating its original's citations does not make the outlet more cited.
            .ThenByDescending(x => x.Outlet.Citations.Count(c => !copies.IsCopy(c.Article.Id)))
            .ThenBy(x => x.Index)
            .Select(x => x.Outlet)
            .ToList();
    }

    private static CitedOutlet Counted(CitedOutlet outlet, CopyGroups copies) => outlet with { Copies = copies.RepeatsAmong(outlet.ArticleIds) };

    /// <summary>How alike two wordings are (see <see cref="SameQuoteSimilarity"/>); a short wording inside a longer one counts as the same quote.</summary>
    public static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        if (a.SequenceEqual(b, StringComparer.Ordinal)) return 1;
        var shorter = Math.Min(a.Count, b.Count);
        if (shorter < MinCommonWords) return 0;
        var common = WordDiff.CommonLength(a, b);
        if (common < MinCommonWords) return 0;
        var dice = 2.0 * common / (a.Count + b.Count);
        // A partial quote ("should go very well") of a longer one, every word in order: the same statement, cut.
        var contained = common == shorter ? 0.9 : 0;
        return Math.Max(dice, contained);
    }

    /// <summary>
    /// A cheap bound before the alignment: the words two wordings share (as sets) bound the words they can align, so
    /// pairs that cannot reach the threshold, even as a contained partial quote, are skipped.
    /// </summary>
    private static bool Promising(Item a, Item b)
    {
        var (small, large) = a.Set.Count <= b.Set.Count ? (a, b) : (b, a);
        var shared = small.Set.Count(large.Set.Contains);
        return shared == small.Set.Count || 2.0 * shared / (a.Set.Count + b.Set.Count) >= SameQuoteSimilarity;
    }

    /// <summary>Two quotes with resolved speakers are one only when the speakers are the same entity.</summary>
    private static bool SameSpeaker(List<Item> group, Item item)
    {
        if (item.Variant.Speaker?.Entity is not { } entity) return true;
        return group.All(m => m.Variant.Speaker?.Entity is not { } other || ReferenceEquals(other, entity));
    }

    private static StoryQuote Build(List<Item> group)
    {
        var first = group[0].Variant;
        var variants = group.Select((item, i) => i == 0 || item.Keys.SequenceEqual(group[0].Keys, StringComparer.Ordinal)
            ? item.Variant
            : item.Variant with { Difference = WordDiff.Compare(first.Text, item.Variant.Text) }).ToList();
        var speaker = group.Select(m => m.Variant.Speaker).FirstOrDefault(s => s?.Entity is not null)
            ?? group.Select(m => m.Variant.Speaker).FirstOrDefault(s => s is not null);
        return new StoryQuote(speaker, variants);
    }

    private sealed record Item(QuoteVariant Variant, string[] Keys, HashSet<string> Set);
}
