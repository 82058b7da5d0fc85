namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// The tagger's labels: O, and Begin/Inside/Last/Unit for each entity type (BILOU), which separates the first, middle
/// and last words of a name and names of one word better than IOB does. Label = 1 + type × 4 + position.
/// </summary>
internal static class EntityLabels
{
    public const int Count = 17;
    public const byte Outside = 0;

    public enum Position : byte
    {
        Begin,
        Inside,
        Last,
        Unit,
    }

    public static byte Of(EntityType type, Position position) => (byte)(1 + (int)type * 4 + (int)position);

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    public static Position PositionOf(int label) => (Position)((label - 1) % 4);

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/>: a name that was opened must go on or close.</summary>
    public static bool CanFollow(int previous, int label)
    {
        bool open = previous != Outside && PositionOf(previous) is Position.Begin or Position.Inside;
        if (label == Outside) return !open;
        var position = PositionOf(label);
        bool continues = position is Position.Inside or Position.Last;
        return open ? continues && TypeOf(label) == TypeOf(previous) : !continues;
    }

    /// <summary>Whether a name may stop after <paramref name="label"/> (the sentence end).</summary>
    public static bool CanEnd(int label) => label == Outside || PositionOf(label) is Position.Last or Position.Unit;

    /// <summary>Labels for a sentence of <paramref name="length"/> tokens holding the given names (token ranges).</summary>
    public static void Encode(IEnumerable<(int Start, int End, EntityType Type)> names, Span<byte> labels)
    {
        labels.Clear();
        foreach (var (start, end, type) in names)
        {
            if (end - start == 1)
            {
                labels[start] = Of(type, Position.Unit);
                continue;
            }
            labels[start] = Of(type, Position.Begin);
            for (int i = start + 1; i < end - 1; i++) labels[i] = Of(type, Position.Inside);
            labels[end - 1] = Of(type, Position.Last);
        }
    }

    /// <summary>The names (token ranges, end exclusive) in a label sequence; a broken sequence is read leniently.</summary>
    public static List<(int Start, int End, EntityType Type)> Decode(ReadOnlySpan<byte> labels)
    {
        var names = new List<(int, int, EntityType)>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside)
            {
                if (start >= 0) names.Add((start, i, TypeOf(labels[start])));
                start = -1;
                continue;
            }
            var position = PositionOf(label);
            bool continues = start >= 0 && TypeOf(labels[start]) == TypeOf(label) && position is Position.Inside or Position.Last;
            if (!continues)
            {
                if (start >= 0) names.Add((start, i, TypeOf(labels[start])));
                start = i;
            }
            if (position is Position.Last or Position.Unit)
            {
                names.Add((start, i + 1, TypeOf(label)));
                start = -1;
            }
        }
        if (start >= 0) names.Add((start, labels.Length, TypeOf(labels[start])));
        return names;
    }
}
