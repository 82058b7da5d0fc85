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

    private static readonly List<(string Content, int Order)> None = [];

    // Each key's tags in document order, each tag once per key; Order is the tag's position among the tags kept.
    private readonly Dictionary<string, List<(string Content, int Order)>> _byKey = new(StringComparer.Ordinal);

    /// <param name="metas">The page's &lt;meta&gt; elements, in document order.</param>
    public MetaTags(IEnumerable<HtmlNode> metas)
    {
        var order = 0;
        foreach (var meta in metas)
        {
            if (order >= MaxTags) break;
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (string.IsNullOrWhiteSpace(content)) continue;
            var name = meta.GetAttribute("name");
            var property = meta.GetAttribute("property");
            var httpEquiv = meta.GetAttribute("http-equiv");
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(property) && string.IsNullOrWhiteSpace(httpEquiv)) continue;
            content = content.Trim();
            if (content.Length > MaxContentLength) content = content[..MaxContentLength];
            foreach (var keys in (ReadOnlySpan<string?>)[name, property, httpEquiv])
                if (keys is not null)
                    foreach (var key in keys.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                        Add(key.ToLowerInvariant(), content, order);
            order++;
        }
    }

    private void Add(string key, string content, int order)
    {
        if (!_byKey.TryGetValue(key, out var tags)) _byKey[key] = tags = [];
        if (tags.Count == 0 || tags[^1].Order != order) tags.Add((content, order));
    }

    /// <summary>Every content with this key, in document order.</summary>
    public IEnumerable<string> All(string key)
    {
        foreach (var (content, _) in _byKey.GetValueOrDefault(key, None)) yield return content;
    }

    /// <summary>
    /// The tags that have any of the keys, in the order of the keys (then of the document), each once, as (the key it
    /// matched, content, the tag's position). One tag that lists two keys is one piece of evidence, not two.
    /// </summary>
    public IEnumerable<(string Key, string Content, int Order)> Tags(IReadOnlyList<string> keysInOrder)
    {
        HashSet<int>? given = null;
        foreach (var key in keysInOrder)
        {
            if (!_byKey.TryGetValue(key, out var tags)) continue;
            foreach (var (content, order) in tags)
                if ((given ??= []).Add(order))
                    yield return (key, content, order);
        }
    }
}
