namespace Dossier.Core.Model;

/// <summary>The kind of place in a page a metadata value was read from.</summary>
public enum EvidenceKind : byte
{
    /// <summary>A schema.org object in a &lt;script type="application/ld+json"&gt;; the key is the property.</summary>
    JsonLd,

    /// <summary>A &lt;meta&gt; tag; the key is its name or property ("article:published_time", "author").</summary>
    Meta,

    /// <summary>An element with an itemprop attribute (microdata); the key is the property.</summary>
    Microdata,

    /// <summary>A &lt;link&gt; or &lt;a&gt; with a rel; the key is the rel ("canonical", "author").</summary>
    Link,

    /// <summary>A &lt;time datetime&gt; element of the article.</summary>
    Time,

    /// <summary>The page's URL path (/2025/06/09/).</summary>
    Url,

    /// <summary>Visible text: a dateline near the headline, a "By …" line.</summary>
    Text,

    /// <summary>The &lt;title&gt; element.</summary>
    Title,

    /// <summary>The article's first &lt;h1&gt;.</summary>
    Heading,

    /// <summary>An element whose class or id marks what it holds (a byline box); the key is the hint.</summary>
    Markup,

    /// <summary>An attribute of the &lt;html&gt; element; the key is the attribute ("lang").</summary>
    Html,

    /// <summary>Dossier's own language detector, run on the page's text.</summary>
    Detector,

    /// <summary>Given with the source rather than read from the page (a JSON record's fields).</summary>
    Source,
}

/// <summary>
/// Where a metadata value came from, written "kind:key": "json-ld:datePublished", "meta:article:published_time",
/// "time[datetime]", "url", "text". The form is stable: it is stored and shown to users.
/// </summary>
public readonly record struct Evidence(EvidenceKind Kind, string? Key = null)
{
    private static readonly (EvidenceKind Kind, string Name)[] Names =
    [
        (EvidenceKind.JsonLd, "json-ld"), (EvidenceKind.Meta, "meta"), (EvidenceKind.Microdata, "itemprop"),
        (EvidenceKind.Link, "link"), (EvidenceKind.Time, "time[datetime]"), (EvidenceKind.Url, "url"),
        (EvidenceKind.Text, "text"), (EvidenceKind.Title, "title"), (EvidenceKind.Heading, "h1"),
        (EvidenceKind.Markup, "markup"), (EvidenceKind.Html, "html"), (EvidenceKind.Detector, "detector"),
        (EvidenceKind.Source, "source"),
    ];

    public override string ToString()
    {
        var kind = Kind;
        var name = Names.First(n => n.Kind == kind).Name;
        return string.IsNullOrEmpty(Key) ? name : name + ":" + Key;
    }

    /// <summary>Reads the form <see cref="ToString"/> writes; null for anything else.</summary>
    public static Evidence? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var (kind, name) in Names)
        {
            if (text == name) return new Evidence(kind);
            if (text.Length > name.Length + 1 && text.StartsWith(name, StringComparison.Ordinal) && text[name.Length] == ':')
                return new Evidence(kind, text[(name.Length + 1)..]);
        }
        return null;
    }
}

/// <summary>Which metadata field a <see cref="FieldSource"/> speaks for; the names are stored and shown.</summary>
public static class MetadataFields
{
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Url = "url";
    public const string Published = "published";
    public const string Modified = "modified";
    public const string Authors = "authors";
    public const string Language = "language";
}

/// <summary>Where one field of an article's metadata came from, and how sure the reader was of it (0 to 1).</summary>
public readonly record struct FieldSource(string Field, Evidence Evidence, double Confidence);
