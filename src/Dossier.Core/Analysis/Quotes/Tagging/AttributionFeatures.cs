using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// The features of one token for the attribution tagger. Besides the words around it, every token is described by the
/// nearest cue candidate on each side within its sentence: which word, how far, and whether a comma or a quotation mark
/// lies between. That is what separates the content of "…, the senator said" (before a cue, a comma between) from its
/// source (right before the cue, nothing between) and from the content of "said that …" (after the cue).
/// </summary>
internal static class AttributionFeatures
{
    public const int MaxFeatures = 40;

    private static readonly ulong Boundary = FeatureHash.Of("<p>");

    /// <summary>Where the nearest cue candidate on one side of each token stands.</summary>
    public struct CueContext
    {
        public int Index; // −1 when the sentence has none on that side
        public byte Distance;
        public bool CommaBetween;
        public bool QuoteBetween;
    }

    /// <summary>For each token, the nearest cue candidate before it and after it in its sentence.</summary>
    public static void FindCues(List<AttributionToken> tokens, Span<CueContext> left, Span<CueContext> right)
    {
        int candidate = -1;
        bool comma = false, quote = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].FirstOfSentence) candidate = -1;
            left[i] = Context(candidate, i, comma, quote);
            if (IsCandidate(tokens[i]))
            {
                candidate = i;
                comma = quote = false;
            }
            else
            {
                comma |= tokens[i].Shape == 6;
                quote |= tokens[i].Mark != QuoteMark.None;
            }
        }
        candidate = -1;
        comma = quote = false;
        for (int i = tokens.Count - 1; i >= 0; i--)
        {
            if (tokens[i].LastOfSentence) candidate = -1;
            right[i] = Context(candidate, i, comma, quote);
            if (IsCandidate(tokens[i]))
            {
                candidate = i;
                comma = quote = false;
            }
            else
            {
                comma |= tokens[i].Shape == 6;
                quote |= tokens[i].Mark != QuoteMark.None;
            }
        }
    }

    private static bool IsCandidate(in AttributionToken token) => token.CueRate > 0;

    private static CueContext Context(int candidate, int i, bool comma, bool quote) => candidate < 0
        ? new CueContext { Index = -1 }
        : new CueContext { Index = candidate, Distance = Bucket(Math.Abs(i - candidate)), CommaBetween = comma, QuoteBetween = quote };

    private static byte Bucket(int distance) => distance switch
    {
        <= 3 => (byte)distance,
        <= 5 => 4,
        <= 9 => 5,
        <= 15 => 6,
        _ => 7,
    };

    private static ulong RateBucket(float rate) => rate switch
    {
        0 => 0,
        < 0.2f => 1,
        < 0.5f => 2,
        < 0.8f => 3,
        _ => 4,
    };

    public static int Extract(List<AttributionToken> tokens, int i, in CueContext left, in CueContext right, Span<ulong> f)
    {
        var t = tokens[i];
        ulong Lower(int j) => j >= 0 && j < tokens.Count ? tokens[j].Lower : Boundary;
        ulong Shape(int j) => j >= 0 && j < tokens.Count ? tokens[j].Shape : 15UL;
        ulong quoted = t.Quoted ? 1UL : 0UL;
        ulong rate = RateBucket(t.CueRate);
        int n = 0;
        f[n++] = FeatureHash.Key(0, 0);
        f[n++] = FeatureHash.Key(1, t.Lower);
        f[n++] = FeatureHash.Key(2, Lower(i - 1));
        f[n++] = FeatureHash.Key(3, Lower(i + 1));
        f[n++] = FeatureHash.Key(4, Lower(i - 2));
        f[n++] = FeatureHash.Key(5, Lower(i + 2));
        f[n++] = FeatureHash.Key(6, Lower(i - 1), t.Lower);
        f[n++] = FeatureHash.Key(7, t.Lower, Lower(i + 1));
        f[n++] = FeatureHash.Key(8, t.Shape, quoted);
        f[n++] = FeatureHash.Key(9, Shape(i - 1), t.Shape, Shape(i + 1));
        f[n++] = FeatureHash.Key(10, quoted, (ulong)t.Mark);
        f[n++] = FeatureHash.Key(11, quoted, rate);
        f[n++] = FeatureHash.Key(12, (t.FirstOfSentence ? 1UL : 0) | (t.LastOfSentence ? 2UL : 0), quoted);
        f[n++] = FeatureHash.Key(13, rate, Lower(i - 1));
        f[n++] = FeatureHash.Key(14, rate, Lower(i + 1));
        f[n++] = FeatureHash.Key(15, (ulong)Math.Min(t.Sentence, 3), quoted);

        ulong leftShape = left.Index < 0 ? 0 : 1 + left.Distance * 4UL + (left.CommaBetween ? 1UL : 0) + (left.QuoteBetween ? 2UL : 0);
        ulong rightShape = right.Index < 0 ? 0 : 1 + right.Distance * 4UL + (right.CommaBetween ? 1UL : 0) + (right.QuoteBetween ? 2UL : 0);
        f[n++] = FeatureHash.Key(20, leftShape, quoted);
        f[n++] = FeatureHash.Key(21, rightShape, quoted);
        f[n++] = FeatureHash.Key(22, leftShape, rightShape);
        f[n++] = FeatureHash.Key(23, leftShape, rightShape, quoted);
        f[n++] = FeatureHash.Key(24, rightShape, t.Shape);
        f[n++] = FeatureHash.Key(25, leftShape, t.Shape);
        if (left.Index >= 0)
        {
            var cue = tokens[left.Index];
            f[n++] = FeatureHash.Key(26, cue.Lower, leftShape);
            f[n++] = FeatureHash.Key(27, cue.Lower, Lower(left.Index + 1));
            f[n++] = FeatureHash.Key(28, RateBucket(cue.CueRate), leftShape, quoted);
            f[n++] = FeatureHash.Key(29, Lower(left.Index + 1), left.Distance);
        }
        if (right.Index >= 0)
        {
            var cue = tokens[right.Index];
            f[n++] = FeatureHash.Key(30, cue.Lower, rightShape);
            f[n++] = FeatureHash.Key(31, cue.Lower, Lower(right.Index - 1));
            f[n++] = FeatureHash.Key(32, RateBucket(cue.CueRate), rightShape, quoted);
            f[n++] = FeatureHash.Key(33, Lower(right.Index - 1), right.Distance);
            f[n++] = FeatureHash.Key(34, Shape(right.Index - 1), rightShape, t.Shape);
        }
        return n;
    }

    /// <summary>The key of the weights for each label after <paramref name="previous"/>.</summary>
    public static ulong TransitionKey(int previous) => FeatureHash.Key(50, (ulong)previous);
}
