using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>How a speaker's words were tied to an entity.</summary>
public enum SpeakerResolution
{
    /// <summary>The words stay as written ("a source familiar with the talks", "one Chinese official").</summary>
    Text,

    /// <summary>The words hold a name of the story's entity ("Treasury Secretary Bessent", "Morgan Stanley’s Robin Xing").</summary>
    Name,

    /// <summary>A pronoun, tied to the nearest person before it who is a subject or a speaker.</summary>
    Pronoun,

    /// <summary>A title ("the commerce secretary"), tied to the entity whose roles match it.</summary>
    Title,

    /// <summary>An outlet or agency of <see cref="OutletCatalogue"/>.</summary>
    Outlet,
}

public static class SpeakerResolutionNames
{
    /// <summary>The name of a resolution in every output format.</summary>
    public static string Name(this SpeakerResolution resolution) => resolution.ToString().ToLowerInvariant();
}

/// <summary>Who said a quote: the name to show, the story entity when resolved, and how it was resolved.</summary>
public sealed record QuoteSpeaker(string Name, ResolvedEntity? Entity, SpeakerResolution Resolution);

/// <summary>
/// Maps the words naming a speaker to the story's entities (from <see cref="EntityResolver"/>): a name inside the words
/// whose mention ends them (the head of "Morgan Stanley’s Robin Xing"), an outlet, a pronoun, or a title matched
/// against the people's roles. What cannot be tied keeps its text.
/// </summary>
public sealed class SpeakerResolver
{
    /// <summary>How far back a pronoun looks for the person it stands for.</summary>
    public const int MaxPronounReach = 2_000;

    private readonly IReadOnlyList<ResolvedEntity> entities;
    private readonly Dictionary<Article, List<(TextSpan Span, ResolvedEntity Entity)>> mentions = new(ReferenceEqualityComparer.Instance);

    // Speakers already resolved, per article, so a later "he" can point back to them.
    private readonly Dictionary<Article, List<(int Position, ResolvedEntity Entity)>> speakers = new(ReferenceEqualityComparer.Instance);

    public SpeakerResolver(IReadOnlyList<ResolvedEntity> entities)
    {
        this.entities = entities;
        foreach (var entity in entities)
        foreach (var mention in entity.Mentions)
        {
            if (!mentions.TryGetValue(mention.Article, out var list)) mentions[mention.Article] = list = [];
            list.Add((mention.Span, entity));
        }
        foreach (var list in mentions.Values) list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// The speaker the words at <paramref name="source"/> stand for. Call in text order within an article: pronouns
    /// may point back at speakers resolved before.
    /// </summary>
    public QuoteSpeaker Resolve(Article article, TextSpan source)
    {
        var words = NameText.Collapse(article[source]).Trim();
        var speaker = ResolveWords(article, source, words);
        if (speaker.Entity is { Kind: EntityKind.Person } person)
        {
            if (!speakers.TryGetValue(article, out var list)) speakers[article] = list = [];
            list.Add((source.Start, person));
        }
        return speaker;
    }

    private QuoteSpeaker ResolveWords(Article article, TextSpan source, string words)
    {
        var lower = words.ToLowerInvariant();
        if (lower is "he" or "she" or "they")
        {
            var antecedent = lower == "they" ? NearestSubject(article, source.Start, EntityKind.Organization) : NearestPerson(article, source.Start);
            return antecedent is null ? new QuoteSpeaker(words, null, SpeakerResolution.Text) : new QuoteSpeaker(antecedent.Name, antecedent, SpeakerResolution.Pronoun);
        }
        if (HeadMention(article, source) is { } named)
            return new QuoteSpeaker(named.Name, named, named.Kind == EntityKind.Outlet ? SpeakerResolution.Outlet : SpeakerResolution.Name);
        if (OutletCatalogue.Find(words) is { } outlet)
        {
            var entity = entities.FirstOrDefault(e => e.Kind == EntityKind.Outlet && e.Name == outlet.Name);
            return new QuoteSpeaker(outlet.Name, entity, SpeakerResolution.Outlet);
        }
        if (ByTitle(article, source.Start, lower) is { } titled) return new QuoteSpeaker(titled.Name, titled, SpeakerResolution.Title);
        return new QuoteSpeaker(words, null, SpeakerResolution.Text);
    }

    /// <summary>
    /// The entity whose mention ends the phrase's head: the words before a first "of" ("Professor Amara Delacroix-Hale
    /// of the University of Linmouth"), else all of them ("Treasury Secretary Bessent"), and not a modifier ("one
    /// Atlantic Council economist"). The mention may start before the words ("[The Saltmere Dock and] Harbour Workers'
    /// Union", where the speaker rule stopped at "and"). A name before a comma comes first: what follows it is an
    /// apposition ("Lena Ortiz, an analyst at Nordbank,"), unless no name ends there ("the chief executive, Ana Ruiz").
    /// </summary>
    private ResolvedEntity? HeadMention(Article article, TextSpan source)
    {
        if (!mentions.TryGetValue(article, out var list)) return null;
        var comma = article.Text.IndexOf(',', source.Start, source.Length);
        if (comma > source.Start && MentionEnding(article.Text, list, TextSpan.FromBounds(source.Start, comma)) is { } beforeComma)
            return beforeComma;
        return MentionEnding(article.Text, list, source);
    }

    private static ResolvedEntity? MentionEnding(string text, List<(TextSpan Span, ResolvedEntity Entity)> list, TextSpan source)
    {
        var headEnd = source.End;
        var of = text.IndexOf(" of ", source.Start, source.Length, StringComparison.Ordinal);
        if (of > source.Start) headEnd = of;
        var end = headEnd;
        while (end > source.Start && !char.IsLetterOrDigit(text[end - 1])) end--;
        foreach (var (span, entity) in list)
        {
            if (span.Start < headEnd && span.End >= end && span.End <= headEnd && span.End > source.Start) return entity;
        }
        return null;
    }

    /// <summary>
    /// The person a "he" or "she" stands for: the nearest person before it, within reach, who spoke or who opens a
    /// clause (a subject: "Xi, in contrast, highlighted ... what he called"). Objects and possessives ("a call between
    /// Trump and Xi", "Trump's administration") are passed over. Gender is not checked: the texts rarely make it matter.
    /// </summary>
    private ResolvedEntity? NearestPerson(Article article, int position) => NearestSubject(article, position, EntityKind.Person);

    private ResolvedEntity? NearestSubject(Article article, int position, EntityKind kind)
    {
        (int Position, ResolvedEntity? Entity) best = (-1, null);
        if (mentions.TryGetValue(article, out var list))
        {
            foreach (var (span, entity) in list)
            {
                if (span.End > position) break;
                if (entity.Kind != kind || position - span.Start > MaxPronounReach) continue;
                if (IsSubject(article.Text, span) && span.Start > best.Position) best = (span.Start, entity);
            }
        }
        if (kind == EntityKind.Person && speakers.TryGetValue(article, out var spoke))
        {
            foreach (var (at, entity) in spoke)
                if (at < position && position - at <= MaxPronounReach && at > best.Position) best = (at, entity);
        }
        return best.Entity;
    }

    /// <summary>
    /// Whether a name opens a clause: before it (past title words like "President" or "Treasury Secretary") comes the
    /// start, a sentence end, a comma or colon, a quotation mark, or a clause word; after it no possessive.
    /// </summary>
    internal static bool IsSubject(string text, TextSpan span)
    {
        var after = span.End;
        if (after + 1 < text.Length && text[after] is '\'' or '\u2019' && text[after + 1] is 's' or 'S') return false;
        if (SpeaksNext(text, after)) return true;
        var i = span.Start;
        while (true)
        {
            while (i > 0 && text[i - 1] == ' ') i--;
            if (i == 0) return true;
            var c = text[i - 1];
            if (!char.IsLetter(c)) return c is '.' or ',' or ';' or ':' or '\n' or '"' or '\u201C' or '\u201D' or '(' or '\u2014' or '?' or '!';
            var start = i - 1;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
            var word = text[start..i];
            if (char.IsUpper(word[0]) || word == "the" || TitleWords.IsTitlePart(word))
            {
                i = start; // a title word or "the" before the name: look further back
                continue;
            }
            return word is "that" or "and" or "but" or "while" or "though" or "although" or "as" or "when" or "after" or "because" or "so" or "then";
        }
    }

    /// <summary>A name followed by a cue verb ("Halloway said") or a relative clause ("Armanto, who ...") is its clause's subject.</summary>
    private static bool SpeaksNext(string text, int after)
    {
        var i = after;
        if (i < text.Length && text[i] == ',') i++;
        while (i < text.Length && text[i] == ' ') i++;
        var end = i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == i) return false;
        var word = text[i..end];
        return word == "who" || CueWords.IsStrongCue(word);
    }

    /// <summary>
    /// The person whose role matches a title: every word of the title but nationalities must be in one of their roles
    /// ("the commerce secretary" → "Commerce Secretary"). Among several, one whose role also has the nationality
    /// ("the Chinese president" → "Chinese President"), then the one named nearest before, then the most mentioned.
    /// </summary>
    private ResolvedEntity? ByTitle(Article article, int position, string lower)
    {
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "a" or "an" or "then")).ToList();
        if (words.Count == 0 || words.Count > 5 || !TitleWords.IsHead(words[^1])) return null;
        var nationalities = words.Where(w => KnownNames.IsDemonym(w)).ToHashSet();
        var required = words.Where(w => !nationalities.Contains(w)).ToList();
        var nearest = new Dictionary<ResolvedEntity, int>(ReferenceEqualityComparer.Instance);
        if (mentions.TryGetValue(article, out var list))
            foreach (var (span, entity) in list)
                if (span.Start < position) nearest[entity] = span.Start;

        ResolvedEntity? best = null;
        (int Nationality, int Nearest, int Count) bestScore = (-1, -1, -1);
        foreach (var entity in entities)
        {
            if (entity.Kind != EntityKind.Person) continue;
            foreach (var role in entity.Roles)
            {
                var roleWords = role.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!required.All(roleWords.Contains)) continue;
                var score = (nationalities.Count(roleWords.Contains), nearest.GetValueOrDefault(entity, -1), entity.Mentions.Count);
                if (score.CompareTo(bestScore) > 0)
                {
                    best = entity;
                    bestScore = score;
                }
            }
        }
        return best;
    }
}
