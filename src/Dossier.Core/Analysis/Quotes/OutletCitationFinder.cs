using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>
/// An article reporting something second hand from an outlet: "Reuters reported", "according to Bloomberg and the
/// Irish Examiner" (one citation per outlet), "As reported by Xinhua", "told CNBC".
/// </summary>
/// <param name="Article">The citing article.</param>
/// <param name="Outlet">The cited outlet, as <see cref="OutletCatalogue"/> names it.</param>
/// <param name="Name">Where the text names the outlet.</param>
/// <param name="Cue">The words that make it a citation ("reported", "according to", "told").</param>
/// <param name="Claim">The sentence that reports the claim.</param>
public sealed record OutletCitation(Article Article, Outlet Outlet, TextSpan Name, TextSpan Cue, TextSpan Claim)
{
    public string ClaimText => Article.TextOf(Claim);
}

/// <summary>
/// Finds <see cref="OutletCitation"/>s in an article's body sentences. Outlets are the names of
/// <see cref="OutletCatalogue"/>, the outlets the caller knows (the story's own publishers), and capitalised names
/// that end the way outlets' names do ("Northgate Wire", "The Harbor Ledger", "Meridian Daily"), found in the text
/// (the longest name at each capitalised word), and grouped into
/// lists ("Xinhua and QQ News", "Bloomberg, CNN and the Irish Examiner"). A list is cited when a trigger comes right
/// before it ("according to", "reported by", "citing", "told", "in an interview with") or a reporting verb right after
/// it ("Reuters reported", "CCTV noted"). Platforms are left out: a post on Truth Social is its author's statement,
/// not the platform's report. So is the article's own outlet.
/// </summary>
public static class OutletCitationFinder
{
    /// <summary>Most citations read from one article.</summary>
    public const int MaxPerArticle = 200;

    /// <summary>Longest outlet name, in tokens ("South China Morning Post").</summary>
    private const int MaxNameTokens = 5;

    private static readonly string[][] Triggers =
    [
        ["according", "to"], ["reported", "by"], ["cited", "by"], ["quoted", "by"], ["citing"], ["told"], ["tells"], ["telling"],
        ["interview", "with"], ["speaking", "to"], ["spoke", "to"], ["speaking", "with"], ["spoke", "with"], ["report", "by"], ["reports", "by"],
    ];

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reported", "reports", "report", "said", "says", "noted", "notes", "wrote", "writes", "quoted", "quotes", "cited", "cites",
        "added", "confirmed", "confirms", "revealed", "reveals", "claimed", "stated", "announced", "showed", "shows", "learned", "learnt",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "first", "earlier", "previously", "has", "had", "have", "later", "separately", "exclusively", "recently",
    };

    /// <summary>
    /// Last words that make a capitalised name an outlet's, and the kind of outlet they suggest. "Agency" is not one:
    /// a space or energy agency is no outlet, and the news agencies are in the catalogue. Nor are "Mail", "Express",
    /// "Standard" or "Monitor", which end as many companies' names ("Royal Mail", "American Express") as papers'.
    /// </summary>
    private static readonly Dictionary<string, OutletKind> NameHeads = new(StringComparer.Ordinal)
    {
        ["Wire"] = OutletKind.Agency, ["Press"] = OutletKind.Agency, ["Newswire"] = OutletKind.Agency,
        ["Post"] = OutletKind.Newspaper, ["Times"] = OutletKind.Newspaper, ["Daily"] = OutletKind.Newspaper, ["Journal"] = OutletKind.Newspaper,
        ["Herald"] = OutletKind.Newspaper, ["Tribune"] = OutletKind.Newspaper, ["Gazette"] = OutletKind.Newspaper, ["Chronicle"] = OutletKind.Newspaper,
        ["Ledger"] = OutletKind.Newspaper, ["Telegraph"] = OutletKind.Newspaper, ["Observer"] = OutletKind.Newspaper, ["Courier"] = OutletKind.Newspaper,
        ["Examiner"] = OutletKind.Newspaper, ["Inquirer"] = OutletKind.Newspaper, ["Sentinel"] = OutletKind.Newspaper, ["Gazeta"] = OutletKind.Newspaper,
        ["News"] = OutletKind.Online, ["Radio"] = OutletKind.Broadcaster, ["TV"] = OutletKind.Broadcaster, ["Television"] = OutletKind.Broadcaster,
    };

    /// <param name="article">The citing article.</param>
    /// <param name="knownOutlets">Outlet names known besides the catalogue, such as the publishers of the story's articles.</param>
    public static IReadOnlyList<OutletCitation> Find(Article article, IEnumerable<string>? knownOutlets = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var known = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var name in knownOutlets ?? [])
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            known.TryAdd(KeyOf(name), OutletCatalogue.Find(name) ?? new Outlet(name.Trim(), KindOf(name)));
        }
        var own = article.OutletName is { } ownName ? OutletCatalogue.Find(ownName) ?? known.GetValueOrDefault(KeyOf(ownName)) ?? new Outlet(ownName, KindOf(ownName)) : null;
        var result = new List<OutletCitation>();
        var tokens = new List<TextSpan>();
        foreach (var sentence in article.BodySentences)
        {
            if (!sentence.Span.IsWithin(article.Text.Length)) continue;
            tokens.Clear();
            Tokenizer.Tokenize(article.Text, sentence.Span, tokens);
            var words = tokens.Select(t => article.TextOf(t)).ToArray();
            foreach (var list in Lists(words, known))
            {
                var cue = CueBefore(words, list[0].Start) ?? CueAfter(words, list[^1].End);
                if (cue is not { } c) continue;
                var cueSpan = TextSpan.FromBounds(tokens[c.Start].Start, tokens[c.End - 1].End);
                foreach (var (start, end, outlet) in list)
                {
                    if (outlet.Kind == OutletKind.Platform || (own is not null && KeyOf(outlet.Name) == KeyOf(own.Name))) continue;
                    result.Add(new OutletCitation(article, outlet, TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), cueSpan, sentence.Span));
                    if (result.Count >= MaxPerArticle) return result;
                }
            }
        }
        return result;
    }

    /// <summary>Runs of outlet names joined only by commas, "and", "&amp;" and "the", each name as token bounds.</summary>
    private static List<List<(int Start, int End, Outlet Outlet)>> Lists(string[] words, Dictionary<string, Outlet> known)
    {
        var lists = new List<List<(int, int, Outlet)>>();
        List<(int Start, int End, Outlet Outlet)>? current = null;
        var i = 0;
        while (i < words.Length)
        {
            if (words[i].Length > 0 && char.IsUpper(words[i][0]) && Longest(words, i, known) is { } found)
            {
                var joined = current is not null && current.Count > 0 && OnlyJoiners(words, current[^1].End, i);
                if (!joined)
                {
                    current = [];
                    lists.Add(current);
                }
                current!.Add((i, found.End, found.Outlet));
                i = found.End;
                continue;
            }
            i++;
        }
        return lists;
    }

    private static bool OnlyJoiners(string[] words, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (words[k] is not ("," or "and" or "&" or "the")) return false;
        return true;
    }

    /// <summary>
    /// The longest outlet name starting at token <paramref name="start"/>: a catalogue or known name, else a run of
    /// capitalised words that ends in an outlet word ("Northgate Wire"), without a leading "The".
    /// </summary>
    private static (int End, Outlet Outlet)? Longest(string[] words, int start, Dictionary<string, Outlet> known)
    {
        for (var end = Math.Min(words.Length, start + MaxNameTokens); end > start; end--)
        {
            if (!char.IsLetterOrDigit(words[end - 1][0])) continue;
            var name = string.Join(' ', words[start..end]);
            if (OutletCatalogue.Find(name) is { } outlet) return (end, outlet);
            if (known.GetValueOrDefault(KeyOf(name)) is { } listed) return (end, listed);
        }
        var last = start;
        while (last < words.Length && last - start < MaxNameTokens && words[last].Length > 0 && char.IsUpper(words[last][0])) last++;
        for (var end = last; end > start; end--)
        {
            if (!NameHeads.ContainsKey(words[end - 1])) continue;
            var first = words[start] == "The" ? start + 1 : start;
            if (end - first < 2) return null; // "Post" or "The Times" alone says too little
            return (end, new Outlet(string.Join(' ', words[first..end]), NameHeads[words[end - 1]]));
        }
        return null;
    }

    /// <summary>A name's comparison key: its words, without a leading "the".</summary>
    private static string KeyOf(string name)
    {
        var key = NameText.KeyOf(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static OutletKind KindOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && NameHeads.TryGetValue(words[^1], out var kind) ? kind : OutletKind.Newspaper;
    }

    /// <summary>A trigger ending right before the list (a "the" between allowed), as token bounds.</summary>
    private static (int Start, int End)? CueBefore(string[] words, int listStart)
    {
        var end = listStart;
        if (end > 0 && words[end - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) end--;
        foreach (var trigger in Triggers)
        {
            var start = end - trigger.Length;
            if (start < 0) continue;
            var matches = true;
            for (var k = 0; k < trigger.Length && matches; k++) matches = words[start + k].Equals(trigger[k], StringComparison.OrdinalIgnoreCase);
            if (matches) return (start, end);
        }
        return null;
    }

    /// <summary>A reporting verb right after the list (fillers such as "first" or "has" allowed between).</summary>
    private static (int Start, int End)? CueAfter(string[] words, int listEnd)
    {
        var k = listEnd;
        while (k < words.Length && k - listEnd < 3 && Fillers.Contains(words[k])) k++;
        return k < words.Length && Verbs.Contains(words[k]) ? (k, k + 1) : null;
    }
}
