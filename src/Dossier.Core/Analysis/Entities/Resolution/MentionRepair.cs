using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Mends, before linking, three mistakes a tagger makes where a title stands before a name:
/// <list type="number">
/// <item><b>A title and a name taken as one organisation</b>: "US Trade Representative Jamieson Greer" tagged ORG becomes
/// the person "Jamieson Greer". The mention must start with title words (a country may lead them) that hold, or follow,
/// a title's head word, and end with what reads as a person's name: a known first name and a surname, a Chinese name
/// in the Chinese order, or a surname that the story tags as a person's elsewhere.</item>
/// <item><b>A Chinese surname left out</b>: "Vice Premier He Lifeng" tagged "Lifeng" becomes "He Lifeng". "He" is a
/// pronoun too, so the surname must not start the sentence and must follow a title word or a lower-case word.</item>
/// <item><b>A title tagged as an organisation right before a person</b>: "Trade Representative" tagged ORG before
/// "Jamieson Greer" is dropped, and "National Economic Council Chair" loses "Chair".</item>
/// </list>
/// And one slip without a title: a place whose name is a listed company and no listed place ("Nvidia" tagged LOC) is
/// an organisation.
/// In every case the title's words are left outside any mention, where <see cref="RoleFinder"/> reads them as the
/// person's role. Everything is decided on the tokens of the mention's own sentence; mentions that do not sit on whole
/// tokens of one sentence are passed through untouched.
/// </summary>
internal sealed class MentionRepair
{
    /// <summary>A name after a title has at most this many words ("Luiz Inácio Lula da" would be five).</summary>
    private const int MaxNameWords = 4;

    /// <summary>How far before a mention the head of its title may stand ("Secretary of the Treasury Scott Bessent").</summary>
    private const int MaxTitleTokensBefore = 6;

    private readonly HashSet<string> _surnames;

    private MentionRepair(HashSet<string> surnames) => _surnames = surnames;

    /// <summary>A repair that knows the surnames of every full name the story's articles tag as a person.</summary>
    public static MentionRepair ForStory(IEnumerable<Article> articles)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var mention in article.Mentions)
            {
                if (mention.Type != EntityType.Person || !mention.Span.IsWithin(article.Text.Length)) continue;
                if (NameText.Clean(article.Text, mention.Span, mention.Type) is { } name && PersonName.Parse(name.Words) is { IsSingle: false } person)
                    surnames.Add(person.Surname);
            }
        }
        return new MentionRepair(surnames);
    }

    /// <param name="sentences">The sentences of the article the mentions are in.</param>
    /// <param name="mentions">Its mentions, inside its text, in text order.</param>
    /// <returns>The mentions after repair, in text order: some re-typed, shrunk or extended, some dropped.</returns>
    public List<EntityMention> Repair(ArticleSentences sentences, IReadOnlyList<EntityMention> mentions)
    {
        var text = sentences.Article.Text;
        var placed = mentions.Select(m => Place(sentences, CompanyNotPlace(text, m))).SelectMany(SplitTitledName).ToList();
        for (var i = 0; i < placed.Count; i++) placed[i] = ExtendOverSurname(placed, i) ?? placed[i];
        var result = new List<EntityMention>(placed.Count);
        for (var i = 0; i < placed.Count; i++)
        {
            if (CutTitle(placed, i) is { } kept) result.Add(kept);
        }
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return WithoutClashes(result, mentions);
    }

    /// <summary>
    /// The repaired mentions without those that overlap another mention. A tagger's mentions never overlap, so this
    /// only matters for odd input, where a mention made by a repair must not give one stretch of text twice.
    /// </summary>
    private static List<EntityMention> WithoutClashes(List<EntityMention> sorted, IReadOnlyList<EntityMention> given)
    {
        var original = new HashSet<EntityMention>(given);
        var kept = new List<EntityMention>(sorted.Count);
        var end = int.MinValue;
        for (var i = 0; i < sorted.Count; i++)
        {
            var mention = sorted[i];
            var clashes = mention.Span.Start < end || (i + 1 < sorted.Count && sorted[i + 1].Span.Start < mention.Span.End);
            if (!clashes || original.Contains(mention)) kept.Add(mention);
            end = Math.Max(end, mention.Span.End);
        }
        return kept;
    }

    /// <summary>
    /// Rule 1: a mention of another type that ends in a title and a person's name, split into the person and, when
    /// the title follows an organisation's name ("Harbour Authority Chair Ingrid Halvorsen"), that organisation; the
    /// title's words are left between them. The mention itself when it is not such a mention.
    /// </summary>
    private IEnumerable<Placed> SplitTitledName(Placed p)
    {
        if (p.Tokens is not { } t || p.Mention.Type == EntityType.Person) return [p];
        var last = p.Last;
        if (NameText.IsPossessive(t.Raw(last))) last--;
        if (last <= p.First || !IsNameToken(t, last)) return [p];
        var start = last;
        while (start - 1 > p.First && IsNameToken(t, start - 1)) start--;
        if (last - start + 1 > MaxNameWords || !TitleWords.IsTitlePart(t.Words[start - 1])) return [p];

        var title = TitleStart(t, p.First, start - 1);
        if (title < 0) return [p];
        var head = false;
        for (var k = title; k < start; k++) head |= IsHeadAt(t, k);
        // A title that starts the mention may have its head just before it: "Secretary of the [Treasury Scott Bessent]".
        if (!(head || (title == p.First && HeadJustBefore(t, p.First)))) return [p];

        // Before the title: nothing, a country, or an organisation's name in capitalised words.
        var rest = title - 1;
        while (rest >= p.First && (t.Words[rest] is "of" or "for" or "the" || NameText.IsPossessive(t.Raw(rest)))) rest--;
        for (var k = p.First; k <= rest; k++)
        {
            var raw = t.Raw(k);
            if (NameText.IsWord(raw) && !NameText.IsCapitalized(raw) && t.Words[k] is not ("of" or "for" or "the" or "and")) return [p];
        }
        if (!ReadsAsPersonName(t.Raw(start).ToString(), t.Words[start..(last + 1)])) return [p];

        var person = new Placed(new EntityMention(TextSpan.FromBounds(t.Spans[start].Start, t.Spans[last].End), EntityType.Person), t, p.Sentence, start, last);
        if (rest < p.First || IsOnlyPlace(t, p.First, rest)) return [person];
        var organisation = p with { Mention = p.Mention with { Span = TextSpan.FromBounds(t.Spans[p.First].Start, t.Spans[rest].End) }, Last = rest };
        return [organisation, person];
    }

    /// <summary>A place mention whose name is a listed company and not a listed place, as an organisation.</summary>
    private static EntityMention CompanyNotPlace(string text, EntityMention mention)
    {
        if (mention.Type != EntityType.Location || NameText.Clean(text, mention.Span, mention.Type) is not { } name) return mention;
        return KnownNames.IsCompany(name.Text) && !KnownNames.IsPlace(name.Text) ? mention with { Type = EntityType.Organization } : mention;
    }

    /// <summary>Rule 2: a one-word person mention extended left over the Chinese surname before it, or null.</summary>
    private static Placed? ExtendOverSurname(List<Placed> placed, int i)
    {
        var p = placed[i];
        if (p.Tokens is not { } t || p.Mention.Type != EntityType.Person || p.First != p.Last) return null;
        var surname = p.First - 1;
        // The first word of a sentence is capitalised whatever it is: "He Lifeng" there may be "He" and a misread name.
        if (surname < 1 || !NameText.IsCapitalized(t.Raw(surname))) return null;
        if (!ChineseNames.IsSurnameFirst([t.Words[surname], t.Words[p.First]])) return null;
        if (i > 0 && placed[i - 1].Mention.Span.End > t.Spans[surname].Start) return null;
        // Mid-sentence, a capitalised "He" after "Premier" or after "said" is a name; after a quote or a colon it may not be.
        var before = t.Raw(surname - 1);
        if (!NameText.IsWord(before) || (NameText.IsCapitalized(before) && !TitleWords.IsTitlePart(t.Words[surname - 1]))) return null;
        return p with { Mention = new EntityMention(TextSpan.FromBounds(t.Spans[surname].Start, p.Mention.Span.End), EntityType.Person), First = surname };
    }

    /// <summary>
    /// Rule 3: a mention of another type that ends in a title (with a head word) right before a person: without the
    /// title's words, or null (dropped) when nothing but a country is left. Any other mention is returned as it is.
    /// </summary>
    private static EntityMention? CutTitle(List<Placed> placed, int i)
    {
        var p = placed[i];
        if (p.Tokens is not { } t || p.Mention.Type == EntityType.Person || i + 1 >= placed.Count) return p.Mention;
        var next = placed[i + 1];
        if (next.Mention.Type != EntityType.Person || next.Sentence != p.Sentence || next.First != p.Last + 1) return p.Mention;
        if (!TitleWords.IsTitlePart(t.Words[p.Last]) || TitleStart(t, p.First, p.Last) is not (>= 0 and var title)) return p.Mention;
        var head = false;
        for (var k = title; k <= p.Last; k++) head |= IsHeadAt(t, k);
        if (!head) return p.Mention;

        var end = title - 1;
        while (end >= p.First && (t.Words[end] is "of" or "for" or "the" || NameText.IsPossessive(t.Raw(end)))) end--;
        if (end < p.First || IsOnlyPlace(t, p.First, end)) return null;
        return p.Mention with { Span = TextSpan.FromBounds(t.Spans[p.First].Start, t.Spans[end].End) };
    }

    /// <summary>
    /// Where the title that ends at token <paramref name="end"/> (a title word) starts, going back no further than
    /// <paramref name="from"/>: over title words and "of the" ("Secretary of the Treasury"). When the words before it
    /// end in "of" ("Department of Commerce Deputy Secretary"), the fields belong to that name, and the title starts at
    /// its first head or modifier instead. -1 when there is none.
    /// </summary>
    private static int TitleStart(SentenceTokens t, int from, int end)
    {
        var title = end;
        while (title - 1 >= from && (TitleWords.IsTitlePart(t.Words[title - 1]) || t.Words[title - 1] is "of" or "for" or "the")) title--;
        while (!TitleWords.IsTitlePart(t.Words[title])) title++;
        if (title == from || t.Words[title - 1] is not ("of" or "for" or "the")) return title;
        for (var k = title; k <= end; k++)
        {
            if (IsHeadAt(t, k) || TitleWords.IsModifier(t.Words[k])) return k;
        }
        return -1;
    }

    /// <summary>
    /// Whether the words after a title read as a person's name: a known first name and more, a Chinese name in the
    /// Chinese order, or a name whose surname the story gives a person elsewhere.
    /// </summary>
    /// <param name="first">The first word as written.</param>
    /// <param name="words">All the words, normalised.</param>
    private bool ReadsAsPersonName(string first, string[] words)
    {
        if (words.Length >= 2 && KnownNames.IsFirstName(first)) return true;
        if (ChineseNames.IsSurnameFirst(words)) return true;
        return PersonName.Parse(words) is { } name && _surnames.Contains(name.Surname);
    }

    /// <summary>A capitalised word that may be part of a name: not a title, an honorific, a country or a sentence word.</summary>
    private static bool IsNameToken(SentenceTokens t, int k)
    {
        var raw = t.Raw(k);
        var word = t.Words[k];
        if (!NameText.IsWord(raw) || !NameText.IsCapitalized(raw)) return false;
        foreach (var c in raw)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019' or '.')) return false;
        }
        if (TitleWords.IsTitlePart(word) || TitleWords.IsHonorific(word) || PlaceNames.IsPlaceWord(word)) return false;
        // "He", "Yu" and "Wan" are Chinese surnames as well as sentence words.
        return !TitleWords.IsStop(word) || ChineseNames.IsSurname(word);
    }

    private static bool IsHeadAt(SentenceTokens t, int k) =>
        TitleWords.IsHead(t.Words[k]) || (k > 0 && TitleWords.IsTwoWordHead(t.Words[k - 1], t.Words[k]));

    private static bool IsPlaceWordAt(SentenceTokens t, int k) => NameText.IsCapitalized(t.Raw(k)) && PlaceNames.IsPlaceWord(t.Words[k]);

    /// <summary>Whether a title's head stands just before token <paramref name="first"/>, across title words and "of the".</summary>
    private static bool HeadJustBefore(SentenceTokens t, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - MaxTitleTokensBefore; k--)
        {
            if (IsHeadAt(t, k)) return true;
            if (!TitleWords.IsTitlePart(t.Words[k]) && t.Words[k] is not ("of" or "for" or "the")) return false;
        }
        return false;
    }

    /// <summary>Whether tokens <paramref name="from"/> to <paramref name="to"/> name a country and nothing else ("U.S.", "the United States").</summary>
    private static bool IsOnlyPlace(SentenceTokens t, int from, int to)
    {
        if (t.Words[from] == "the") from++;
        if (from > to) return true;
        var words = t.Words[from..(to + 1)];
        return PlaceNames.PlacePrefixLength(words, 0) == words.Length;
    }

    /// <summary>A mention on the tokens of its sentence: <see cref="Tokens"/> is null when it does not sit on whole tokens of one sentence.</summary>
    private readonly record struct Placed(EntityMention Mention, SentenceTokens? Tokens, int Sentence, int First, int Last);

    private static Placed Place(ArticleSentences sentences, EntityMention mention)
    {
        var none = new Placed(mention, null, -1, -1, -1);
        var sentence = mention.Span.IsEmpty ? -1 : sentences.SentenceOf(mention.Span);
        if (sentence < 0) return none;
        var t = sentences.Tokens(sentence);
        var first = t.FirstEndingAfter(mention.Span.Start);
        var last = t.FirstEndingAfter(mention.Span.End - 1);
        if (last >= t.Spans.Count || t.Spans[first].Start != mention.Span.Start || t.Spans[last].End != mention.Span.End) return none;
        return new Placed(mention, t, sentence, first, last);
    }
}
