using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Reads the roles and affiliations an article gives the people it names, from three patterns of news copy, each
/// within the person's sentence:
/// <list type="bullet">
/// <item>a title before the name: "Treasury Secretary Scott Bessent", "Secretary of Commerce Howard Lutnick",
/// "Chinese President Xi Jinping", "National Economic Council Chair Kevin Hassett";</item>
/// <item>a possessive before it: "Morgan Stanley's Robin Xing", "China's Vice Premier He Lifeng";</item>
/// <item>an appositive after it: "Kevin Hassett, the National Economic Council Chair," and "Robin Xing, chief China
/// economist at Morgan Stanley,".</item>
/// </list>
/// A title must end in a head word of <see cref="TitleWords"/>. Organisations and outlets named inside or around the
/// title, and a country that leads it, become affiliations. Everything is read from tokens; the evidence is the sentence.
/// </summary>
internal sealed class RoleFinder
{
    private const int MaxTitleTokens = 10;
    private const int MaxAppositiveTokens = 12;

    /// <summary>Lower-case words outside the lexicon an appositive title may hold ("a veteran negotiator").</summary>
    private const int MaxLooseWords = 2;

    private static readonly HashSet<string> AffiliationPrepositions = new(StringComparer.Ordinal) { "at", "of", "for", "with", "from", "to" };

    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "who", "which", "that", "whose", "whom", "where", "when" };

    private readonly ArticleSentences _sentences;
    private readonly IReadOnlyList<NamedMention> _mentions;

    // For each tokenized sentence, which mention (index) covers each token, −1 for none.
    private readonly Dictionary<int, int[]> _owners = [];

    /// <param name="sentences">The article's sentences, shared with mention repair.</param>
    /// <param name="mentions">The article's mentions, linked, in text order.</param>
    public RoleFinder(ArticleSentences sentences, IReadOnlyList<NamedMention> mentions)
    {
        _sentences = sentences;
        _mentions = mentions;
    }

    /// <summary>Adds what the article says about the person <paramref name="person"/> (an index into the mentions) to the lists.</summary>
    public void Find(int person, List<Fact> roles, List<Fact> affiliations)
    {
        var name = _mentions[person].Name.Span;
        var sentence = _sentences.SentenceOf(name);
        if (sentence < 0) return;
        var tokens = _sentences.Tokens(sentence);
        var owners = Owners(sentence, tokens);
        var first = tokens.FirstEndingAfter(name.Start);
        if (first >= tokens.Count || tokens.Spans[first].Start >= name.End) return;
        var last = first;
        while (last + 1 < tokens.Count && tokens.Spans[last + 1].Start < name.End) last++;
        var evidence = new SentenceEvidence(_sentences.Article, _sentences[sentence]);
        var order = _mentions[person].Order;
        var found = new Finding(this, tokens, owners, person, evidence, order, roles, affiliations);
        found.BeforeName(first);
        found.AfterName(last);
    }

    private int[] Owners(int sentence, SentenceTokens tokens)
    {
        if (_owners.TryGetValue(sentence, out var cached)) return cached;
        var bounds = _sentences[sentence];
        var owners = new int[tokens.Count];
        Array.Fill(owners, -1);
        // Mentions are in text order and no longer than a name can be, so only those starting from a little before the
        // sentence can reach into it; each marks the tokens it overlaps, found by binary search.
        for (var m = FirstMentionFrom(bounds.Start - NameText.MaxNameChars); m < _mentions.Count && _mentions[m].Mention.Span.Start < bounds.End; m++)
        {
            var mention = _mentions[m].Mention.Span;
            if (mention.End <= bounds.Start) continue;
            for (var t = tokens.FirstEndingAfter(mention.Start); t < tokens.Count && tokens.Spans[t].Start < mention.End; t++)
            {
                if (owners[t] < 0) owners[t] = m;
            }
        }
        return _owners[sentence] = owners;
    }

    private int FirstMentionFrom(int start)
    {
        int lo = 0, hi = _mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Mention.Span.Start < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The search around one mention of a person.</summary>
    private sealed class Finding(RoleFinder finder, SentenceTokens tokens, int[] mentionAt, int self, SentenceEvidence evidence, int order, List<Fact> roles, List<Fact> affiliations)
    {
        private readonly IReadOnlyList<NamedMention> _mentions = finder._mentions;

        /// <summary>Affiliations this finding added, so that one sentence gives each at most once.</summary>
        private readonly HashSet<string> _affiliated = new(StringComparer.Ordinal);

        /// <summary>A title, and a possessive, right before the name.</summary>
        public void BeforeName(int first)
        {
            var i = first - 1;
            if (i >= 0 && OwnerOrSelf(i) && TitleWords.IsHonorific(tokens.Words[i])) i--;
            var end = i;
            for (var count = 0; i >= 0 && count < MaxTitleTokens && InTitleBefore(i); count++) i--;
            var start = i + 1;

            var roleFound = false;
            var head = -1;
            for (var k = end; k >= start; k--)
            {
                if (!IsHeadAt(k)) continue;
                head = k;
                break;
            }
            if (head >= 0 && IsOfPhrase(head + 1, end))
            {
                while (start < head && tokens.Words[start] is "of" or "for" or "the") start++;
                AddRole(start, end);
                roleFound = true;
            }

            // "Morgan Stanley's Robin Xing", "China's Vice Premier He Lifeng".
            if (i >= 1 && NameText.IsPossessive(tokens.Raw(i)) && (start > end || roleFound)) AddAffiliationAt(i - 1);
        }

        /// <summary>", the National Economic Council Chair," or ", chief China economist at Morgan Stanley," after the name.</summary>
        public void AfterName(int last)
        {
            var j = last + 1;
            if (j >= tokens.Count || tokens.Raw(j) is not ",") return;
            var phrase = new List<int>();
            for (var k = j + 1; k < tokens.Count; k++)
            {
                var raw = tokens.Raw(k);
                if (mentionAt[k] < 0 && !NameText.IsWord(raw) && !NameText.IsPossessive(raw) && raw is not "&") break;
                phrase.Add(k);
                if (phrase.Count > MaxAppositiveTokens) return;
            }

            int a = 0, b = phrase.Count;
            for (var q = a; q < b; q++)
            {
                if (mentionAt[phrase[q]] >= 0 || !RelativeWords.Contains(tokens.Words[phrase[q]])) continue;
                b = q;
                break;
            }

            var possessive = -1;
            for (var q = a; q < b; q++)
            {
                if (!NameText.IsPossessive(tokens.Raw(phrase[q]))) continue;
                possessive = q;
                break;
            }
            var owners = new List<int>();
            if (possessive >= 0)
            {
                // Only "China's vice premier" or "Morgan Stanley's economist": one named owner, then the title.
                if (possessive == a || !OneOwner(phrase, a, possessive)) return;
                owners.Add(phrase[possessive - 1]);
                a = possessive + 1;
            }
            while (a < b && mentionAt[phrase[a]] < 0 && tokens.Words[phrase[a]] is "the" or "a" or "an") a++;
            if (a >= b) return;

            var head = -1;
            for (var q = a; q < b; q++)
            {
                var k = phrase[q];
                if (mentionAt[k] >= 0) continue;
                if (IsHeadAt(k)) head = q;
                else if (head >= 0 && (AffiliationPrepositions.Contains(tokens.Words[k]) || tokens.Words[k] == "and")) break;
            }
            if (head < 0) return;

            var loose = 0;
            for (var q = a; q < head; q++)
            {
                var k = phrase[q];
                var owner = mentionAt[k];
                if (owner >= 0)
                {
                    if (owner == self || _mentions[owner].Kind == EntityKind.Person) return;
                    continue;
                }
                var raw = tokens.Raw(k);
                var word = tokens.Words[k];
                if (!NameText.IsWord(raw)) return;
                if (TitleWords.IsTitlePart(word) || (NameText.IsCapitalized(raw) && !TitleWords.IsStop(word))) continue;
                if (TitleWords.CannotBeInTitle(word) || !IsLetters(raw) || ++loose > MaxLooseWords) return;
            }

            var roleEnd = head;
            if (head + 1 < b)
            {
                var next = phrase[head + 1];
                var preposition = mentionAt[next] < 0 ? tokens.Words[next] : "";
                if (preposition == "and")
                {
                    b = head + 1;
                }
                else if (!AffiliationPrepositions.Contains(preposition))
                {
                    return;
                }
                else
                {
                    var q = head + 2;
                    while (q < b && mentionAt[phrase[q]] < 0 && tokens.Words[phrase[q]] == "the") q++;
                    if (q >= b) return;
                    var named = new List<int>();
                    var onlyNames = true;
                    for (; q < b; q++)
                    {
                        var k = phrase[q];
                        var owner = mentionAt[k];
                        if (owner >= 0)
                        {
                            if (owner == self || _mentions[owner].Kind == EntityKind.Person) return;
                            named.Add(k);
                            continue;
                        }
                        onlyNames = false;
                        var raw = tokens.Raw(k);
                        if (tokens.Words[k] is "and" or "&" or "of" or "the") continue;
                        if (!NameText.IsCapitalized(raw) || TitleWords.IsStop(tokens.Words[k])) return;
                    }
                    if (onlyNames && named.Count > 0) owners.AddRange(named);
                    else roleEnd = b - 1;
                }
            }

            AddRole(phrase[a], phrase[roleEnd]);
            foreach (var k in owners) AddAffiliationAt(k);
        }

        /// <summary>Whether token <paramref name="i"/>, before a name, can be part of a title: going backwards, the title stops at the first token that cannot.</summary>
        private bool InTitleBefore(int i)
        {
            var owner = mentionAt[i];
            if (owner == self) return true;
            if (owner >= 0) return _mentions[owner].Kind != EntityKind.Person;
            var raw = tokens.Raw(i);
            if (!NameText.IsWord(raw)) return false;
            var word = tokens.Words[i];
            if (TitleWords.IsTitlePart(word) || word is "of" or "for" or "the") return true;
            return NameText.IsCapitalized(raw) && !TitleWords.IsStop(word);
        }

        /// <summary>Nothing, or "of"/"for" [the] and words: what may follow a title's head before the name ("Secretary of the Treasury").</summary>
        private bool IsOfPhrase(int from, int to)
        {
            if (from > to) return true;
            if (tokens.Words[from] is not ("of" or "for") || mentionAt[from] >= 0) return false;
            var k = from + 1;
            if (k <= to && tokens.Words[k] == "the") k++;
            if (k > to) return false;
            for (; k <= to; k++)
            {
                if (mentionAt[k] < 0 && tokens.Words[k] is "of" or "for" or "the") return false;
            }
            return true;
        }

        private bool IsHeadAt(int k)
        {
            if (!OwnerOrSelf(k)) return false;
            var word = tokens.Words[k];
            return TitleWords.IsHead(word) || (k > 0 && TitleWords.IsTwoWordHead(tokens.Words[k - 1], word));
        }

        private bool OwnerOrSelf(int k) => mentionAt[k] < 0 || mentionAt[k] == self;

        private bool OneOwner(List<int> phrase, int from, int to)
        {
            var owner = mentionAt[phrase[from]];
            if (owner < 0) return to - from == 1 && IsPlaceWordAt(phrase[from]);
            if (owner == self || _mentions[owner].Kind == EntityKind.Person) return false;
            for (var q = from; q < to; q++)
            {
                if (mentionAt[phrase[q]] != owner) return false;
            }
            return true;
        }

        private bool IsPlaceWordAt(int k) => NameText.IsCapitalized(tokens.Raw(k)) && PlaceNames.IsPlaceWord(tokens.Words[k]);

        private void AddRole(int from, int to)
        {
            if (from > to) return;
            var span = TextSpan.FromBounds(tokens.Spans[from].Start, tokens.Spans[to].End);
            var text = NameText.Collapse(span.Of(tokens.Text));
            roles.Add(new Fact(RoleText.Key(text), text, evidence, order));
            // Whoever the title names is an affiliation: "National Economic Council Chair", "U.S. Trade Representative".
            // A place counts only where it leads the title: the economist of "chief China economist" covers China.
            for (var k = from; k <= to; k++) AddAffiliationAt(k, places: k == from || (mentionAt[k] >= 0 && mentionAt[k] == mentionAt[from]));
        }

        /// <summary>The organisation, outlet or place token <paramref name="k"/> names, as an affiliation (once per finding).</summary>
        private void AddAffiliationAt(int k, bool places = true)
        {
            var owner = mentionAt[k];
            string key, text;
            if (owner >= 0)
            {
                if (owner == self) return;
                var mention = _mentions[owner];
                switch (mention.Kind)
                {
                    case EntityKind.Organization or EntityKind.Outlet:
                    case EntityKind.Location when places:
                        (key, text) = (mention.Key, mention.ListedName ?? mention.Name.Text);
                        break;
                    case EntityKind.Misc when places && PlaceNames.PlaceOf(mention.Name.Key) is { } place:
                        (key, text) = (MentionLinker.LocationPrefix + NameText.KeyOf(place), place);
                        break;
                    default:
                        return;
                }
            }
            else if (places && IsPlaceWordAt(k) && PlaceNames.PlaceOf(tokens.Words[k]) is { } place)
            {
                (key, text) = (MentionLinker.LocationPrefix + NameText.KeyOf(place), place);
            }
            else
            {
                return;
            }
            if (_affiliated.Add(key)) affiliations.Add(new Fact(key, text, evidence, order));
        }

        private static bool IsLetters(ReadOnlySpan<char> raw)
        {
            foreach (var c in raw)
            {
                if (!char.IsLetter(c) && c != '-') return false;
            }
            return true;
        }
    }
}
