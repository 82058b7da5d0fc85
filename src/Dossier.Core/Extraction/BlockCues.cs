using System.Text.RegularExpressions;

namespace Dossier.Core.Extraction;

/// <summary>
/// The cue phrases that boilerplate of each kind uses across sites. They are generic conventions of web publishing,
/// not strings of particular articles; each list is matched on lower-cased text.
/// </summary>
internal static partial class BlockCues
{
    /// <summary>Paywalls talk about the reader's account and subscription; two of these in a short block are a prompt, not news.</summary>
    public static readonly string[] Paywall =
    [
        "subscriber", "subscribe", "subscription", "log in", "login", "log into", "sign in", "signing in", "your account",
        "premium", "unlock", "paywall", "continue reading", "already a member", "card on file", "free trial", "register to",
        "this content", "members only",
    ];

    /// <summary>Risk warnings and legal disclaimers (finance and crypto sites append them to every article).</summary>
    public static readonly string[] Disclaimer =
    [
        "not financial advice", "not investment advice", "investment carries", "high risk", "may lose", "lose all",
        "do your own research", "past performance", "informational purposes", "consult a financial", "seek independent",
        "price may fluctuate", "fluctuate dramatically", "assess the risk", "no responsibility", "does not constitute",
    ];

    public static readonly string[] DisclaimerHeadings =
        ["risk warning", "disclaimer", "risk disclosure", "important notice", "legal disclaimer", "investment disclaimer", "risk warning and disclaimer"];

    public static readonly string[] TocHeadings =
        ["table of contents", "contents", "in this article", "on this page", "jump to", "article contents", "toc", "in this story"];

    /// <summary>Lines that introduce links to other articles; what follows them is teasers of other stories.</summary>
    public static readonly string[] Related =
    [
        "read also", "also read", "read more", "related", "related articles", "related stories", "related coverage", "related news",
        "related content", "discover more", "more from", "more stories", "more news", "recommended", "recommended for you",
        "you may also like", "you might also like", "most read", "most popular", "trending", "trending now", "see also",
        "further reading", "more on this", "more on this story", "what to read next", "read next", "up next", "editor's picks",
        "editors' picks", "don't miss", "must read", "top stories",
    ];

    public static readonly string[] Promo =
    [
        "sign up for", "sign up to", "newsletter", "download our app", "download the app", "get the app", "follow us on",
        "subscribe to our", "join our", "listen to our podcast", "advertisement", "sponsored content", "story continues below",
        "continue reading below", "click here", "get our", "delivered to your inbox", "in your inbox",
    ];

    /// <summary>Imperatives that open a call to the reader.</summary>
    public static readonly string[] PromoOpeners = ["subscribe", "download", "follow", "join", "listen", "get ", "don't miss", "want ", "like this"];

    /// <summary>Verbs that report what someone said: a block with one is news about a thing, not a call to the reader.</summary>
    public static readonly string[] ReportingVerbs = [" said", " says", " told", " announced", " according to", " reported"];

    public static readonly string[] SocialNetworks =
        ["facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail", "reddit", "telegram", "pinterest", "copy link", "print", "x.com", "bluesky", "threads"];

    /// <summary>Words that mark a photo credit: agencies, picture desks, "File" for archive photos.</summary>
    public static readonly string[] PhotoCredit =
    [
        "ap", "afp", "reuters", "getty", "images", "image", "photo", "photos", "photograph", "file", "via", "epa", "xinhua",
        "bloomberg", "shutterstock", "courtesy", "handout", "pool", "alamy", "imago", "anadolu", "sipa", "press", "photographer", "credit",
    ];

    public static readonly string[] CaptionStarts = ["photo:", "image:", "pictured:", "picture:", "file photo", "photograph:", "above:", "top:"];

    [GeneratedRegex(@"^(article\s+)?(edited|written|compiled|translated|produced|fact-checked|updated|reviewed)\s+by\b|^(reporting|editing|additional reporting|writing|compiled|translation)\s+by\b|^\(?reporting by\b|^editor['’]s note\b|^(this (article|story|report) )?(was )?(originally|first) (published|appeared)\b|^editing by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex EditorNote();

    [GeneratedRegex(@"^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&|\||·|-)\s*.*)?$", RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    [GeneratedRegex(@"^(tags|topics|filed under|categories|keywords)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TagLine();

    public static int CountDistinct(string lower, string[] cues)
    {
        var count = 0;
        foreach (var cue in cues)
        {
            if (!lower.Contains(cue, StringComparison.Ordinal)) continue;
            // A cue found only inside a longer cue's match is the same evidence: "subscribers" is one word, not both
            // "subscriber" and "subscribe".
            if (OnlyInsideLongerCue(lower, cue, cues)) continue;
            count++;
        }
        return count;
    }

    private static bool OnlyInsideLongerCue(string lower, string cue, string[] cues)
    {
        foreach (var longer in cues)
        {
            if (longer.Length <= cue.Length || !longer.Contains(cue, StringComparison.Ordinal)) continue;
            if (lower.Replace(longer, "", StringComparison.Ordinal).Contains(cue, StringComparison.Ordinal)) continue;
            if (lower.Contains(longer, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The text a cue line is compared by: lower case, without the trailing colon, dots and spaces.</summary>
    public static string CueKey(ReadOnlySpan<char> text) => text.Trim().TrimEnd(":.…-–— ").Trim().ToString().ToLowerInvariant().Replace('’', '\'');
}
