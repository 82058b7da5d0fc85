using Dossier.Core.Html;

namespace Dossier.Core.Extraction.Content;

/// <summary>What the markup around a block says about it, gathered during the one walk over the tree.</summary>
[Flags]
internal enum BlockFlags : ushort
{
    None = 0,
    Heading = 1,
    Caption = 2,
    ListItem = 4,
    Quote = 8,
    Preformatted = 16,
    TableCell = 32,
    Hidden = 64,
    Paragraph = 128,
    Title = 256,

    /// <summary>The block's first words are a link: the shape of a teaser ("Headline: summary…") or a menu entry.</summary>
    LeadingLink = 512,
}

/// <summary>
/// One paragraph-level run of text on the page, with the features scoring needs: its span in the page text, the
/// element that owns it, its visible and linked characters, and its punctuation.
/// </summary>
internal struct PageBlock
{
    public int Start;
    public int Length;

    /// <summary>The index in <see cref="SegmentedPage.Elements"/> of the innermost block-level element holding the text.</summary>
    public int Element;

    /// <summary>Characters other than white space.</summary>
    public int Chars;

    /// <summary>Characters other than white space inside links.</summary>
    public int LinkChars;

    public int Words;
    public int Commas;

    /// <summary>Sentence ends: full stops, question and exclamation marks (Latin and CJK).</summary>
    public int Stops;

    public BlockFlags Flags;

    /// <summary>1 to 6 for text inside h1 to h6, 0 otherwise.</summary>
    public byte HeadingLevel;

    public readonly double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public readonly bool Has(BlockFlags flag) => (Flags & flag) != 0;
}

/// <summary>A block-level element of the page: where it sits in the tree and which blocks (a contiguous range) it holds.</summary>
internal struct PageElement
{
    public HtmlNode Node;
    public int Parent;
    public int Depth;
    public int FirstBlock;

    /// <summary>One past the last block inside the element: its blocks are [FirstBlock, EndBlock).</summary>
    public int EndBlock;

    /// <summary>What the element's tag and attributes say about the text inside it.</summary>
    public ContainerHint Hint;

    public readonly int BlockCount => EndBlock - FirstBlock;

    public readonly bool Contains(int block) => block >= FirstBlock && block < EndBlock;
}

/// <summary>The page cut into blocks: one text with every block separated by a blank line, the blocks, and the elements.</summary>
internal sealed class SegmentedPage(string text, List<PageBlock> blocks, List<PageElement> elements, List<HtmlNode> jsonLdScripts)
{
    /// <summary>The &lt;script type="application/ld+json"&gt; elements met in the body.</summary>
    public List<HtmlNode> JsonLdScripts { get; } = jsonLdScripts;

    public string Text { get; } = text;

    public List<PageBlock> Blocks { get; } = blocks;

    public List<PageElement> Elements { get; } = elements;

    public ReadOnlySpan<char> TextOf(in PageBlock block) => Text.AsSpan(block.Start, block.Length);
}
