using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// Turns a byline as pages write it into the names of the people in it: "By JANE DOE and John Roe, Reuters\nJune 9,
/// 2025" gives ["Jane Doe", "John Roe"]. It drops the "By", dates, e-mail addresses, links, handles, job titles,
/// degrees, outlet and organisation names, and labels such as "View profile". The rules are about the shape of
/// names and a few closed word lists, never about particular sites.
/// </summary>
public static partial class PersonNames
{
    private const int MaxNames = 10;
    private const int MaxInputLength = 600;
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 5;

    /// <summary>The people named in a byline, in order, without repeats. <paramref name="outlet"/> is dropped when it appears.</summary>
    /// <param name="unspacedNames">
    /// Whether to accept names in scripts written without spaces (Chinese, Japanese): only from sources that say they
    /// hold a name (meta, JSON-LD); in free markup two Han characters are as likely a label as a name.
    /// </param>
    public static List<string> FromByline(string? byline, string? outlet = null, bool unspacedNames = true)
    {
        var names = new List<string>();
        if (string.IsNullOrWhiteSpace(byline)) return names;
        if (byline.Length > MaxInputLength) byline = byline[..MaxInputLength];
        var outletKey = outlet is null ? null : MetadataText.Squash(outlet);
        foreach (var rawLine in byline.Split('\n'))
        {
            if (MetadataText.Clean(rawLine) is not { } line) continue;
            foreach (var part in Parts(line))
            {
                if (Person(part, outletKey) is not { } name || (!unspacedNames && IsCjk(name))) continue;
                if (names.Any(n => string.Equals(MetadataText.Fold(n), MetadataText.Fold(name), StringComparison.Ordinal))) continue;
                names.Add(name);
                if (names.Count == MaxNames) break;
            }
        }
        // "Jane Doe Markets" beside "Jane Doe": the longer one caught a word of the job title.
        names.RemoveAll(n => names.Any(shorter => shorter.Length < n.Length && n.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase)));
        return names;
    }

    /// <summary>
    /// A name from the last segment of a profile URL ("https://example.org/author/jane-doe/" gives "Jane Doe"), or null
    /// when the segment does not look like a name (an id, a single word).
    /// </summary>
    public static string? FromProfileUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var segment = uri.AbsolutePath.TrimEnd('/').Split('/').LastOrDefault();
        if (string.IsNullOrEmpty(segment)) return null;
        segment = Uri.UnescapeDataString(segment);
        var words = segment.Split(['-', '_', '.', '+'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => !w.All(char.IsLetter))) return null;
        var name = string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        return Person(name, null);
    }

    /// <summary>Whether a string is a plausible person's name as it stands (no cleaning).</summary>
    public static bool LooksLikeName(string text) => Person(text, null) == text;

    /// <summary>The pieces of a line that may each be one name: split on commas, "and", "&amp;" and similar.</summary>
    private static IEnumerable<string> Parts(string line)
    {
        line = Url().Replace(line, " ");
        line = Email().Replace(line, " ");
        line = Handle().Replace(line, " ");
        // Names have no digits: a date, a time or a count ("651 comments") ends the byline.
        var cut = line.Length;
        if (PageDateParser.Find(line) is { } date) cut = Math.Min(cut, date.Index);
        var digit = line.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0) cut = Math.Min(cut, digit);
        if (DateWords().Match(line) is { Success: true } dateWord) cut = Math.Min(cut, dateWord.Index);
        line = line[..cut];
        // A parenthesis lists more people ("(with Jane Roe)"), holds part of a name ("Ana (Luiza) Prado"), or
        // adds a handle or a note ("(stevenhgm)", "(photos)"): split, keep and drop.
        line = Bracketed().Replace(line, m =>
        {
            var inside = m.Groups[1].Value.Trim();
            if (Connector().Match(inside + " ") is { Success: true } connector) return ", " + inside[Math.Min(inside.Length, connector.Length)..] + ",";
            return inside.Length > 0 && Words(inside).All(w => char.IsUpper(w[0])) ? " " + inside + " " : " ";
        });
        line = line.Replace('(', ' ').Replace(')', ' ');

        // "Jane Doe and John Roe, Harbor Ledger": after a list closed by "and", a comma brings the affiliation.
        if (AffiliationAfterList().Match(line) is { Success: true } listed) line = listed.Groups[1].Value;
        var segments = Separators().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        // "Doe, Jane" (family name first) is one person, not two.
        if (segments.Count == 2 && !line.Contains(';') && Words(segments[0]).Length == 1 && Words(segments[1]).Length is >= 1 and <= 3
            && !LeadIn().IsMatch(segments[0]) && Person(segments[1] + " " + segments[0], null) is not null && Person(segments[1], null) is null)
        {
            yield return segments[1] + " " + segments[0];
            yield break;
        }
        foreach (var segment in segments)
        {
            // "Edited by", "Photos by": those people did not write the article.
            if (NotAuthors().IsMatch(segment)) continue;
            yield return LeadIn().Replace(Connector().Replace(segment, ""), "");
        }
    }

    private static string? Person(string text, string? outletKey)
    {
        var trimmed = text.Trim(' ', '.', ',', ':', ';', '-', '–', '—', '|', '/', '*', '\'', '"', '·', '•');
        if (trimmed.Length is < 2 or > MaxNameLength * 2) return null;
        if (outletKey is { Length: > 0 } && MetadataText.Squash(trimmed) == outletKey) return null;

        var words = Words(trimmed).ToList();
        if (words.Count == 0) return null;
        if (IsCjk(trimmed)) return words.Count == 1 && trimmed.Length is >= 2 and <= 4 ? trimmed : null;

        // Honorifics go ("Dr Jane Doe" is Jane Doe); a job title before the name goes ("Senior Correspondent Jane
        // Doe"), and one after it ends the name, with its qualifiers ("Jane Doe Senior Correspondent"). A qualifier
        // alone is no title: "Harbor Ledger Staff" is not "Harbor Ledger".
        while (words.Count > 0 && Honorifics.Contains(Key(words[0]))) words.RemoveAt(0);
        var leadingTitle = 0;
        while (leadingTitle < words.Count && Qualifiers.Contains(Key(words[leadingTitle]))) leadingTitle++;
        if (leadingTitle < words.Count && JobWords.Contains(Key(words[leadingTitle])))
        {
            while (leadingTitle < words.Count && JobWords.Contains(Key(words[leadingTitle]))) leadingTitle++;
            words.RemoveRange(0, leadingTitle);
        }
        var end = words.FindIndex(w => JobWords.Contains(Key(w)) || PostNominals.Contains(Key(w)));
        if (end >= 0)
        {
            words.RemoveRange(end, words.Count - end);
            while (words.Count > 0 && Qualifiers.Contains(Key(words[^1]))) words.RemoveAt(words.Count - 1);
        }
        if (words.Count is < 2 or > MaxNameWords) return null;
        if (words.Any(w => NotNameWords.Contains(Key(w)))) return null;

        if (words.Any(w => !w.All(c => char.IsLetter(c) || c is '.' or '\'' or '\u2019' or '-'))) return null;
        // In scripts with capitals (Latin, Cyrillic, Greek) a name is capitalised; Arabic or Hebrew names cannot be told by case.
        if (words.Any(w => w.Any(c => char.IsUpper(c) || char.IsLower(c))))
        {
            var capitalised = 0;
            foreach (var word in words)
            {
                if (char.IsUpper(word[0])) capitalised++;
                else if (!Particles.Contains(word)) return null;
            }
            if (capitalised < 2) return null;
        }

        var name = string.Join(' ', words.Select(TitleCaseIfShouted));
        if (outletKey is { Length: > 0 } && MetadataText.Squash(name) == outletKey) return null;
        return name.Length <= MaxNameLength ? name : null;
    }

    private static string[] Words(string text) => text.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string word) => word.Trim('.', ',', ':', ';').ToLowerInvariant();

    /// <summary>"HARTLEY" becomes "Hartley"; "McDonald", "O'Neil" and initials ("J.R.") stay as written.</summary>
    private static string TitleCaseIfShouted(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        if (letters.Count < 3 || letters.Any(char.IsLower)) return word;
        var sb = new StringBuilder(word.Length);
        var startOfPart = true;
        foreach (var c in word)
        {
            sb.Append(startOfPart ? c : char.ToLowerInvariant(c));
            startOfPart = !char.IsLetter(c);
        }
        return sb.ToString();
    }

    private static bool IsCjk(string text)
    {
        var cjk = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF') cjk++;
        }
        return letters > 0 && cjk * 2 > letters;
    }

    // Lower-case words that belong inside names: "Pieter van den Berg", "Ludwig van Beethoven".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "des",
        "ter", "ten", "bin", "binti", "ibn", "al", "el", "y", "zu", "af", "av",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev", "hon", "herr", "frau", "mme", "mlle", "sr", "sra", "dott", "dra",
    };

    // Degrees and suffixes after a name: "Jane Doe, MA".
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "phd", "ph.d", "md", "m.d", "ma", "ba", "bsc", "msc", "mba", "mph", "rn", "jr", "sr", "ii", "iii", "iv", "esq", "dds", "lcsw", "facp", "obe", "mbe", "cbe",
    };

    // Words that qualify a job title and are no part of a name.
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "senior", "chief", "deputy", "managing", "executive", "associate", "assistant", "special", "contributing", "staff",
        "political", "business", "science", "technology", "tech", "foreign", "economics", "sports", "health", "culture", "investigative",
        "national", "international", "local", "digital", "data", "white", "house", "freelance", "guest", "former",
    };

    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal)
    {
        "correspondent", "reporter", "editor", "editors", "writer", "columnist", "contributor", "producer", "analyst", "critic",
        "photographer", "journalist", "intern", "blogger", "anchor", "host", "commentator", "economist", "strategist",
        "correspondant", "journaliste", "rédacteur", "rédactrice", "envoyé", "envoyée", "spéciale", "redakteur", "redakteurin",
        "korrespondent", "korrespondentin", "reporterin", "autorin", "autor", "periodista", "redactor", "redactora", "corresponsal",
        "giornalista", "inviato", "jornalista", "repórter", "colunista", "correspondente",
    };

    // Words that mark an organisation, an outlet or a page label: a part with one of them is not a person.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "news", "press", "presse", "prensa", "agency", "agence", "agencia", "agentur", "agenzia", "associated", "wire", "wires",
        "staff", "team", "desk", "editorial", "board", "newsroom", "redaktion", "rédaction", "redacción", "redação", "redazione",
        "media", "magazine", "journal", "times", "post", "daily", "tribune", "herald", "gazette", "network", "group", "inc",
        "ltd", "llc", "corp", "company", "gmbh", "foundation", "organization", "organisation", "association", "institute",
        "contributors", "service", "services", "bureau", "online", "radio", "tv", "television", "channel", "publishing",
        "publications", "administrator", "admin", "webmaster", "guest", "author", "authors", "follow", "share", "profile",
        "email", "e-mail", "subscribe", "view", "more", "posts", "articles", "read", "comments", "bio", "twitter", "facebook",
        "instagram", "linkedin", "click", "here", "unknown", "anonymous", "the", "of", "for", "sources",
        "updated", "published", "posted", "am", "pm", "min", "reading", "minute", "minutes", "ago", "hours", "via",
        "developers", "community", "support", "official",
    };

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\S+@\S+\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\w)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // Split points between names: punctuation, and "and" in the languages the byline may be in.
    [GeneratedRegex(@"\s*[,;|/·•&+]\s*|\s+(?:and|und|et|y|e|avec|with|mit|con|och|og|ve|și|és|i|en|и|та)\s+|\s+(?=(?i:edited|photos?|illustrations?|video|graphics)\s+(?i:by)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(.*\s(?:and|und|et|y|e|och|og|en|&)\s[^,;]+?),\s*[^,;]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationAfterList();

    [GeneratedRegex(@"^(?:and|und|et|y|e|avec|with|mit|con|och|og)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    // "By", "Written by", "Par", "Von", "Autor:" and the like at the start of a byline.
    [GeneratedRegex(@"^(?:(?:written|posted|words|story|text|reporting|reported|interview|compiled|additional\s+reporting|a\s+column)\s+)?(?:by|par|von|por|di|door|av|af|przez|от|автор|autor|auteur|author|text|texto|texte)\b\s*[:\-–—]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:edited|photos?|photographs?|photography|illustrations?|illustrated|video|graphics?|design(?:ed)?|translated|fact-checked|produced)\s+by\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAuthors();

    [GeneratedRegex(@"\b(?:updated|published|posted\s+on|last\s+modified|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateWords();
}
