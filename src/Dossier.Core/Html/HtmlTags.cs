namespace Dossier.Core.Html;

/// <summary>
/// The element names the tree builder treats specially, plus the common ones worth interning. Everything else is
/// <see cref="Unknown"/> and behaves as an ordinary element. The lower-case name is the member name lower-cased
/// (see <see cref="HtmlTags.NameOf"/>).
/// </summary>
internal enum HtmlTag : byte
{
    Unknown,
    A, Abbr, Address, AnnotationXml, Applet, Area, Article, Aside, Audio,
    B, Base, Basefont, Bdi, Bdo, Bgsound, Big, Blockquote, Body, Br, Button,
    Canvas, Caption, Center, Circle, Cite, ClipPath, Code, Col, Colgroup,
    Data, Datalist, Dd, Defs, Del, Desc, Details, Dfn, Dialog, Dir, Div, Dl, Dt,
    Em, Embed, Fieldset, Figcaption, Figure, Font, Footer, ForeignObject, Form, Frame, Frameset,
    G, H1, H2, H3, H4, H5, H6, Head, Header, Hgroup, Hr, Html,
    I, Iframe, Image, Img, Input, Ins, Kbd, Keygen, Label, Legend, Li, Line, LinearGradient, Link, Listing,
    Main, Map, Mark, Marquee, Mask, Math, Menu, Meta, Meter, Mi, Mn, Mo, Ms, Mtext,
    Nav, Nobr, Noembed, Noframes, Noscript, Object, Ol, Optgroup, Option, Output,
    P, Param, Path, Picture, Plaintext, Polygon, Polyline, Pre, Progress, Q,
    Rb, Rect, Rp, Rt, Rtc, Ruby, S, Samp, Script, Search, Section, Select, Slot, Small, Source, Span, Stop,
    Strike, Strong, Style, Sub, Summary, Sup, Svg, Symbol,
    Table, Tbody, Td, Template, Text, Textarea, Tfoot, Th, Thead, Time, Title, Tr, Track, Tspan, Tt,
    U, Ul, Use, Var, Video, Wbr, Xmp,
}

/// <summary>What the tree builder needs to know about a tag, as bits, so each decision is one mask test.</summary>
[Flags]
internal enum TagFlags : uint
{
    None = 0,
    /// <summary>Never has content: the start tag is the whole element.</summary>
    Void = 1 << 0,
    /// <summary>Content is raw text up to the matching end tag (script, style, ...).</summary>
    RawText = 1 << 1,
    /// <summary>Content is text with character references up to the matching end tag (title, textarea).</summary>
    RcData = 1 << 2,
    /// <summary>Belongs in the head when it comes before the body.</summary>
    HeadContent = 1 << 3,
    /// <summary>The HTML "special" category: stops the search of an end tag for an ordinary element.</summary>
    Special = 1 << 4,
    /// <summary>A start tag of this element closes an open &lt;p&gt; first.</summary>
    ClosesParagraph = 1 << 5,
    /// <summary>Closed implicitly when an enclosing element is closed (p, li, option, ...).</summary>
    ImpliedEnd = 1 << 6,
    /// <summary>Inline formatting (b, i, a, ...): a misnested end tag for it is dropped rather than closing blocks.</summary>
    Formatting = 1 << 7,
    /// <summary>Bounds the default scope: an end tag never closes an element below one of these.</summary>
    ScopeBoundary = 1 << 8,
    /// <summary>h1 to h6.</summary>
    Heading = 1 << 9,
    /// <summary>table, tbody, thead, tfoot, tr: where stray text and elements are moved out in front of the table.</summary>
    TableFosters = 1 << 10,
    /// <summary>Table structure: caption, col, colgroup, tbody, thead, tfoot, tr, td, th.</summary>
    TableStructure = 1 << 11,
    /// <summary>An HTML start tag that ends foreign (svg, math) content.</summary>
    BreaksOutOfForeign = 1 << 12,
}

internal static class HtmlTags
{
    private static readonly string[] Names;
    private static readonly TagFlags[] FlagsOf;

    static HtmlTags()
    {
        var tags = Enum.GetValues<HtmlTag>();
        Names = new string[tags.Length];
        FlagsOf = new TagFlags[tags.Length];
        foreach (var tag in tags)
            Names[(int)tag] = tag == HtmlTag.AnnotationXml ? "annotation-xml" : tag.ToString().ToLowerInvariant();
        Names[0] = "";

        Mark(TagFlags.Void, HtmlTag.Area, HtmlTag.Base, HtmlTag.Basefont, HtmlTag.Bgsound, HtmlTag.Br, HtmlTag.Col,
            HtmlTag.Embed, HtmlTag.Frame, HtmlTag.Hr, HtmlTag.Image, HtmlTag.Img, HtmlTag.Input, HtmlTag.Keygen,
            HtmlTag.Link, HtmlTag.Meta, HtmlTag.Param, HtmlTag.Source, HtmlTag.Track, HtmlTag.Wbr);
        // noscript is raw text as in a browser with scripting on: its fallback markup never swallows the page.
        Mark(TagFlags.RawText, HtmlTag.Script, HtmlTag.Style, HtmlTag.Xmp, HtmlTag.Iframe, HtmlTag.Noembed,
            HtmlTag.Noframes, HtmlTag.Noscript);
        Mark(TagFlags.RcData, HtmlTag.Title, HtmlTag.Textarea);
        Mark(TagFlags.HeadContent, HtmlTag.Base, HtmlTag.Basefont, HtmlTag.Bgsound, HtmlTag.Link, HtmlTag.Meta,
            HtmlTag.Noframes, HtmlTag.Script, HtmlTag.Style, HtmlTag.Template, HtmlTag.Title, HtmlTag.Noscript);
        Mark(TagFlags.Special, HtmlTag.Address, HtmlTag.Applet, HtmlTag.Area, HtmlTag.Article, HtmlTag.Aside,
            HtmlTag.Base, HtmlTag.Basefont, HtmlTag.Bgsound, HtmlTag.Blockquote, HtmlTag.Body, HtmlTag.Br,
            HtmlTag.Button, HtmlTag.Caption, HtmlTag.Center, HtmlTag.Col, HtmlTag.Colgroup, HtmlTag.Dd,
            HtmlTag.Details, HtmlTag.Dialog, HtmlTag.Dir, HtmlTag.Div, HtmlTag.Dl, HtmlTag.Dt, HtmlTag.Embed,
            HtmlTag.Fieldset, HtmlTag.Figcaption, HtmlTag.Figure, HtmlTag.Footer, HtmlTag.Form, HtmlTag.Frame,
            HtmlTag.Frameset, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6, HtmlTag.Head,
            HtmlTag.Header, HtmlTag.Hgroup, HtmlTag.Hr, HtmlTag.Html, HtmlTag.Iframe, HtmlTag.Img, HtmlTag.Input,
            HtmlTag.Keygen, HtmlTag.Li, HtmlTag.Link, HtmlTag.Listing, HtmlTag.Main, HtmlTag.Marquee, HtmlTag.Menu,
            HtmlTag.Meta, HtmlTag.Nav, HtmlTag.Noembed, HtmlTag.Noframes, HtmlTag.Noscript, HtmlTag.Object,
            HtmlTag.Ol, HtmlTag.P, HtmlTag.Param, HtmlTag.Plaintext, HtmlTag.Pre, HtmlTag.Script, HtmlTag.Search,
            HtmlTag.Section, HtmlTag.Select, HtmlTag.Source, HtmlTag.Style, HtmlTag.Summary, HtmlTag.Table,
            HtmlTag.Tbody, HtmlTag.Td, HtmlTag.Template, HtmlTag.Textarea, HtmlTag.Tfoot, HtmlTag.Th, HtmlTag.Thead,
            HtmlTag.Title, HtmlTag.Tr, HtmlTag.Track, HtmlTag.Ul, HtmlTag.Wbr, HtmlTag.Xmp);
        Mark(TagFlags.ClosesParagraph, HtmlTag.Address, HtmlTag.Article, HtmlTag.Aside, HtmlTag.Blockquote,
            HtmlTag.Center, HtmlTag.Details, HtmlTag.Dialog, HtmlTag.Dir, HtmlTag.Div, HtmlTag.Dl, HtmlTag.Fieldset,
            HtmlTag.Figcaption, HtmlTag.Figure, HtmlTag.Footer, HtmlTag.Header, HtmlTag.Hgroup, HtmlTag.Main,
            HtmlTag.Menu, HtmlTag.Nav, HtmlTag.Ol, HtmlTag.P, HtmlTag.Search, HtmlTag.Section, HtmlTag.Summary,
            HtmlTag.Ul, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6, HtmlTag.Pre,
            HtmlTag.Listing, HtmlTag.Form, HtmlTag.Plaintext, HtmlTag.Table, HtmlTag.Hr, HtmlTag.Xmp, HtmlTag.Li,
            HtmlTag.Dd, HtmlTag.Dt);
        Mark(TagFlags.ImpliedEnd, HtmlTag.Dd, HtmlTag.Dt, HtmlTag.Li, HtmlTag.Optgroup, HtmlTag.Option, HtmlTag.P,
            HtmlTag.Rb, HtmlTag.Rp, HtmlTag.Rt, HtmlTag.Rtc);
        Mark(TagFlags.Formatting, HtmlTag.A, HtmlTag.B, HtmlTag.Big, HtmlTag.Code, HtmlTag.Em, HtmlTag.Font,
            HtmlTag.I, HtmlTag.Nobr, HtmlTag.S, HtmlTag.Small, HtmlTag.Strike, HtmlTag.Strong, HtmlTag.Tt, HtmlTag.U);
        Mark(TagFlags.ScopeBoundary, HtmlTag.Applet, HtmlTag.Caption, HtmlTag.Html, HtmlTag.Table, HtmlTag.Td,
            HtmlTag.Th, HtmlTag.Marquee, HtmlTag.Object, HtmlTag.Template);
        Mark(TagFlags.Heading, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6);
        Mark(TagFlags.TableFosters, HtmlTag.Table, HtmlTag.Tbody, HtmlTag.Thead, HtmlTag.Tfoot, HtmlTag.Tr);
        Mark(TagFlags.TableStructure, HtmlTag.Caption, HtmlTag.Col, HtmlTag.Colgroup, HtmlTag.Tbody, HtmlTag.Thead,
            HtmlTag.Tfoot, HtmlTag.Tr, HtmlTag.Td, HtmlTag.Th);
        Mark(TagFlags.BreaksOutOfForeign, HtmlTag.B, HtmlTag.Big, HtmlTag.Blockquote, HtmlTag.Body, HtmlTag.Br,
            HtmlTag.Center, HtmlTag.Code, HtmlTag.Dd, HtmlTag.Div, HtmlTag.Dl, HtmlTag.Dt, HtmlTag.Em, HtmlTag.Embed,
            HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6, HtmlTag.Head, HtmlTag.Hr,
            HtmlTag.I, HtmlTag.Img, HtmlTag.Li, HtmlTag.Listing, HtmlTag.Menu, HtmlTag.Meta, HtmlTag.Nobr, HtmlTag.Ol,
            HtmlTag.P, HtmlTag.Pre, HtmlTag.Ruby, HtmlTag.S, HtmlTag.Small, HtmlTag.Span, HtmlTag.Strong,
            HtmlTag.Strike, HtmlTag.Sub, HtmlTag.Sup, HtmlTag.Table, HtmlTag.Tt, HtmlTag.U, HtmlTag.Ul, HtmlTag.Var);
    }

    private static void Mark(TagFlags flag, params ReadOnlySpan<HtmlTag> tags)
    {
        foreach (var tag in tags) FlagsOf[(int)tag] |= flag;
    }

    public static TagFlags Flags(HtmlTag tag) => FlagsOf[(int)tag];

    public static bool Has(HtmlTag tag, TagFlags flag) => (FlagsOf[(int)tag] & flag) != 0;

    /// <summary>The interned lower-case name of a known tag.</summary>
    public static string NameOf(HtmlTag tag) => Names[(int)tag];
}
