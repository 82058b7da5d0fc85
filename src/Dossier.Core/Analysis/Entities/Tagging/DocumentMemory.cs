namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// What the tagger has seen in the current document, for features that look beyond the sentence: a word written in
/// lower case elsewhere is probably not a name at the start of a sentence; a capitalised word met inside sentences
/// probably is one in an all-caps headline; a word already tagged as a place is probably a place again.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly HashSet<ulong> _lowerSeen = [];
    private readonly HashSet<ulong> _capitalisedSeen = [];
    private readonly Dictionary<ulong, TypeCounts> _history = [];
    private readonly Dictionary<ulong, List<(int Token, ulong Before, ulong After)>> _contexts = [];
    private readonly Dictionary<ulong, TypeCounts> _firstPass = [];

    /// <summary>At most this many other places of a word are looked at (sports tables repeat names many times).</summary>
    public const int MaxContexts = 6;

    public struct TypeCounts
    {
        public int Person, Organization, Location, Misc, Outside;

        public readonly int Total => Person + Organization + Location + Misc;

        /// <summary>The type given most often, or -1 when none was.</summary>
        public readonly int Majority
        {
            get
            {
                int best = -1, count = 0;
                if (Person > count) (best, count) = (0, Person);
                if (Organization > count) (best, count) = (1, Organization);
                if (Location > count) (best, count) = (2, Location);
                if (Misc > count) best = 3;
                return best;
            }
        }
    }

    /// <summary>Reads the whole document once before tagging: which words it writes in lower case or capitalised mid-sentence.</summary>
    public void Prepare(TokenDocument document, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<bool> headline)
    {
        _lowerSeen.Clear();
        _capitalisedSeen.Clear();
        _history.Clear();
        _contexts.Clear();
        _firstPass.Clear();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var (start, end) = Bounds(document.Sentences[s]);
            for (int i = start; i < end; i++)
            {
                var info = tokens[i];
                if (info.Capitalisation is Capitalisation.Initial or Capitalisation.AllCaps or Capitalisation.Mixed)
                {
                    ref var places = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_contexts, info.Lower, out _);
                    places ??= [];
                    if (places.Count < MaxContexts)
                    {
                        places.Add((i, i > start ? tokens[i - 1].Lower : 0, i + 1 < end ? tokens[i + 1].Lower : 0));
                    }
                }
                if (info.Capitalisation == Capitalisation.Lower) _lowerSeen.Add(info.Lower);
                else if (!headline[s] && i > start && info.Capitalisation == Capitalisation.Initial) _capitalisedSeen.Add(info.Lower);
            }
        }
    }

    public static (int Start, int End) Bounds(Range range) => (range.Start.Value, range.End.Value);

    /// <summary>Whether a capitalised word of the sentence occurs elsewhere in the document too.</summary>
    public bool RepeatsAWord(ReadOnlySpan<TokenInfo> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Capitalisation is Capitalisation.Initial or Capitalisation.AllCaps or Capitalisation.Mixed
                && _contexts.TryGetValue(token.Lower, out var places) && places.Count > 1) return true;
        }
        return false;
    }

    /// <summary>The words around the other places where this capitalised word occurs in the document.</summary>
    public List<(int Token, ulong Before, ulong After)>? Contexts(ulong lower) => _contexts.GetValueOrDefault(lower);

    public bool SeenLower(ulong lower) => _lowerSeen.Contains(lower);

    public bool SeenCapitalised(ulong lower) => _capitalisedSeen.Contains(lower);

    public bool TryGetHistory(ulong word, out TypeCounts counts) => _history.TryGetValue(word, out counts);

    /// <summary>Keeps the first pass's labels of every capitalised word, and starts the history afresh.</summary>
    public void StartSecondPass(ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<byte> labels)
    {
        _history.Clear();
        Count(_firstPass, tokens, labels);
    }

    /// <summary>The first pass's labels of this word elsewhere in the document (its own label left out).</summary>
    public bool TryGetFirstPass(ulong word, int ownLabel, out TypeCounts counts)
    {
        if (!_firstPass.TryGetValue(word, out counts)) return false;
        Add(ref counts, ownLabel, -1);
        return counts.Total + counts.Outside > 0;
    }

    /// <summary>Remembers the labels given to a sentence's capitalised words.</summary>
    public void Remember(ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<byte> labels) => Count(_history, tokens, labels);

    private static void Count(Dictionary<ulong, TypeCounts> table, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<byte> labels)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Capitalisation is not (Capitalisation.Initial or Capitalisation.AllCaps or Capitalisation.Mixed)) continue;
            ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, tokens[i].Lower, out _);
            Add(ref counts, labels[i], 1);
        }
    }

    private static void Add(ref TypeCounts counts, int label, int delta)
    {
        if (label == EntityLabels.Outside)
        {
            counts.Outside += delta;
            return;
        }
        switch (EntityLabels.TypeOf(label))
        {
            case EntityType.Person: counts.Person += delta; break;
            case EntityType.Organization: counts.Organization += delta; break;
            case EntityType.Location: counts.Location += delta; break;
            default: counts.Misc += delta; break;
        }
    }
}
