using System.Runtime.CompilerServices;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Per-block and per-element facts that every rule of the content locator shares, computed once in linear passes:
/// each element's hint, the boilerplate context each element inherits, each block's content value, and prefix sums so
/// that any element's totals cost O(1).
/// </summary>
internal sealed class PageAnalysis
{
    /// <summary>Paragraphs of prose are at least this long (non-space characters); shorter lines are labels and links.</summary>
    public const int MinProseChars = 60;

    /// <summary>Prose has few links; a block more than this share linked is navigation or teasers.</summary>
    public const double MaxProseLinkDensity = 0.35;

    /// <summary>A block more than this share linked is link furniture, whatever its length.</summary>
    public const double LinkBlockDensity = 0.5;

    /// <summary>A boilerplate hint on an element that holds at least this share of the page's prose is ignored:
    /// such hints sit on page wrappers ("has-sidebar", "with-comments"), not on furniture.</summary>
    public const double ProtectedProseShare = 0.75;

    /// <summary>Declared content holding this share of an element's prose is that element's reason to exist.</summary>
    public const double DeclaredProseShare = 0.5;

    /// <summary>Declared content with less prose than this is a card or a teaser, not the article.</summary>
    public const int MinDeclaredProse = 500;

    public SegmentedPage Page { get; }

    public ContainerHint[] Hints { get; }

    /// <summary>The boilerplate kind each element inherits from its nearest hinted, unprotected ancestor (or itself).</summary>
    public BoilerplateKind[] Context { get; }

    /// <summary>The kind of boilerplate a block's own words give away (a cookie notice), whatever its markup.</summary>
    public BoilerplateKind[] TextKind { get; }

    public bool[] IsProse { get; }

    public double[] Value { get; }

    private readonly long[] _proseChars;
    private readonly long[] _chars;
    private readonly double[] _value;
    private readonly long[] _declaredProse;

    /// <param name="declaredTitle">The title the page declares in its head (og:title, &lt;title&gt;), to find the headline by.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PageAnalysis(SegmentedPage page, string? declaredTitle)
    {
        Page = page;
        var blocks = page.Blocks;
        var elements = page.Elements;
        Hints = new ContainerHint[elements.Count];
        for (var e = 0; e < elements.Count; e++) Hints[e] = elements[e].Hint;

        TextKind = TextCues.KindsOf(page);

        IsProse = new bool[blocks.Count];
        _proseChars = new long[blocks.Count + 1];
        _chars = new long[blocks.Count + 1];
        for (var b = 0; b < blocks.Count; b++) _chars[b + 1] = _chars[b] + blocks[b].Chars;
        SumProse();

        // The most prose that any element declared as content (and not as furniture) holds, at or below each element.
        // Records are in document (pre-)order, so walking them backwards meets children before their parents.
        _declaredProse = new long[elements.Count];
        for (var e = elements.Count - 1; e >= 0; e--)
        {
            if (Hints[e] is { Claim: ContentClaim.Strong, IsBoilerplate: false }) _declaredProse[e] = Math.Max(_declaredProse[e], ProseChars(e));
            var parent = elements[e].Parent;
            if (parent >= 0) _declaredProse[parent] = Math.Max(_declaredProse[parent], _declaredProse[e]);
        }

        // Walking forwards, a parent's context is known before its children's.
        Context = new BoilerplateKind[elements.Count];
        var totalProse = _proseChars[^1];
        for (var e = 0; e < elements.Count; e++)
        {
            var inherited = elements[e].Parent >= 0 ? Context[elements[e].Parent] : BoilerplateKind.None;
            var hint = Hints[e];
            // Comments are the one kind of furniture that can outweigh the article (a short post, a long thread), so
            // their hint is never overruled by the share of prose they hold.
            var trusted = hint.Kind == BoilerplateKind.Comments ? !HoldsDeclared(e) : !Holds(e, totalProse);
            Context[e] = hint.IsBoilerplate && trusted ? hint.Kind : inherited;
        }

        (Title, Anchor) = TitleLocator.Locate(this, declaredTitle);
        if (MarkTeaserLists(page, TextKind, Anchor < 0 ? 0 : Anchor)) SumProse();

        Value = new double[blocks.Count];
        _value = new double[blocks.Count + 1];
        for (var b = 0; b < blocks.Count; b++)
        {
            Value[b] = ValueOf(b);
            _value[b + 1] = _value[b] + Value[b];
        }
        _regions = new (int, int)[elements.Count];
        FindRegions();
    }

    /// <summary>Trimming an element to a run of its children must gain at least this much value: small negative
    /// edges (a date line, a linked first paragraph) are part of the article more often than not.</summary>
    public const double MinTrimGain = 100;

    private readonly (int First, int End)[] _regions;

    /// <summary>
    /// The element's best region: its whole block range, or the contiguous run of its children (and its own loose
    /// blocks) with the highest value when dropping the furniture at its edges gains at least <see cref="MinTrimGain"/>.
    /// Many pages put the article's paragraphs straight into a wrapper next to tickers, share bars and related
    /// lists; no single element holds exactly the article there, but a run of the wrapper's children does.
    /// </summary>
    public (int First, int End) Region(int element) => _regions[element];

    public double RegionScore(int element) => _value[_regions[element].End] - _value[_regions[element].First];

    public long RegionProse(int element) => _proseChars[_regions[element].End] - _proseChars[_regions[element].First];

    public bool RegionContains(int element, int block) => block >= _regions[element].First && block < _regions[element].End;

    /// <summary>The earliest segment boundary before <paramref name="start"/> from which the run loses at most MinTrimGain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstWithin(List<double> prefix, int start)
    {
        for (var i = 0; i < start; i++)
            if (prefix[start] - prefix[i] >= -MinTrimGain) return i;
        return start;
    }

    /// <summary>The latest segment boundary after <paramref name="stop"/> up to which the run loses at most MinTrimGain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LastWithin(List<double> prefix, int stop)
    {
        for (var j = prefix.Count - 1; j > stop; j--)
            if (prefix[j] - prefix[stop] >= -MinTrimGain) return j;
        return stop;
    }

    /// <summary>Maximum-sum runs of children, for every element at once: each element is a child of one parent, so
    /// the whole pass is linear.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindRegions()
    {
        var elements = Page.Elements;
        var lastChild = new int[elements.Count];
        var previousSibling = new int[elements.Count];
        Array.Fill(lastChild, -1);
        for (var e = 1; e < elements.Count; e++)
        {
            var parent = elements[e].Parent;
            previousSibling[e] = lastChild[parent];
            lastChild[parent] = e;
        }
        var list = new List<(int First, int End)>();
        var children = new List<int>();
        var prefix = new List<double>();
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            _regions[e] = (element.FirstBlock, element.EndBlock);
            if (element.BlockCount < 2) continue;
            // The children, in document order, with the element's own loose blocks between them as one-block segments.
            children.Clear();
            for (var c = lastChild[e]; c >= 0; c = previousSibling[c])
                if (elements[c].BlockCount > 0) children.Add(c);
            list.Clear();
            var cursor = element.FirstBlock;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                var child = elements[children[i]];
                for (var b = cursor; b < child.FirstBlock; b++) list.Add((b, b + 1));
                list.Add((child.FirstBlock, child.EndBlock));
                cursor = child.EndBlock;
            }
            for (var b = cursor; b < element.EndBlock; b++) list.Add((b, b + 1));
            if (list.Count < 2) continue;

            // Kadane over the segments' values finds the best run [start, end)...
            prefix.Clear();
            prefix.Add(0);
            foreach (var (first, end) in list) prefix.Add(prefix[^1] + _value[end] - _value[first]);
            double best = double.MinValue;
            int start = 0, stop = list.Count, lowest = 0;
            for (var j = 1; j <= list.Count; j++)
            {
                if (prefix[j] - prefix[lowest] > best)
                {
                    best = prefix[j] - prefix[lowest];
                    start = lowest;
                    stop = j;
                }
                if (prefix[j] < prefix[lowest]) lowest = j;
            }
            // ...and only edges that cost more than MinTrimGain are cut: the run grows back over cheaper ones.
            start = FirstWithin(prefix, start);
            stop = LastWithin(prefix, stop);
            if (start > 0 || stop < list.Count) _regions[e] = (list[start].First, list[stop - 1].End);
        }
    }

    /// <summary>The headline's block, or -1.</summary>
    public int Title { get; }

    /// <summary>The first prose block after the headline, or -1: where the article most likely starts.</summary>
    public int Anchor { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumProse()
    {
        var blocks = Page.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            IsProse[b] = Prose(blocks[b]) && TextKind[b] == BoilerplateKind.None;
            _proseChars[b + 1] = _proseChars[b] + (IsProse[b] ? blocks[b].Chars : 0);
        }
    }

    public long TotalProseChars => _proseChars[^1];

    public long ProseChars(int element) => _proseChars[Page.Elements[element].EndBlock] - _proseChars[Page.Elements[element].FirstBlock];

    public long Chars(int element) => _chars[Page.Elements[element].EndBlock] - _chars[Page.Elements[element].FirstBlock];

    public double Score(int element) => _value[Page.Elements[element].EndBlock] - _value[Page.Elements[element].FirstBlock];

    /// <summary>
    /// Whether a boilerplate hint on the element must be wrong: it holds most of the prose within
    /// <paramref name="proseTotal"/>, or it wraps an element declared as the content (&lt;article&gt;, itemprop
    /// articleBody, an "entry-content" class) that holds most of its prose. Such hints come from descriptive class
    /// lists on wrappers ("tag-review", "has-sidebar", "comments-open"), not from furniture.
    /// </summary>
    public bool Holds(int element, long proseTotal)
    {
        var prose = ProseChars(element);
        if (prose == 0) return false;
        if (proseTotal > 0 && prose >= ProtectedProseShare * proseTotal) return true;
        return HoldsDeclared(element);
    }

    /// <summary>Whether the element wraps declared content holding most of its prose.</summary>
    private bool HoldsDeclared(int element)
    {
        var declared = _declaredProse[element];
        return declared >= MinDeclaredProse && declared >= DeclaredProseShare * ProseChars(element);
    }

    private static bool Prose(in PageBlock block) =>
        block.Chars >= MinProseChars && block.LinkDensity <= MaxProseLinkDensity && !block.Has(BlockFlags.Heading)
        && !block.Has(BlockFlags.Hidden) && (block.Stops > 0 || block.Commas > 0);

    /// <summary>
    /// How much a block speaks for the container that holds it. Sentences count for their length, scaled down as the
    /// share of linked text grows and turning negative past half (lists of teasers are sentences too); furniture
    /// (boilerplate context, hidden text) counts against by its length; short lines count against only when mostly
    /// linked (menus), and are neutral otherwise, since tables, standings and bylines are made of them alike.
    /// </summary>
    private double ValueOf(int b)
    {
        var block = Page.Blocks[b];
        if (block.Has(BlockFlags.Hidden)) return -0.5 * block.Chars;
        if (Context[block.Element] != BoilerplateKind.None || TextKind[b] != BoilerplateKind.None) return -block.Chars;
        var linkFactor = 1 - 2 * block.LinkDensity;
        if (block.Has(BlockFlags.Heading)) return linkFactor < 0 ? block.Chars * linkFactor : 0;
        if (Sentences(block)) return block.Chars * linkFactor;
        return linkFactor < 0 ? block.Chars * linkFactor : 0;
    }

    /// <summary>A list is a list of teasers when at least this many of its items open with a link…</summary>
    private const int MinTeaserItems = 3;

    /// <summary>…and they are at least this share of its items.</summary>
    private const double MinTeaserItemShare = 0.6;

    /// <summary>
    /// Lists above the article's first paragraph whose items open with a link ("Headline: summary…") are tickers,
    /// menus and link lists, however much unlinked summary text the items carry. Every block of their items is
    /// marked as teaser. Lists further down are left alone: inside an article the same shape is a round-up of
    /// sourced items ("10 things to know"). Returns whether any block was marked.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MarkTeaserLists(SegmentedPage page, BoilerplateKind[] kinds, int before)
    {
        var elements = page.Elements;
        Dictionary<int, (int Items, int Leading)>? lists = null;
        for (var e = 0; e < elements.Count; e++)
        {
            var item = elements[e];
            if (item.Node.Name != "li" || item.BlockCount == 0 || item.Parent < 0 || item.EndBlock > before) continue;
            lists ??= [];
            var counts = lists.GetValueOrDefault(item.Parent);
            lists[item.Parent] = (counts.Items + 1, counts.Leading + (page.Blocks[item.FirstBlock].Has(BlockFlags.LeadingLink) ? 1 : 0));
        }
        if (lists is null) return false;
        var marked = false;
        foreach (var (list, (items, leading)) in lists)
        {
            if (leading < MinTeaserItems || leading < MinTeaserItemShare * items) continue;
            for (var b = elements[list].FirstBlock; b < Math.Min(elements[list].EndBlock, before); b++)
                if (kinds[b] == BoilerplateKind.None)
                {
                    kinds[b] = BoilerplateKind.Teaser;
                    marked = true;
                }
        }
        return marked;
    }

    private static bool Sentences(in PageBlock block) => block.Chars >= MinProseChars && (block.Stops > 0 || block.Commas > 0);
}
