using System.Runtime.CompilerServices;

namespace Dossier.Core.Html;

/// <summary>
/// Turns tag and attribute names as written (any case) into lower-case strings without allocating one per
/// occurrence: known names come from a static table, other names are interned once per page. Names are short, so a
/// small open-addressing table with a cheap hash over the case-folded characters beats a general dictionary here.
/// One table per tokenizer (not thread-safe); the static table is read-only.
/// </summary>
internal sealed class NameTable
{
    /// <summary>A page with more distinct made-up names than this gets fresh strings for the rest: memory stays bounded.</summary>
    private const int MaxInterned = 4096;

    private static readonly string[] CommonAttributes =
    [
        "id", "class", "style", "href", "src", "srcset", "sizes", "alt", "title", "type", "rel", "name", "content",
        "property", "value", "width", "height", "target", "role", "lang", "dir", "charset", "http-equiv", "itemprop",
        "itemscope", "itemtype", "datetime", "loading", "decoding", "async", "defer", "crossorigin", "integrity",
        "media", "action", "method", "for", "tabindex", "hidden", "aria-label", "aria-hidden", "aria-expanded",
        "aria-labelledby", "aria-describedby", "aria-controls", "aria-haspopup", "data-src", "data-srcset",
        "data-id", "data-testid", "data-type", "xmlns", "xmlns:xlink", "xlink:href", "viewbox", "d", "fill", "stroke",
        "stroke-width", "fill-rule", "clip-rule", "transform", "points", "x", "y", "cx", "cy", "r", "rx", "ry",
        "x1", "x2", "y1", "y2", "focusable", "version", "placeholder", "autocomplete", "checked", "disabled",
        "selected", "onclick", "onload", "nonce", "referrerpolicy", "allow", "allowfullscreen", "frameborder",
        "scrolling", "colspan", "rowspan", "border", "cellpadding", "cellspacing", "align", "valign", "bgcolor",
        "color", "face", "size", "label", "poster", "preload", "controls", "muted", "autoplay", "playsinline",
        "loop", "download", "cite", "span", "start", "reversed", "accept", "enctype", "maxlength", "required",
        "pattern", "min", "max", "step", "multiple", "fetchpriority", "translate", "draggable", "contenteditable",
        "spellcheck", "slot", "is", "part", "open", "as", "mode", "data-sizes", "data-text", "data-toggle",
        "data-component", "data-analytics", "data-testid", "data-link-name",
    ];

    private static readonly Table Known = BuildKnown();

    private Table? _interned;

    private static Table BuildKnown()
    {
        var table = new Table(1024);
        foreach (var tag in Enum.GetValues<HtmlTag>())
            if (tag != HtmlTag.Unknown) table.Add(HtmlTags.NameOf(tag), tag);
        foreach (var name in CommonAttributes)
            if (table.Find(name, out _) is null) table.Add(name, HtmlTag.Unknown);
        return table;
    }

    /// <summary>The tag for a tag name as written, and its lower-case name.</summary>
    public HtmlTag Tag(ReadOnlySpan<char> raw, out string name)
    {
        var hash = Hash(raw);
        if (Known.Find(raw, hash, out var tag) is { } known)
        {
            name = known;
            return tag;
        }
        name = Intern(raw, hash);
        return HtmlTag.Unknown;
    }

    /// <summary>The lower-case attribute name for an attribute name as written.</summary>
    public string Attribute(ReadOnlySpan<char> raw)
    {
        var hash = Hash(raw);
        return Known.Find(raw, hash, out _) ?? Intern(raw, hash);
    }

    private string Intern(ReadOnlySpan<char> raw, uint hash)
    {
        _interned ??= new Table(64);
        if (_interned.Find(raw, hash, out _) is { } existing) return existing;
        var name = Fold(raw);
        if (_interned.Count < MaxInterned) _interned.Add(name, HtmlTag.Unknown, hash);
        return name;
    }

    /// <summary>FNV-1a over the folded characters, so "DIV" and "div" hash alike.</summary>
    private static uint Hash(ReadOnlySpan<char> raw)
    {
        var hash = 2166136261u;
        foreach (var c in raw) hash = (hash ^ FoldChar(c)) * 16777619u;
        return hash;
    }

    /// <summary>ASCII upper case to lower case and NUL to U+FFFD, as the HTML tokenizer does for names.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char FoldChar(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c == '\0' ? '\uFFFD' : c;

    private static string Fold(ReadOnlySpan<char> raw) =>
        string.Create(raw.Length, raw, static (into, from) =>
        {
            for (var i = 0; i < from.Length; i++) into[i] = FoldChar(from[i]);
        });

    /// <summary>Open addressing with linear probing; grows at half full.</summary>
    private sealed class Table(int capacity)
    {
        private string?[] _names = new string?[capacity];
        private HtmlTag[] _tags = new HtmlTag[capacity];
        private uint[] _hashes = new uint[capacity];

        public int Count { get; private set; }

        public void Add(string lowerName, HtmlTag tag) => Add(lowerName, tag, Hash(lowerName));

        public void Add(string lowerName, HtmlTag tag, uint hash)
        {
            if ((Count + 1) * 2 > _names.Length) Grow();
            Insert(lowerName, tag, hash);
            Count++;
        }

        public string? Find(ReadOnlySpan<char> raw, out HtmlTag tag) => Find(raw, Hash(raw), out tag);

        public string? Find(ReadOnlySpan<char> raw, uint hash, out HtmlTag tag)
        {
            var names = _names;
            var mask = names.Length - 1;
            for (var i = (int)hash & mask; ; i = (i + 1) & mask)
            {
                var name = names[i];
                if (name is null) break;
                if (_hashes[i] == hash && SameFolded(name, raw))
                {
                    tag = _tags[i];
                    return name;
                }
            }
            tag = HtmlTag.Unknown;
            return null;
        }

        private static bool SameFolded(string lowerName, ReadOnlySpan<char> raw)
        {
            if (lowerName.Length != raw.Length) return false;
            for (var i = 0; i < raw.Length; i++)
                if (lowerName[i] != FoldChar(raw[i])) return false;
            return true;
        }

        private void Insert(string name, HtmlTag tag, uint hash)
        {
            var mask = _names.Length - 1;
            var i = (int)hash & mask;
            while (_names[i] is not null) i = (i + 1) & mask;
            _names[i] = name;
            _tags[i] = tag;
            _hashes[i] = hash;
        }

        private void Grow()
        {
            var (names, tags, hashes) = (_names, _tags, _hashes);
            _names = new string?[names.Length * 2];
            _tags = new HtmlTag[names.Length * 2];
            _hashes = new uint[names.Length * 2];
            for (var i = 0; i < names.Length; i++)
                if (names[i] is { } name) Insert(name, tags[i], hashes[i]);
        }
    }
}
