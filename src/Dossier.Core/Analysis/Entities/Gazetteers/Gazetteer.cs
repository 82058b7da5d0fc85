using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>
/// Named lists of phrases (countries, cities, first names...) and a matcher that marks, per token, which lists a
/// longest match covers. Phrases are split with our <see cref="Tokenizer"/>, so "U.S. Bancorp" or "Moody's" match the
/// tokens an article gives. The phrases live in a token trie: each distinct token string gets an id once, and a walk
/// is one span lookup per token plus an integer dictionary lookup per step, with no allocation per token. Once
/// built, a gazetteer does not change, so <see cref="Match"/> may run on many threads at once.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>The name of the committed file in <c>models/</c>.</summary>
    public const string ModelName = "gazetteers.tsv";

    /// <summary>Longer phrases are refused: no real name is this long, and it bounds every walk.</summary>
    public const int MaxPhraseTokens = 16;

    /// <summary>All-caps tokens longer than this are not title-cased (the copy is made on the stack).</summary>
    private const int MaxTitleCaseChars = 64;

    /// <summary>Sentences up to this many tokens keep their token ids on the stack; longer ones rent an array.</summary>
    private const int StackTokens = 256;

    private const int NoToken = -1;
    private const int NoNode = -1;

    private readonly string[] _lists;
    private readonly ReadOnlyMemory<char>[][] _phrases;

    private readonly Dictionary<string, int> _tokenIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenIdsBySpan;

    // The trie: node 0 is the root. The root has a child for most token ids, so its edges are an array by token id;
    // deeper edges are keyed by (node, token id) in one dictionary. _ends[node] has bit k set when a phrase of list k
    // ends at that node.
    private readonly int[] _rootChildren;
    private readonly Dictionary<long, int> _children;
    private readonly List<ushort> _ends = [0];

    /// <summary>Builds the matcher from lists of phrases. Phrases are trimmed; duplicates within a list count once.</summary>
    /// <exception cref="ArgumentException">Too many lists, a bad list name, or a phrase that cannot be stored or matched.</exception>
    public static Gazetteer Create(IEnumerable<KeyValuePair<string, IEnumerable<string>>> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var byName = new Dictionary<string, List<ReadOnlyMemory<char>>>(StringComparer.Ordinal);
        foreach (var (name, phrases) in lists)
        {
            if (!byName.TryGetValue(name, out var list)) byName.Add(name, list = []);
            foreach (var phrase in phrases)
            {
                ArgumentNullException.ThrowIfNull(phrase);
                if (phrase.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
                    throw new ArgumentException($"the phrase '{phrase}' of list '{name}' holds a tab or a line break", nameof(lists));
                list.Add(phrase.AsMemory().Trim());
            }
        }
        return new Gazetteer(byName);
    }

    /// <param name="byName">The phrases of each list, in any order.</param>
    /// <param name="file">When the phrases are slices of one read file: its text and all its tokens, so the file is
    /// tokenized in one pass instead of once per phrase (see <see cref="Read"/>).</param>
    // Loading runs once per process over 165,000 phrases: compiled fully at once, not first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Gazetteer(Dictionary<string, List<ReadOnlyMemory<char>>> byName, (string Text, List<TextSpan> Tokens)? file = null)
    {
        if (byName.Count > GazetteerHits.MaxLists)
            throw new ArgumentException($"{byName.Count} lists, more than the {GazetteerHits.MaxLists} a token's hits can hold");
        _lists = byName.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var name in _lists)
            if (!IsListName(name)) throw new ArgumentException($"'{name}' is not a list name (letters, digits, '-' and '_' only)");
        _phrases = new ReadOnlyMemory<char>[_lists.Length][];
        // Sized up front: a gazetteer has about as many distinct tokens, and as many trie edges, as phrases.
        int phraseCount = byName.Values.Sum(p => p.Count);
        _tokenIds = new Dictionary<string, int>(phraseCount, StringComparer.Ordinal);
        _children = new Dictionary<long, int>(phraseCount);
        _tokenIdsBySpan = _tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();

        var rootChildren = new List<int>();
        var tokens = new List<TextSpan>();
        for (int list = 0; list < _lists.Length; list++)
        {
            var phrases = SortedDistinct(byName[_lists[list]]);
            _phrases[list] = phrases;
            foreach (var phrase in phrases) Insert(phrase, list, file, tokens, rootChildren);
        }
        _rootChildren = rootChildren.ToArray();
    }

    /// <summary>The list names, in the order that gives each its bit pair in <see cref="GazetteerHits"/> (ordinal).</summary>
    public IReadOnlyList<string> Lists => _lists;

    /// <summary>The index of a list (its bit pair in <see cref="GazetteerHits"/>), or -1 when there is no such list.</summary>
    public int IndexOf(string list) => Array.IndexOf(_lists, list);

    /// <summary>How many distinct phrases list <paramref name="list"/> holds.</summary>
    public int Count(int list) => _phrases[list].Length;

    /// <summary>The phrases of list <paramref name="list"/>, sorted by ordinal comparison.</summary>
    public IEnumerable<string> Phrases(int list) => _phrases[list].Select(p => p.ToString());

    /// <summary>How many distinct token strings the phrases use (the trie's alphabet).</summary>
    public int TokenCount => _tokenIds.Count;

    /// <summary>
    /// Marks in <paramref name="perToken"/> (cleared first) what the lists say about each of <paramref name="tokens"/>.
    /// For each list separately, matches are found left to right and the longest match starting at a token wins; a
    /// token it covers starts no other match of that list. Matching is exact-case, and an all-caps token (headlines:
    /// "JAPAN BEAT SYRIA") may also match in its title-cased form. Only the given tokens are considered, so pass one
    /// sentence at a time to keep matches inside sentences.
    /// </summary>
    public void Match(string text, ReadOnlySpan<TextSpan> tokens, Span<GazetteerHits> perToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (perToken.Length < tokens.Length)
            throw new ArgumentException($"{perToken.Length} slots for {tokens.Length} tokens", nameof(perToken));
        int n = tokens.Length;
        perToken[..n].Clear();
        if (n == 0) return;

        int[]? rented = null;
        Span<int> ids = n <= StackTokens ? stackalloc int[2 * n] : (rented = ArrayPool<int>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        try
        {
            var exact = ids[..n];
            var titled = ids[n..];
            bool anyTitled = LookUpTokens(text, tokens, exact, titled);
            MatchIds(exact, anyTitled ? titled : default, perToken);
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Fills the token ids as written and title-cased; true when some all-caps token has a title-cased id of its own.</summary>
    private bool LookUpTokens(string text, ReadOnlySpan<TextSpan> tokens, Span<int> exact, Span<int> titled)
    {
        bool anyTitled = false;
        Span<char> buffer = stackalloc char[MaxTitleCaseChars];
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!token.IsWithin(text.Length)) throw new ArgumentOutOfRangeException(nameof(tokens), $"token {token} lies outside the text");
            var chars = token.Of(text);
            exact[i] = IdOf(chars);
            titled[i] = exact[i];
            if (chars.Length <= MaxTitleCaseChars && IsAllCaps(chars))
            {
                var title = buffer[..chars.Length];
                TitleCase(chars, title);
                titled[i] = IdOf(title);
                anyTitled |= titled[i] != exact[i];
            }
        }
        return anyTitled;
    }

    private int IdOf(ReadOnlySpan<char> token) => _tokenIdsBySpan.TryGetValue(token, out int id) ? id : NoToken;

    private void MatchIds(ReadOnlySpan<int> exact, ReadOnlySpan<int> titled, Span<GazetteerHits> perToken)
    {
        int n = exact.Length;
        // Per list: the first token a new match may start at, and the last token of the longest match found at i.
        Span<int> freeFrom = stackalloc int[GazetteerHits.MaxLists];
        Span<int> lastToken = stackalloc int[GazetteerHits.MaxLists];
        freeFrom.Clear();
        for (int i = 0; i < n; i++)
        {
            uint found = Walk(exact, i, lastToken, 0);
            if (!titled.IsEmpty) found = Walk(titled, i, lastToken, found);
            while (found != 0)
            {
                int list = BitOperations.TrailingZeroCount(found);
                found &= found - 1;
                if (i < freeFrom[list]) continue;
                int last = lastToken[list];
                perToken[i] = new GazetteerHits(perToken[i].Bits | GazetteerHits.BeginBit(list));
                for (int j = i + 1; j <= last; j++) perToken[j] = new GazetteerHits(perToken[j].Bits | GazetteerHits.InsideBit(list));
                freeFrom[list] = last + 1;
            }
        }
    }

    /// <summary>
    /// Follows the trie from token <paramref name="start"/>. For each list with a phrase ending on the way, records in
    /// <paramref name="lastToken"/> the furthest token one ends at (never less than an earlier walk's, for lists
    /// already in <paramref name="found"/>). Returns <paramref name="found"/> with those lists added.
    /// </summary>
    private uint Walk(ReadOnlySpan<int> ids, int start, Span<int> lastToken, uint found)
    {
        int id = ids[start];
        if (id == NoToken) return found;
        int node = _rootChildren[id];
        for (int j = start; node != NoNode;)
        {
            uint ends = _ends[node];
            for (uint bits = ends; bits != 0; bits &= bits - 1)
            {
                int list = BitOperations.TrailingZeroCount(bits);
                if ((found & (1u << list)) == 0 || lastToken[list] < j) lastToken[list] = j;
            }
            found |= ends;
            if (++j >= ids.Length || ids[j] == NoToken) break;
            node = _children.TryGetValue(EdgeKey(node, ids[j]), out int child) ? child : NoNode;
        }
        return found;
    }

    private static long EdgeKey(int node, int tokenId) => ((long)node << 32) | (uint)tokenId;

    /// <summary>At least one letter and no lower-case one: "JAPAN", "U.S.", "AT&amp;T".</summary>
    private static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        bool letter = false;
        foreach (char c in token)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>
    /// "COCA-COLA" to "Coca-Cola", "U.S." stays "U.S.", "'S" to "'s": a letter stays upper-case when it starts the
    /// token or follows a non-letter other than an apostrophe, and is lower-cased otherwise.
    /// </summary>
    private static void TitleCase(ReadOnlySpan<char> token, Span<char> into)
    {
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            bool starts = k == 0 || (!char.IsLetter(token[k - 1]) && token[k - 1] is not ('\'' or '\u2019'));
            into[k] = starts ? c : char.ToLowerInvariant(c);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(ReadOnlyMemory<char> phrase, int list, (string Text, List<TextSpan> Tokens)? file, List<TextSpan> tokens, List<int> rootChildren)
    {
        if (!MemoryMarshal.TryGetString(phrase, out var text, out int start, out int length))
            throw new InvalidOperationException("phrases are slices of strings");
        tokens.Clear();
        if (file is var (fileText, fileTokens) && ReferenceEquals(text, fileText)) TokensWithin(fileTokens, start, start + length, tokens);
        else Tokenizer.Tokenize(text, new TextSpan(start, length), tokens);
        if (tokens.Count == 0) return;
        if (tokens.Count > MaxPhraseTokens)
            throw new ArgumentException($"the phrase '{phrase}' of list '{_lists[list]}' has {tokens.Count} tokens, more than {MaxPhraseTokens}");

        int node = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            int id = TokenIdFor(tokens[t].Of(text), rootChildren);
            if (node == 0)
            {
                if (rootChildren[id] == NoNode) rootChildren[id] = NewNode();
                node = rootChildren[id];
            }
            else
            {
                var key = EdgeKey(node, id);
                if (!_children.TryGetValue(key, out int child)) _children.Add(key, child = NewNode());
                node = child;
            }
        }
        _ends[node] |= (ushort)(1 << list);
    }

    /// <summary>The tokens of <paramref name="all"/> (in text order) that lie inside [start, end).</summary>
    private static void TokensWithin(List<TextSpan> all, int start, int end, List<TextSpan> into)
    {
        int low = 0, high = all.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (all[middle].Start < start) low = middle + 1;
            else high = middle;
        }
        for (int k = low; k < all.Count && all[k].End <= end; k++) into.Add(all[k]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TokenIdFor(ReadOnlySpan<char> token, List<int> rootChildren)
    {
        if (_tokenIdsBySpan.TryGetValue(token, out int id)) return id;
        id = _tokenIds.Count;
        _tokenIds.Add(token.ToString(), id);
        rootChildren.Add(NoNode);
        return id;
    }

    private int NewNode()
    {
        _ends.Add(0);
        return _ends.Count - 1;
    }

    /// <summary>Trimmed, non-empty, in ordinal order, each once. Skips the sort when the input is in order already (a read file).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlyMemory<char>[] SortedDistinct(List<ReadOnlyMemory<char>> phrases)
    {
        bool sorted = true;
        for (int k = 1; k < phrases.Count && sorted; k++) sorted = Compare(phrases[k - 1], phrases[k]) < 0;
        if (sorted && (phrases.Count == 0 || !phrases[0].IsEmpty)) return phrases.ToArray();
        phrases.Sort(Compare);
        var result = new List<ReadOnlyMemory<char>>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (phrase.IsEmpty) continue;
            if (result.Count > 0 && Compare(result[^1], phrase) == 0) continue;
            result.Add(phrase);
        }
        return result.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Compare(ReadOnlyMemory<char> a, ReadOnlyMemory<char> b) => a.Span.SequenceCompareTo(b.Span);

    private static bool IsListName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // ---- The file: UTF-8 lines "list<TAB>phrase", lists and phrases in ordinal order. A line whose list field is
    // empty belongs to the list of the line above, which keeps 170,000 city names from repeating "cities". Lines that
    // start with '#' are comments.

    /// <summary>Files larger than this are refused before reading; the committed one is a few MB.</summary>
    public const int MaxFileBytes = 64 << 20;

    private const string Header = "# Dossier gazetteers: list<TAB>phrase, sorted; an empty list field means the list of the line above. Written by `dossier train entities`.";

    // Read once per process and shared by the tagger and the resolver: the lists never change and Match is thread-safe.
    private static readonly Lazy<Gazetteer?> Embedded = new(() =>
    {
        using var stream = ModelResources.Open(ModelName);
        return stream is null ? null : Read(stream);
    });

    /// <summary>The embedded model's lists (one shared instance), or null when this build has none.</summary>
    public static Gazetteer? FromModels() => Embedded.Value;

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is too large, malformed, or holds a phrase that cannot be matched.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = ReadText(stream);
        var byName = new Dictionary<string, List<ReadOnlyMemory<char>>>(StringComparer.Ordinal);
        List<ReadOnlyMemory<char>>? current = null;
        int lineNumber = 0;
        for (int at = 0; at < content.Length;)
        {
            int newline = content.IndexOf('\n', at);
            int end = newline < 0 ? content.Length : newline;
            var line = content.AsMemory(at, end - at);
            at = end + 1;
            lineNumber++;
            if (line.Span.EndsWith("\r")) line = line[..^1];
            if (line.IsEmpty || line.Span[0] == '#') continue;

            int tab = line.Span.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"gazetteer line {lineNumber} has no tab between list and phrase");
            if (tab > 0)
            {
                var name = line[..tab].ToString();
                if (!byName.TryGetValue(name, out current)) byName.Add(name, current = []);
            }
            else if (current is null)
            {
                throw new InvalidDataException($"gazetteer line {lineNumber} continues a list, but no list has been named yet");
            }
            current.Add(line[(tab + 1)..].Trim());
        }
        // Every phrase stands between a tab and a line break, which the tokenizer never joins across, so the tokens of
        // the whole text are those of each phrase alone; one pass is much faster than 165,000 short ones.
        var tokens = new List<TextSpan>(content.Length / 6);
        Tokenizer.Tokenize(content, new TextSpan(0, content.Length), tokens);
        try
        {
            return new Gazetteer(byName, (content, tokens));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException("gazetteer file: " + ex.Message, ex);
        }
    }

    private static string ReadText(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position > MaxFileBytes)
            throw new InvalidDataException($"gazetteer file is larger than {MaxFileBytes >> 20} MB");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var buffer = new char[1 << 16];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > MaxFileBytes) throw new InvalidDataException($"gazetteer file is larger than {MaxFileBytes >> 20} MB");
        }
        return text.ToString();
    }

    /// <summary>Writes the lists (UTF-8, no BOM, "\n" line ends), sorted, so the same lists always give the same bytes.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);
        for (int list = 0; list < _lists.Length; list++)
        {
            for (int k = 0; k < _phrases[list].Length; k++)
            {
                if (k == 0) writer.Write(_lists[list]);
                writer.Write('\t');
                writer.Write(_phrases[list][k].Span);
                writer.Write('\n');
            }
        }
    }
}
