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
    public const int MaxFeatures = 48;

    private static readonly ulong Boundary = FeatureHash.Of("<p>");

    /// <summary>Where the nearest cue candidate on one side of each token stands.</summary>
    public struct CueContext
    {
        public int Index; // −1 when the sentence has none on that side
        public byte Distance;
        public bool CommaBetween;
        public bool QuoteBetween;
    }

    /// <summary>
    /// For each token, the nearest cue candidate before it and after it in its sentence, and the strongest (the one most
    /// often a cue) on each side: in "Secret Service protocol called for …, sources said" the nearest candidate is a weak
    /// one and the sentence-final "said" decides.
    /// </summary>
    public static void FindCues(List<AttributionToken> tokens, Span<CueContext> left, Span<CueContext> right, Span<CueContext> strongestLeft, Span<CueContext> strongestRight)
    {
        Scan(tokens, left, strongestLeft, forward: true);
        Scan(tokens, right, strongestRight, forward: false);
    }

    private static void Scan(List<AttributionToken> tokens, Span<CueContext> nearest, Span<CueContext> strongest, bool forward)
    {
        int candidate = -1, best = -1;
        bool comma = false, quote = false, commaSinceBest = false, quoteSinceBest = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            int i = forward ? k : tokens.Count - 1 - k;
            if (forward ? tokens[i].FirstOfSentence : tokens[i].LastOfSentence) candidate = best = -1;
            nearest[i] = Context(candidate, i, comma, quote);
            strongest[i] = Context(best, i, commaSinceBest, quoteSinceBest);
            if (IsCandidate(tokens[i]))
            {
                if (best < 0 || tokens[i].CueRate > tokens[best].CueRate)
                {
                    best = i;
                    commaSinceBest = quoteSinceBest = false;
                }
                candidate = i;
                comma = quote = false;
            }
            else
            {
                bool isComma = tokens[i].Shape == 6, isQuote = tokens[i].Mark != QuoteMark.None;
                comma |= isComma;
                quote |= isQuote;
                commaSinceBest |= isComma;
                quoteSinceBest |= isQuote;
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

    public static int Extract(List<AttributionToken> tokens, int i, in CueContext left, in CueContext right, in CueContext strongestLeft, in CueContext strongestRight, Span<ulong> f)
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
        if (t.Cluster != 0)
        {
            // Word clusters stand in for parts of speech: a clause's verb ("close", "fall") looks like the verbs seen in content.
            f[n++] = FeatureHash.Key(16, t.Cluster >> 32, quoted);
            f[n++] = FeatureHash.Key(17, t.Cluster & 0xFFFFFFFF);
        }

        ulong leftShape = ShapeOf(left), rightShape = ShapeOf(right);
        ulong strongLeftShape = ShapeOf(strongestLeft), strongRightShape = ShapeOf(strongestRight);
        ulong strongLeftRate = strongestLeft.Index < 0 ? 0 : RateBucket(tokens[strongestLeft.Index].CueRate);
        ulong strongRightRate = strongestRight.Index < 0 ? 0 : RateBucket(tokens[strongestRight.Index].CueRate);
        f[n++] = FeatureHash.Key(40, strongLeftShape, strongLeftRate, quoted);
        f[n++] = FeatureHash.Key(41, strongRightShape, strongRightRate, quoted);
        f[n++] = FeatureHash.Key(42, strongLeftShape * 64 + strongLeftRate, strongRightShape * 64 + strongRightRate);
        if (strongestLeft.Index >= 0) f[n++] = FeatureHash.Key(43, tokens[strongestLeft.Index].Lower, strongLeftShape);
        if (strongestRight.Index >= 0)
        {
            f[n++] = FeatureHash.Key(44, tokens[strongestRight.Index].Lower, strongRightShape);
            f[n++] = FeatureHash.Key(45, Lower(strongestRight.Index + 1), strongRightShape, strongRightRate);
        }
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
            // What follows the cue: "…, he said." ends the sentence on it; "he said that …" opens the content after it.
            f[n++] = FeatureHash.Key(35, Lower(right.Index + 1), rightShape);
        }
        return n;
    }

    private static ulong ShapeOf(in CueContext cue) =>
        cue.Index < 0 ? 0 : 1 + cue.Distance * 4UL + (cue.CommaBetween ? 1UL : 0) + (cue.QuoteBetween ? 2UL : 0);

    /// <summary>The key of the weights for each label after <paramref name="previous"/>.</summary>
    public static ulong TransitionKey(int previous) => FeatureHash.Key(50, (ulong)previous);
}
