using System.Runtime.CompilerServices;
using Dossier.Core.Html;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Content;

/// <summary>How firmly an element claims to hold the article.</summary>
internal enum ContentClaim : byte
{
    None,

    /// <summary>One generic word ("content", "text"): also used for the text of comments and teaser cards.</summary>
    Weak,

    /// <summary>The tag or role (&lt;article&gt;, &lt;main&gt;), itemprop articleBody, or a compound class ("entry-content", "articleBody").</summary>
    Strong,
}

/// <summary>What an element's tag, class, id, role and itemprop say about the text inside it.</summary>
internal readonly record struct ContainerHint(BoilerplateKind Kind, ContentClaim Claim, bool Caption)
{
    public static readonly ContainerHint None = new(BoilerplateKind.None, ContentClaim.None, false);

    public bool IsBoilerplate => Kind != BoilerplateKind.None;

    public bool Content => Claim != ContentClaim.None;
}

/// <summary>
/// The class and id vocabulary that sites use across the web for their page furniture (navigation, comments, share
/// bars, newsletter and cookie prompts, adverts, bylines) and for the article itself. Class and id values are split
/// into words at separators and camel-case humps ("articleBody" is "article" and "body"); short words must match
/// exactly ("ad" is not "read"), long distinctive ones may sit inside a compound ("sharebar", "postcomments").
/// Results are cached per attribute value, since pages repeat the same class on hundreds of elements.
/// </summary>
internal sealed class ContainerHints
{
    private readonly Dictionary<string, ContainerHint> _cache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, BoilerplateKind> ExactWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nav"] = BoilerplateKind.Navigation, ["navbar"] = BoilerplateKind.Navigation, ["menu"] = BoilerplateKind.Navigation,
        ["menus"] = BoilerplateKind.Navigation, ["pagination"] = BoilerplateKind.Navigation, ["pager"] = BoilerplateKind.Navigation,
        ["masthead"] = BoilerplateKind.Navigation, ["topbar"] = BoilerplateKind.Navigation, ["toolbar"] = BoilerplateKind.Navigation,
        ["skip"] = BoilerplateKind.Navigation, ["skiplink"] = BoilerplateKind.Navigation, ["jumplink"] = BoilerplateKind.Navigation,
        ["comment"] = BoilerplateKind.Comments, ["comments"] = BoilerplateKind.Comments, ["disqus"] = BoilerplateKind.Comments,
        ["respond"] = BoilerplateKind.Comments, ["replies"] = BoilerplateKind.Comments, ["discussion"] = BoilerplateKind.Comments,
        ["ad"] = BoilerplateKind.Advert, ["ads"] = BoilerplateKind.Advert, ["adslot"] = BoilerplateKind.Advert,
        ["adunit"] = BoilerplateKind.Advert, ["dfp"] = BoilerplateKind.Advert, ["gpt"] = BoilerplateKind.Advert,
        ["promo"] = BoilerplateKind.Promo, ["promos"] = BoilerplateKind.Promo, ["cta"] = BoilerplateKind.Promo,
        ["signup"] = BoilerplateKind.Newsletter, ["optin"] = BoilerplateKind.Newsletter,
        ["gdpr"] = BoilerplateKind.Cookie, ["cmp"] = BoilerplateKind.Cookie,
        ["author"] = BoilerplateKind.Byline, ["authors"] = BoilerplateKind.Byline, ["dateline"] = BoilerplateKind.Byline,
        ["timestamp"] = BoilerplateKind.Byline, ["date"] = BoilerplateKind.Byline, ["pubdate"] = BoilerplateKind.Byline,
        ["meta"] = BoilerplateKind.Byline, ["contributor"] = BoilerplateKind.Byline, ["bio"] = BoilerplateKind.Byline,
        ["tags"] = BoilerplateKind.Other, ["tag"] = BoilerplateKind.Other, ["keywords"] = BoilerplateKind.Other,
        ["topics"] = BoilerplateKind.Other, ["widget"] = BoilerplateKind.Other, ["rail"] = BoilerplateKind.Other,
        ["modal"] = BoilerplateKind.Other, ["popup"] = BoilerplateKind.Other, ["overlay"] = BoilerplateKind.Other,
        ["login"] = BoilerplateKind.Other, ["signin"] = BoilerplateKind.Other, ["search"] = BoilerplateKind.Other,
        ["print"] = BoilerplateKind.Other, ["sronly"] = BoilerplateKind.Other, ["offscreen"] = BoilerplateKind.Other,
        ["trending"] = BoilerplateKind.Teaser, ["popular"] = BoilerplateKind.Teaser, ["mostread"] = BoilerplateKind.Teaser,
        ["recirc"] = BoilerplateKind.Teaser, ["teaser"] = BoilerplateKind.Teaser, ["teasers"] = BoilerplateKind.Teaser,
    };

    /// <summary>Distinctive words that still mean the same inside compounds ("socialshare", "relatedlinks", "sitefooter").</summary>
    private static readonly (string Word, BoilerplateKind Kind)[] Stems =
    [
        ("breadcrumb", BoilerplateKind.Navigation), ("navigation", BoilerplateKind.Navigation),
        ("comment", BoilerplateKind.Comments), ("disqus", BoilerplateKind.Comments),
        ("share", BoilerplateKind.Share), ("sharing", BoilerplateKind.Share), ("social", BoilerplateKind.Share),
        ("addthis", BoilerplateKind.Share),
        ("related", BoilerplateKind.Teaser), ("recommend", BoilerplateKind.Teaser), ("outbrain", BoilerplateKind.Teaser),
        ("taboola", BoilerplateKind.Teaser), ("readmore", BoilerplateKind.Teaser), ("morestories", BoilerplateKind.Teaser),
        ("newsletter", BoilerplateKind.Newsletter), ("subscribe", BoilerplateKind.Newsletter),
        ("cookie", BoilerplateKind.Cookie), ("consent", BoilerplateKind.Cookie),
        ("advert", BoilerplateKind.Advert), ("sponsor", BoilerplateKind.Advert), ("adslot", BoilerplateKind.Advert),
        ("byline", BoilerplateKind.Byline),
        ("footer", BoilerplateKind.Other), ("sidebar", BoilerplateKind.Other),
    ];

    /// <summary>Words that name the article's own content.</summary>
    private static readonly HashSet<string> ContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "articlebody", "content", "entry", "post", "story", "storybody", "text", "body", "main", "blog", "prose",
        "richtext", "copy",
    };

    private static readonly HashSet<string> CompoundContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "articlebody", "storybody", "richtext",
    };

    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "figcaption", "credit", "credits", "imagecredit", "photocredit",
    };

    public ContainerHint Of(HtmlNode element) =>
        Of(element.Name, element.GetAttribute("role"), element.GetAttribute("itemprop"), element.ClassName, element.Id);

    /// <summary>The hint from attribute values already read (the segmenter reads them all in one pass per element).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ContainerHint Of(string name, string? role, string? itemprop, string? className, string? id)
    {
        var hint = FromTag(name);
        if (role is not null) hint = Merge(hint, FromRole(role));
        if (itemprop is not null) hint = Merge(hint, FromItemprop(itemprop));
        if (!string.IsNullOrEmpty(className)) hint = Merge(hint, FromWords(className));
        if (!string.IsNullOrEmpty(id)) hint = Merge(hint, FromWords(id));
        return hint;
    }

    private static ContainerHint FromTag(string name) => name switch
    {
        "nav" or "menu" => new(BoilerplateKind.Navigation, ContentClaim.None, false),
        "footer" => new(BoilerplateKind.Other, ContentClaim.None, false),
        "aside" => new(BoilerplateKind.Teaser, ContentClaim.None, false),
        "form" => new(BoilerplateKind.Other, ContentClaim.None, false),
        "article" or "main" => new(BoilerplateKind.None, ContentClaim.Strong, false),
        "figcaption" => new(BoilerplateKind.None, ContentClaim.None, true),
        _ => ContainerHint.None,
    };

    private static ContainerHint FromRole(string role) => role.Trim().ToLowerInvariant() switch
    {
        "navigation" or "menu" or "menubar" or "banner" or "search" => new(BoilerplateKind.Navigation, ContentClaim.None, false),
        "contentinfo" or "dialog" or "alertdialog" => new(BoilerplateKind.Other, ContentClaim.None, false),
        "complementary" => new(BoilerplateKind.Teaser, ContentClaim.None, false),
        "main" or "article" => new(BoilerplateKind.None, ContentClaim.Strong, false),
        _ => ContainerHint.None,
    };

    private static ContainerHint FromItemprop(string itemprop) => itemprop.Trim().ToLowerInvariant() switch
    {
        "articlebody" or "text" or "reviewbody" => new(BoilerplateKind.None, ContentClaim.Strong, false),
        "author" or "datepublished" or "datemodified" => new(BoilerplateKind.Byline, ContentClaim.None, false),
        "caption" => new(BoilerplateKind.None, ContentClaim.None, true),
        _ => ContainerHint.None,
    };

    /// <summary>Boilerplate evidence wins over content words in the same element ("article-comments", "post-footer").</summary>
    private static ContainerHint Merge(ContainerHint a, ContainerHint b) => new(
        a.Kind != BoilerplateKind.None ? a.Kind : b.Kind,
        (ContentClaim)Math.Max((byte)a.Claim, (byte)b.Claim),
        a.Caption || b.Caption);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ContainerHint FromWords(string value)
    {
        if (_cache.TryGetValue(value, out var cached)) return cached;
        Span<Range> words = stackalloc Range[MaxWords];
        var count = SplitWords(value, words);
        var hint = ContainerHint.None;
        var contentWords = 0;
        var embed = false;
        for (var w = 0; w < count; w++)
        {
            embed |= value.AsSpan()[words[w]].StartsWith("embed", StringComparison.OrdinalIgnoreCase);
            var word = FromWord(value.AsSpan()[words[w]]);
            if (word.Content) contentWords++;
            // "has-sidebar", "no-comments", "comments-open" describe the page the element belongs to; they do not
            // name a piece of furniture.
            if (word.IsBoilerplate && IsModified(value, words, count, w)) word = word with { Kind = BoilerplateKind.None };
            hint = Merge(hint, word);
        }
        // An embedded post ("social-embed", "embed-twitter") is a quoted source inside the article, not a share bar.
        if (embed && hint.Kind == BoilerplateKind.Share) hint = hint with { Kind = BoilerplateKind.None };
        // "entry-content", "article-body", "storyText": two content words, or one compound, make a firm claim.
        if (contentWords >= 2) hint = hint with { Claim = ContentClaim.Strong };
        // Class lists of one site repeat on every element; a page with thousands of distinct values is not normal.
        if (_cache.Count < 4096) _cache[value] = hint;
        return hint;
    }

    private const int MaxWords = 48;

    private static readonly HashSet<string> ModifierBefore = new(StringComparer.OrdinalIgnoreCase)
        { "has", "no", "with", "without", "hide", "show", "enable", "enabled", "disable", "disabled", "is" };

    private static readonly HashSet<string> ModifierAfter = new(StringComparer.OrdinalIgnoreCase)
        { "open", "opened", "closed", "enabled", "disabled", "left", "right", "active", "on", "off", "allowed" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeLookup = ModifierBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterLookup = ModifierAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsModified(string value, ReadOnlySpan<Range> words, int count, int w) =>
        (w > 0 && SameClass(value, words[w - 1], words[w]) && BeforeLookup.Contains(value.AsSpan()[words[w - 1]]))
        || (w + 1 < count && SameClass(value, words[w], words[w + 1]) && AfterLookup.Contains(value.AsSpan()[words[w + 1]]));

    /// <summary>Two words belong to one class name when no white space separates them.</summary>
    private static bool SameClass(string value, Range first, Range second)
    {
        foreach (var c in value.AsSpan()[first.End..second.Start])
            if (char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Words end at separators, and where a lower-case letter is followed by a capital (camel case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SplitWords(string value, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < value.Length && count < words.Length)
        {
            while (i < value.Length && !char.IsLetterOrDigit(value[i])) i++;
            var start = i;
            while (i < value.Length && char.IsLetterOrDigit(value[i])
                   && !(i > start && char.IsUpper(value[i]) && char.IsLower(value[i - 1]))) i++;
            if (i > start) words[count++] = start..i;
        }
        return count;
    }

    /// <summary>Every whole word the vocabulary knows, with what it says, in one table: one lookup per word.</summary>
    private static readonly Dictionary<string, ContainerHint> WholeWords = BuildWholeWords();

    private static readonly Dictionary<string, ContainerHint>.AlternateLookup<ReadOnlySpan<char>> WholeLookup =
        WholeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, ContainerHint> BuildWholeWords()
    {
        var words = new Dictionary<string, ContainerHint>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in ContentWords)
            words[word] = new(BoilerplateKind.None, CompoundContentWords.Contains(word) ? ContentClaim.Strong : ContentClaim.Weak, false);
        foreach (var word in CaptionWords) words[word] = new(BoilerplateKind.None, ContentClaim.None, true);
        foreach (var (word, kind) in ExactWords) words[word] = new(kind, ContentClaim.None, false);
        return words;
    }

    /// <summary>The stems by their first three letters, so that a word is searched in one pass, not once per stem.</summary>
    private static readonly Dictionary<long, (string Stem, BoilerplateKind Kind)[]> StemsByPrefix = Stems
        .GroupBy(s => Prefix(s.Word))
        .ToDictionary(g => g.Key, g => g.Select(s => (s.Word, s.Kind)).ToArray());

    /// <summary>Which two-letter starts any stem has: most positions of a word are ruled out by one array read.</summary>
    private static readonly bool[] StemStarts = BuildStemStarts();

    private static bool[] BuildStemStarts()
    {
        var starts = new bool[128 * 128];
        foreach (var (stem, _) in Stems) starts[stem[0] * 128 + stem[1]] = true;
        return starts;
    }

    private static long Prefix(ReadOnlySpan<char> text) => text[0] | ((long)text[1] << 16) | ((long)text[2] << 32);

    /// <summary>The kind of the first stem found anywhere in the lower-cased word, or None.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BoilerplateKind FindStem(ReadOnlySpan<char> lower)
    {
        for (var i = 0; i + 3 <= lower.Length; i++)
        {
            var (a, b) = (lower[i], lower[i + 1]);
            if (a >= 128 || b >= 128 || !StemStarts[a * 128 + b]) continue;
            if (!StemsByPrefix.TryGetValue(Prefix(lower[i..]), out var stems)) continue;
            foreach (var (stem, kind) in stems)
                if (lower[i..].StartsWith(stem, StringComparison.Ordinal)) return kind;
        }
        return BoilerplateKind.None;
    }

    /// <summary>Longer words are not looked for inside; class names are short.</summary>
    private const int MaxWordLength = 64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ContainerHint FromWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || char.IsDigit(word[0])) return ContainerHint.None;
        if (WholeLookup.TryGetValue(word, out var known)) return known;
        if (word.Length < 5) return ContainerHint.None;
        // Lower-cased once, so that the stems are found with ordinal comparisons.
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        // "commentary" is a kind of article, not the readers' comments under one.
        if (lower.StartsWith("commentar", StringComparison.Ordinal)) return ContainerHint.None;
        var stemKind = FindStem(lower);
        return stemKind == BoilerplateKind.None ? ContainerHint.None : new(stemKind, ContentClaim.None, false);
    }
}
