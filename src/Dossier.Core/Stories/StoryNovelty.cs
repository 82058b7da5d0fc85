using System.Buffers;
using Dossier.Core.Analysis.Learning;
using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>
/// What a story has said so far, kept small, to score how much a new article adds to it: the share of the article's
/// content features (its stemmed content terms and the pairs of adjacent ones) that no earlier article of the story
/// had. A wire copy scores 0, an article on another side of the event near 1, an update that repeats half the
/// earlier report and adds new facts in between. Terms say which names, numbers and things are new; pairs say
/// which new things are said of old ones ("police arrested" after "police searched").
/// <para>
/// The state is a set of 64-bit feature hashes capped at <see cref="Capacity"/>. When a story outgrows it, the set
/// keeps only the features whose hash lies under a threshold that halves each time (a uniform sample, since the
/// hashes are uniform), and an article is scored on its own features under the same threshold: the share stays an
/// unbiased estimate while the state never grows. Hashes are fixed functions (<see cref="FeatureHash"/>), so scores
/// are the same in every process. Not thread-safe.
/// </para>
/// </summary>
public sealed class StoryNovelty
{
    public const int DefaultCapacity = 512;

    /// <summary>Terms read per article at most, so one huge text costs no more than a long article.</summary>
    public const int MaxTerms = 20_000;

    /// <summary>The score of an article none of whose features falls in the story's sample: too short to measure against a long story.</summary>
    public const double Unknown = 0.5;

    private const int UnigramTemplate = 1;
    private const int BigramTemplate = 2;

    private readonly HashSet<ulong> _seen = [];
    private ulong _threshold = ulong.MaxValue;

    public StoryNovelty(int capacity = DefaultCapacity)
    {
        if (capacity is < 16 or > 1_000_000)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be between 16 and 1,000,000 features");
        Capacity = capacity;
    }

    public int Capacity { get; }

    /// <summary>Features remembered now (never more than <see cref="Capacity"/>).</summary>
    public int Count => _seen.Count;

    /// <summary>The share in [0, 1] of the article's features new to the story; 1 for the story's first article, 0 for an article without content terms.</summary>
    public double Score(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var features = ArrayPool<ulong>.Shared.Rent(FeatureCount(terms));
        try
        {
            var count = Features(terms, features);
            if (count == 0) return 0;
            if (_seen.Count == 0) return 1;
            int sampled = 0, novel = 0;
            foreach (var feature in features.AsSpan(0, count))
            {
                if (feature > _threshold) continue;
                sampled++;
                if (!_seen.Contains(feature)) novel++;
            }
            return sampled == 0 ? Unknown : (double)novel / sampled;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(features);
        }
    }

    /// <summary>Adds the article's features to what the story has said.</summary>
    public void Add(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var features = ArrayPool<ulong>.Shared.Rent(FeatureCount(terms));
        try
        {
            var count = Features(terms, features);
            foreach (var feature in features.AsSpan(0, count))
                if (feature <= _threshold) _seen.Add(feature);
            while (_seen.Count > Capacity)
            {
                _threshold >>= 1;
                var threshold = _threshold;
                _seen.RemoveWhere(f => f > threshold);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(features);
        }
    }

    /// <summary>Scores the article, then adds it: what the story's stream calls as each article joins.</summary>
    public double Observe(IReadOnlyList<string> terms)
    {
        var score = Score(terms);
        Add(terms);
        return score;
    }

    /// <summary>The content terms of the article's body blocks, the headline left out: a copy under a new headline adds nothing.</summary>
    public static List<string> BodyTerms(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var terms = new List<string>();
        foreach (var block in article.Blocks)
            if (block.IsBody && terms.Count < MaxTerms) TermExtractor.Collect(article[block.Span], terms);
        return terms;
    }

    private static int FeatureCount(IReadOnlyList<string> terms) => Math.Max(1, 2 * Math.Min(terms.Count, MaxTerms));

    /// <summary>Writes the distinct features of the terms into <paramref name="features"/>, sorted; returns how many.</summary>
    private static int Features(IReadOnlyList<string> terms, ulong[] features)
    {
        var count = 0;
        var previous = 0UL;
        var length = Math.Min(terms.Count, MaxTerms);
        for (var i = 0; i < length; i++)
        {
            var term = FeatureHash.Of(terms[i]);
            features[count++] = FeatureHash.Key(UnigramTemplate, term);
            if (i > 0) features[count++] = FeatureHash.Key(BigramTemplate, previous, term);
            previous = term;
        }
        var span = features.AsSpan(0, count);
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < span.Length; i++)
            if (i == 0 || span[i] != span[i - 1]) span[distinct++] = span[i];
        return distinct;
    }
}
