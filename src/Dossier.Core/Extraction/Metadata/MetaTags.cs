using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>
/// The page's &lt;meta&gt; tags by key. A tag's keys are its name, property and http-equiv values, lower case; a value may
/// list several keys separated by spaces ("og:title twitter:title"), and the tag then answers to each. Tags without
/// content are left out: an empty value says nothing. Meta tags with itemprop are microdata and are read as such.
/// </summary>
public sealed class MetaTags
{
    // Pages with thousands of meta tags exist (one per product option); the first ones are the page's own.
    private const int MaxTags = 2000;
    private const int MaxContentLength = 2000;

    private readonly List<(string[] Keys, string Content, int Order)> _tags = [];

    public MetaTags(HtmlDocument document)
    {
        var order = 0;
        foreach (var meta in document.Root.Elements("meta"))
        {
            if (order >= MaxTags) break;
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content)) continue;
            var keys = new List<string>();
            foreach (var attribute in (string[])["name", "property", "http-equiv"])
                if (meta.GetAttribute(attribute) is { } value)
                    keys.AddRange(value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(k => k.ToLowerInvariant()));
            if (keys.Count == 0) continue;
            content = content.Trim();
            if (content.Length > MaxContentLength) content = content[..MaxContentLength];
            _tags.Add(([.. keys], content, order++));
        }
    }

    /// <summary>The content of the first tag with this key (lower case), or null.</summary>
    public string? First(string key)
    {
        foreach (var (keys, content, _) in _tags)
            if (Array.IndexOf(keys, key) >= 0) return content;
        return null;
    }

    /// <summary>Every content with this key, in document order.</summary>
    public IEnumerable<string> All(string key)
    {
        foreach (var (keys, content, _) in _tags)
            if (Array.IndexOf(keys, key) >= 0) yield return content;
    }

    /// <summary>
    /// The tags that have any of the keys, in the order of the keys (then of the document), each once, as (the key it
    /// matched, content, the tag's position). One tag that lists two keys is one piece of evidence, not two.
    /// </summary>
    public IEnumerable<(string Key, string Content, int Order)> Tags(IReadOnlyList<string> keysInOrder)
    {
        var given = new HashSet<int>();
        foreach (var key in keysInOrder)
            foreach (var (keys, content, order) in _tags)
                if (Array.IndexOf(keys, key) >= 0 && given.Add(order))
                    yield return (key, content, order);
    }
}
