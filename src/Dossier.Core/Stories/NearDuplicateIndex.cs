using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>Settings of a <see cref="NearDuplicateIndex"/>.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>
    /// Articles remembered at most; the oldest is forgotten to make room. Memory is allocated for all of them up
    /// front, about 1.3 KB an article (a 20,000-article window holds 26 MB), and does not grow after.
    /// </summary>
    public int Capacity { get; init; } = 20_000;

    /// <summary>
    /// Two texts are copies when this share of the smaller one's shingles is also in the other. 0.7 keeps a copy
    /// with one word changed in every sentence (about 0.8 of its three-word shingles survive) and rejects an update
    /// that rewrites half of the story (0.5).
    /// </summary>
    public double MinContainment { get; init; } = 0.7;

    /// <summary>
    /// And their Jaccard similarity must reach this: a brief that is the first third of a longer wire story is still
    /// its copy, but a one-paragraph text is not a copy of every long article that quotes it.
    /// </summary>
    public double MinJaccard { get; init; } = 0.3;

    /// <summary>Texts with fewer distinct shingles (about seven words) are too short to call copies: not matched, not stored.</summary>
    public int MinShingles { get; init; } = 5;

    /// <summary>A copy this similar to a stored article is not stored itself: it would find nothing the original does not.</summary>
    public double StoreBelowJaccard { get; init; } = 0.9;
}

/// <summary>
/// Recognises syndicated copies and wire reprints of articles already seen on a stream: the same text under another
/// headline, with a dateline, byline or boilerplate added, the ending trimmed, or lightly edited.
/// <para>
/// MinHash rather than SimHash: SimHash approximates cosine similarity of the whole text, so a copy trimmed to half
/// its length or with an added paragraph drifts far in Hamming distance, while MinHash estimates Jaccard similarity,
/// from which (with the two shingle counts) the share of the shorter text found in the longer follows, and that
/// containment is what a trimmed or padded copy keeps. Each text is reduced to the distinct three-word shingles of
/// <see cref="WordShingles"/> and a 120-hash signature (<see cref="MinHash"/>), cut into 40 bands of 3 rows. Two texts
/// become candidates when a whole band agrees, which happens with probability 1 - (1 - J³)⁴⁰: 0.995 at Jaccard 0.5,
/// 0.93 at 0.4, 0.67 at 0.3, but 0.04 at 0.1 and 4·10⁻⁵ at 0.01 (two unrelated Reuters stories), so the 50 % point
/// sits near J = (1/40)^(1/3) ≈ 0.29, just under <see cref="NearDuplicateOptions.MinJaccard"/>. Candidates are then
/// verified on the whole signature against the thresholds of the options.
/// </para>
/// <para>
/// Cost per article: the shingles times 120 hashes (vectorised), then 40 bucket look-ups each reading a bounded
/// chain, so it does not grow with the number of articles stored. Buckets live in a fixed table of chains threaded through
/// preallocated arrays, so adding and forgetting allocate nothing. Hashes are fixed functions
/// (<see cref="FeatureHash"/>), so the same stream gives the same answers in every process. Not thread-safe.
/// </para>
/// </summary>
public sealed class NearDuplicateIndex
{
    private const int Rows = 3;
    private const int Bands = MinHash.Hashes / Rows;

    /// <summary>Chain entries read per band: copies of one text share their buckets, and reading the newest of them suffices because each knows its original.</summary>
    private const int MaxChainRead = 64;

    private const int MaxCapacity = 500_000;
    private const int Empty = -1;

    private readonly NearDuplicateOptions _options;
    private readonly int _capacity;

    // Per slot (one remembered article).
    private readonly string?[] _ids;
    private readonly string?[] _originals;
    private readonly long[] _originalSequence;
    private readonly int[] _sizes;
    private readonly uint[] _signatures;
    private readonly long[] _seenBy;

    // Per node (one slot in one band): the doubly linked chains of the bucket table.
    private readonly int[] _next;
    private readonly int[] _previous;
    private readonly int[] _heads;
    private readonly int _bucketShift;

    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly WordShingles _shingles = new();
    private readonly uint[] _signature = new uint[MinHash.Hashes];
    private int _cursor;
    private long _sequence;

    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        _options = options ?? new NearDuplicateOptions();
        if (_options.Capacity is < 1 or > MaxCapacity)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Capacity, $"capacity must be between 1 and {MaxCapacity}");
        if (!InUnitRange(_options.MinContainment) || !InUnitRange(_options.MinJaccard) || !InUnitRange(_options.StoreBelowJaccard))
            throw new ArgumentOutOfRangeException(nameof(options), "similarity thresholds must be in (0, 1]");
        if (_options.MinShingles < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MinShingles, "at least one shingle is needed");

        _capacity = _options.Capacity;
        _ids = new string?[_capacity];
        _originals = new string?[_capacity];
        _originalSequence = new long[_capacity];
        _sizes = new int[_capacity];
        _signatures = new uint[_capacity * MinHash.Hashes];
        _seenBy = new long[_capacity];
        _next = new int[_capacity * Bands];
        _previous = new int[_capacity * Bands];
        // Twice as many buckets as nodes keeps chains short; unrelated keys sharing a bucket are told apart by
        // comparing the band's rows, so the table needs no keys of its own.
        var bucketBits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)(_capacity * Bands * 2 - 1)));
        _heads = new int[1 << bucketBits];
        _bucketShift = 64 - bucketBits;
        Array.Fill(_heads, Empty);
        Array.Fill(_seenBy, -1);
    }

    /// <summary>Articles remembered now.</summary>
    public int Count => _slotOf.Count;

    public int Capacity => _capacity;

    /// <summary>
    /// Looks <paramref name="text"/> up among the articles remembered and remembers it under
    /// <paramref name="articleId"/> (replacing an earlier text of that id). Returns the id of the original it copies,
    /// the earliest article of its group of copies even if that one has since been forgotten, or null when it is no copy.
    /// </summary>
    public string? Add(string articleId, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        _shingles.Reset();
        _shingles.Feed(text);
        return LookUp(articleId);
    }

    /// <summary>As <see cref="Add(string, ReadOnlySpan{char})"/> over the article's body blocks: headlines, captions and boilerplate are what copies differ in.</summary>
    public string? Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ShingleBody(article);
        return LookUp(article.Id);
    }

    /// <summary>The original <paramref name="text"/> copies, as <see cref="Add(string, ReadOnlySpan{char})"/> answers, without remembering the text.</summary>
    public string? Find(ReadOnlySpan<char> text)
    {
        _shingles.Reset();
        _shingles.Feed(text);
        return LookUp(null);
    }

    /// <summary>Forgets an article; false when it is not remembered (never added, forgotten, or not stored because a near-identical copy).</summary>
    public bool Remove(string articleId)
    {
        if (!_slotOf.TryGetValue(articleId, out var slot)) return false;
        Evict(slot);
        return true;
    }

    private void ShingleBody(Article article)
    {
        _shingles.Reset();
        foreach (var block in article.Blocks)
            if (block.IsBody) _shingles.Feed(article[block.Span]);
    }

    private string? LookUp(string? articleId)
    {
        if (articleId is not null) Remove(articleId);
        var size = _shingles.Count;
        if (size < _options.MinShingles) return null;

        MinHash.Sign(_shingles.Set, _signature);
        var sequence = _sequence++;
        var (match, matchJaccard) = BestMatch(sequence, size);
        // Read before the slot is reused below: the match may be the very article the ring evicts.
        var (original, originalSequence) = match < 0 ? (articleId, sequence) : (_originals[match], _originalSequence[match]);
        if (articleId is null || (match >= 0 && matchJaccard >= _options.StoreBelowJaccard)) return match < 0 ? null : original;

        var slot = _cursor;
        _cursor = (_cursor + 1) % _capacity;
        if (_ids[slot] is not null) Evict(slot);
        Store(slot, articleId, size, original!, originalSequence);
        return match < 0 ? null : original;
    }

    /// <summary>The verified candidate whose original came first, and its estimated Jaccard similarity; -1 when none.</summary>
    private (int Slot, double Jaccard) BestMatch(long sequence, int size)
    {
        var best = -1;
        var bestJaccard = 0.0;
        ReadOnlySpan<uint> signature = _signature;
        for (var band = 0; band < Bands; band++)
        {
            var read = 0;
            for (var node = _heads[Bucket(signature, band)]; node != Empty && read < MaxChainRead; node = _next[node], read++)
            {
                var slot = node / Bands;
                if (_seenBy[slot] == sequence || !SameBand(signature, SignatureOf(slot), band)) continue;
                _seenBy[slot] = sequence;
                var jaccard = (double)MinHash.Agreements(signature, SignatureOf(slot)) / MinHash.Hashes;
                if (!IsCopy(jaccard, size, _sizes[slot])) continue;
                if (best < 0 || _originalSequence[slot] < _originalSequence[best])
                    (best, bestJaccard) = (slot, jaccard);
            }
        }
        return (best, bestJaccard);
    }

    private bool IsCopy(double jaccard, int sizeA, int sizeB)
    {
        if (jaccard < _options.MinJaccard) return false;
        // |A ∩ B| = J · |A ∪ B| and |A ∪ B| = (|A| + |B|) / (1 + J), so the shared count follows from J and the sizes.
        var shared = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return shared / Math.Min(sizeA, sizeB) >= _options.MinContainment;
    }

    private void Store(int slot, string articleId, int size, string original, long originalSequence)
    {
        _ids[slot] = articleId;
        _sizes[slot] = size;
        _originals[slot] = original;
        _originalSequence[slot] = originalSequence;
        _signature.CopyTo(_signatures.AsSpan(slot * MinHash.Hashes, MinHash.Hashes));
        _slotOf[articleId] = slot;
        ReadOnlySpan<uint> signature = _signature;
        for (var band = 0; band < Bands; band++)
        {
            var node = slot * Bands + band;
            ref var head = ref _heads[Bucket(signature, band)];
            _previous[node] = Empty;
            _next[node] = head;
            if (head != Empty) _previous[head] = node;
            head = node;
        }
    }

    private void Evict(int slot)
    {
        ReadOnlySpan<uint> signature = SignatureOf(slot);
        for (var band = 0; band < Bands; band++)
        {
            var node = slot * Bands + band;
            var (previous, next) = (_previous[node], _next[node]);
            if (previous == Empty) _heads[Bucket(signature, band)] = next;
            else _next[previous] = next;
            if (next != Empty) _previous[next] = previous;
        }
        _slotOf.Remove(_ids[slot]!);
        _ids[slot] = null;
        _originals[slot] = null;
        _seenBy[slot] = -1;
    }

    private ReadOnlySpan<uint> SignatureOf(int slot) => _signatures.AsSpan(slot * MinHash.Hashes, MinHash.Hashes);

    private int Bucket(ReadOnlySpan<uint> signature, int band)
    {
        var row = band * Rows;
        return (int)(FeatureHash.Key(band, signature[row], signature[row + 1], signature[row + 2]) >> _bucketShift);
    }

    private static bool SameBand(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, int band) =>
        a.Slice(band * Rows, Rows).SequenceEqual(b.Slice(band * Rows, Rows));

    private static bool InUnitRange(double value) => value is > 0 and <= 1;
}
