namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>The parts of an attribution a token can belong to (PolNeAR gives each token at most one).</summary>
internal enum AttributionPart : byte
{
    Source,
    Cue,
    Content,
}

/// <summary>
/// The tagger's labels: O, and Begin/Inside for each part (IOB2). Content runs long and pieces rarely touch, so the
/// extra Last/Unit positions that help names would only thin the data. Label = 1 + part × 2 + (inside ? 1 : 0).
/// </summary>
internal static class AttributionLabels
{
    public const int Count = 7;
    public const byte Outside = 0;

    public static byte Begin(AttributionPart part) => (byte)(1 + (int)part * 2);

    public static byte Inside(AttributionPart part) => (byte)(2 + (int)part * 2);

    public static AttributionPart PartOf(int label) => (AttributionPart)((label - 1) / 2);

    public static bool IsInside(int label) => label != Outside && (label - 1) % 2 == 1;

    /// <summary>An Inside label continues a piece of the same part; anything else may follow anything.</summary>
    public static bool CanFollow(int previous, int label) =>
        !IsInside(label) || (previous != Outside && PartOf(previous) == PartOf(label));

    public static bool CanEnd(int label) => true;

    /// <summary>The pieces (token ranges, end exclusive) of a label sequence; a stray Inside opens a piece.</summary>
    public static List<(int Start, int End, AttributionPart Part)> Pieces(ReadOnlySpan<byte> labels)
    {
        var pieces = new List<(int, int, AttributionPart)>();
        int start = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : Outside;
            bool continues = start >= 0 && IsInside(label) && PartOf(label) == PartOf(labels[start]);
            if (continues) continue;
            if (start >= 0) pieces.Add((start, i, PartOf(labels[start])));
            start = label == Outside ? -1 : i;
        }
        return pieces;
    }
}
