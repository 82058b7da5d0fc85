using System.Collections.Frozen;

namespace Dossier.Core.Html;

/// <summary>The tags the tree builder treats specially; every other name is <see cref="Unknown"/>.</summary>
internal enum HtmlTag : byte
{
    Unknown,
    A, Abbr, Address, Applet, Area, Article, Aside, Audio, B, Base, Basefont, Bdi, Bdo, Bgsound, Big, Blockquote, Body, Br,
    Button, Canvas, Caption, Center, Cite, Code, Col, Colgroup, Data, Datalist, Dd, Del, Desc, Details, Dfn, Dialog, Dir,
    Div, Dl, Dt, Em, Embed, Fieldset, Figcaption, Figure, Font, Footer, ForeignObject, Form, Frame, Frameset, H1, H2, H3, H4,
    H5, H6, Head, Header, Hgroup, Hr, Html, I, Iframe, Image, Img, Input, Ins, Kbd, Keygen, Label, Legend, Li, Link,
    Listing, Main, Map, Mark, Marquee, Math, Menu, Meta, Mi, Mn, Mo, Ms, Mtext, AnnotationXml, Nav, Nobr, Noembed, Noframes,
    Noscript, Object, Ol, Optgroup, Option, P, Param, Picture, Plaintext, Pre, Q, Rb, Rp, Rt, Rtc, Ruby, S, Samp, Script,
    Search, Section, Select, Small, Source, Span, Strike, Strong, Style, Sub, Summary, Sup, Svg, Table, Tbody, Td, Template,
    Textarea, Tfoot, Th, Thead, Time, Title, Tr, Track, Tt, U, Ul, Var, Video, Wbr, Xmp,
    Count,
}

/// <summary>Which namespace an element lives in: HTML, or the foreign SVG and MathML islands with their own rules.</summary>
internal enum HtmlNamespace : byte
{
    Html,
    Svg,
    MathMl,
}

/// <summary>Per-tag facts from the HTML standard's tree construction rules, looked up by <see cref="HtmlTag"/>.</summary>
internal static class HtmlTags
{
    [Flags]
    private enum F : ushort
    {
        None = 0,
        Void = 1,
        Special = 2,
        ClosesP = 8,
        Heading = 16,
        ScopeBoundary = 32,
        ImpliedEnd = 64,
        Breakout = 128,
    }

    private static readonly F[] Flags = new F[(int)HtmlTag.Count];

    /// <summary>Names by tag, lower case (SVG and MathML names too: the light tree keeps every name lower case).</summary>
    private static readonly string[] Names = new string[(int)HtmlTag.Count];

    private static readonly FrozenDictionary<string, HtmlTag> ByName;

    /// <summary>Looks a lower-case name up without allocating.</summary>
    public static readonly FrozenDictionary<string, HtmlTag>.AlternateLookup<ReadOnlySpan<char>> Lookup;

    static HtmlTags()
    {
        var byName = new Dictionary<string, HtmlTag>(StringComparer.Ordinal);
        for (var tag = HtmlTag.A; tag < HtmlTag.Count; tag++)
        {
            var name = tag switch
            {
                HtmlTag.ForeignObject => "foreignobject",
                HtmlTag.AnnotationXml => "annotation-xml",
                _ => tag.ToString().ToLowerInvariant(),
            };
            Names[(int)tag] = name;
            byName[name] = tag;
        }
        ByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        Lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

        Set(F.Void, HtmlTag.Area, HtmlTag.Base, HtmlTag.Basefont, HtmlTag.Bgsound, HtmlTag.Br, HtmlTag.Col, HtmlTag.Embed,
            HtmlTag.Frame, HtmlTag.Hr, HtmlTag.Image, HtmlTag.Img, HtmlTag.Input, HtmlTag.Keygen, HtmlTag.Link, HtmlTag.Meta,
            HtmlTag.Param, HtmlTag.Source, HtmlTag.Track, HtmlTag.Wbr);
        Set(F.Special, HtmlTag.Address, HtmlTag.Applet, HtmlTag.Area, HtmlTag.Article, HtmlTag.Aside, HtmlTag.Base,
            HtmlTag.Basefont, HtmlTag.Bgsound, HtmlTag.Blockquote, HtmlTag.Body, HtmlTag.Br, HtmlTag.Button, HtmlTag.Caption,
            HtmlTag.Center, HtmlTag.Col, HtmlTag.Colgroup, HtmlTag.Dd, HtmlTag.Details, HtmlTag.Dir, HtmlTag.Div, HtmlTag.Dl,
            HtmlTag.Dt, HtmlTag.Embed, HtmlTag.Fieldset, HtmlTag.Figcaption, HtmlTag.Figure, HtmlTag.Footer, HtmlTag.Form,
            HtmlTag.Frame, HtmlTag.Frameset, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6,
            HtmlTag.Head, HtmlTag.Header, HtmlTag.Hgroup, HtmlTag.Hr, HtmlTag.Html, HtmlTag.Iframe, HtmlTag.Img,
            HtmlTag.Input, HtmlTag.Keygen, HtmlTag.Li, HtmlTag.Link, HtmlTag.Listing, HtmlTag.Main, HtmlTag.Marquee,
            HtmlTag.Menu, HtmlTag.Meta, HtmlTag.Nav, HtmlTag.Noembed, HtmlTag.Noframes, HtmlTag.Noscript, HtmlTag.Object,
            HtmlTag.Ol, HtmlTag.P, HtmlTag.Param, HtmlTag.Plaintext, HtmlTag.Pre, HtmlTag.Script, HtmlTag.Search,
            HtmlTag.Section, HtmlTag.Select, HtmlTag.Source, HtmlTag.Style, HtmlTag.Summary, HtmlTag.Table, HtmlTag.Tbody,
            HtmlTag.Td, HtmlTag.Template, HtmlTag.Textarea, HtmlTag.Tfoot, HtmlTag.Th, HtmlTag.Thead, HtmlTag.Title,
            HtmlTag.Tr, HtmlTag.Track, HtmlTag.Ul, HtmlTag.Wbr, HtmlTag.Xmp);
        Set(F.ClosesP, HtmlTag.Address, HtmlTag.Article, HtmlTag.Aside, HtmlTag.Blockquote, HtmlTag.Center, HtmlTag.Details,
            HtmlTag.Dialog, HtmlTag.Dir, HtmlTag.Div, HtmlTag.Dl, HtmlTag.Fieldset, HtmlTag.Figcaption, HtmlTag.Figure,
            HtmlTag.Footer, HtmlTag.Header, HtmlTag.Hgroup, HtmlTag.Main, HtmlTag.Menu, HtmlTag.Nav, HtmlTag.Ol, HtmlTag.P,
            HtmlTag.Search, HtmlTag.Section, HtmlTag.Summary, HtmlTag.Ul, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4,
            HtmlTag.H5, HtmlTag.H6, HtmlTag.Pre, HtmlTag.Listing, HtmlTag.Form, HtmlTag.Plaintext, HtmlTag.Hr, HtmlTag.Xmp,
            HtmlTag.Li, HtmlTag.Dd, HtmlTag.Dt);
        Set(F.Heading, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3, HtmlTag.H4, HtmlTag.H5, HtmlTag.H6);
        Set(F.ScopeBoundary, HtmlTag.Applet, HtmlTag.Caption, HtmlTag.Html, HtmlTag.Table, HtmlTag.Td, HtmlTag.Th,
            HtmlTag.Marquee, HtmlTag.Object, HtmlTag.Template);
        Set(F.ImpliedEnd, HtmlTag.Dd, HtmlTag.Dt, HtmlTag.Li, HtmlTag.Optgroup, HtmlTag.Option, HtmlTag.P, HtmlTag.Rb,
            HtmlTag.Rp, HtmlTag.Rt, HtmlTag.Rtc);
        Set(F.Breakout, HtmlTag.B, HtmlTag.Big, HtmlTag.Blockquote, HtmlTag.Body, HtmlTag.Br, HtmlTag.Center, HtmlTag.Code,
            HtmlTag.Dd, HtmlTag.Div, HtmlTag.Dl, HtmlTag.Dt, HtmlTag.Em, HtmlTag.Embed, HtmlTag.H1, HtmlTag.H2, HtmlTag.H3,
            HtmlTag.H4, HtmlTag.H5, HtmlTag.H6, HtmlTag.Head, HtmlTag.Hr, HtmlTag.I, HtmlTag.Img, HtmlTag.Li, HtmlTag.Listing,
            HtmlTag.Menu, HtmlTag.Meta, HtmlTag.Nobr, HtmlTag.Ol, HtmlTag.P, HtmlTag.Pre, HtmlTag.Ruby, HtmlTag.S,
            HtmlTag.Small, HtmlTag.Span, HtmlTag.Strong, HtmlTag.Strike, HtmlTag.Sub, HtmlTag.Sup, HtmlTag.Table, HtmlTag.Tt,
            HtmlTag.U, HtmlTag.Ul, HtmlTag.Var);
    }

    private static void Set(F flag, params ReadOnlySpan<HtmlTag> tags)
    {
        foreach (var tag in tags) Flags[(int)tag] |= flag;
    }

    public static string NameOf(HtmlTag tag) => Names[(int)tag];

    public static bool IsVoid(HtmlTag tag) => (Flags[(int)tag] & F.Void) != 0;

    /// <summary>The standard's "special" category: an end tag of another element does not close across one of these.</summary>
    public static bool IsSpecial(HtmlTag tag) => (Flags[(int)tag] & F.Special) != 0;

    /// <summary>Start tags that close an open &lt;p&gt; in button scope first.</summary>
    public static bool ClosesP(HtmlTag tag) => (Flags[(int)tag] & F.ClosesP) != 0;

    public static bool IsHeading(HtmlTag tag) => (Flags[(int)tag] & F.Heading) != 0;

    /// <summary>Elements that bound the default scope ("has an element in scope") in the HTML namespace.</summary>
    public static bool IsScopeBoundary(HtmlTag tag) => (Flags[(int)tag] & F.ScopeBoundary) != 0;

    /// <summary>Elements whose end tag is implied ("generate implied end tags").</summary>
    public static bool HasImpliedEnd(HtmlTag tag) => (Flags[(int)tag] & F.ImpliedEnd) != 0;

    /// <summary>HTML start tags that break out of SVG or MathML content.</summary>
    public static bool BreaksOutOfForeign(HtmlTag tag) => (Flags[(int)tag] & F.Breakout) != 0;
}
