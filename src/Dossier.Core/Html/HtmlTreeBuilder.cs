using System.Text;

namespace Dossier.Core.Html;

/// <summary>
/// Builds the light tree from the tokenizer's tokens with the parts of the HTML tree-construction rules that decide
/// where text ends up: implied html/head/body, head content, implied end tags (p, li, dd, dt, option, table cells and
/// rows), end tags that close up to their open element within scope or are ignored, tables with stray content moved in
/// front of them, svg and math content. It skips what only matters to scripts and rendering (the adoption agency,
/// reconstruction of formatting elements, quirks): a misnested formatting end tag is taken off the stack without
/// closing the blocks opened inside it, so no text is lost. Nesting deeper than <see cref="MaxDepth"/> is flattened:
/// deeper elements become children of the element at the cap, so parse time stays linear on any input.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    public const int MaxDepth = 512;

    private enum Phase : byte
    {
        BeforeHtml,
        BeforeHead,
        InHead,
        AfterHead,
        InBody,
    }

    /// <summary>Where a table tag is being read, from the nearest table element on the stack (the HTML insertion modes).</summary>
    private enum TableMode : byte
    {
        None,
        InTable,
        InTableBody,
        InRow,
        InCell,
        InCaption,
        InColumnGroup,
    }

    private struct OpenElement
    {
        public HtmlNode Node;
        public HtmlTag Tag;
        /// <summary>An svg or math element: its children are foreign too, and its name never matches an HTML rule.</summary>
        public bool Foreign;
        /// <summary>
        /// How deep the node sits in the tree (html is 1). Not the stack position: an element taken off the stack
        /// leaves its children open one level deeper, and content moved out of a table sits beside it.
        /// </summary>
        public int Depth;
    }

    private readonly HtmlTokenizer _tokens;
    private readonly HtmlNode _document = new(HtmlNodeKind.Document, "#document");
    private HtmlNode? _html, _head, _body;
    private Phase _phase = Phase.BeforeHtml;

    // The cap is on tree depth. Content moved out of tables can make the stack deeper than the tree (up to a few
    // times), so the stack grows as needed, within MaxStack.
    private const int MaxStack = 8 * MaxDepth;
    private OpenElement[] _stack = new OpenElement[64];
    private int _stackSize;
    // How many HTML elements of each tag are open: most scope questions ("is a <p> open?") are answered without a walk.
    private readonly int[] _open = new int[256];
    private int _foreignOpen;
    private bool _skipNewline;

    // Text merged into an existing text node is collected here and set once, so runs of merges stay linear.
    private HtmlNode? _mergeTarget;
    private readonly StringBuilder _merge = new();

    private HtmlTreeBuilder(string html) => _tokens = new HtmlTokenizer(html);

    public static HtmlDocument Build(string html) => new HtmlTreeBuilder(html).Run();

    private HtmlDocument Run()
    {
        while (true)
        {
            var kind = _tokens.Next();
            var skipNewline = _skipNewline;
            _skipNewline = false;
            switch (kind)
            {
                case HtmlTokenKind.EndOfFile:
                    return Finish();
                case HtmlTokenKind.Text:
                    var text = _tokens.Text;
                    // A newline right after <pre>, <listing> or <textarea> is not content.
                    if (skipNewline && text.Span[0] == '\n') text = text[1..];
                    if (!text.IsEmpty) ProcessText(text);
                    break;
                case HtmlTokenKind.StartTag:
                    ProcessStartTag();
                    break;
                case HtmlTokenKind.EndTag:
                    ProcessEndTag();
                    break;
            }
        }
    }

    private HtmlDocument Finish()
    {
        FlushMerge();
        if (_html is null) CreateHtml([]);
        if (_head is null)
        {
            _head = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Head), []);
            _html!.InsertChild(0, _head);
        }
        if (_body is null)
        {
            _body = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Body), []);
            _html!.AppendChild(_body);
        }
        return new HtmlDocument(_document, _html!, _head, _body);
    }

    // ---- The phases before the body ----

    private void ProcessText(ReadOnlyMemory<char> text)
    {
        while (true)
        {
            switch (_phase)
            {
                case Phase.BeforeHtml:
                    text = text[LeadingSpace(text.Span)..];
                    if (text.IsEmpty) return;
                    CreateHtml([]);
                    _phase = Phase.BeforeHead;
                    continue;
                case Phase.BeforeHead:
                    text = text[LeadingSpace(text.Span)..];
                    if (text.IsEmpty) return;
                    CreateHead([]);
                    _phase = Phase.InHead;
                    continue;
                case Phase.InHead:
                case Phase.AfterHead:
                    // Inside <title>, <script>, <template> and the like the text is theirs.
                    if (Current.Node != _head && Current.Node != _html)
                    {
                        InsertText(text);
                        return;
                    }
                    var space = LeadingSpace(text.Span);
                    if (space > 0) InsertText(text[..space]);
                    text = text[space..];
                    if (text.IsEmpty) return;
                    if (_phase == Phase.InHead) LeaveHead();
                    else StartBody([]);
                    continue;
                default:
                    InsertTextInBody(text);
                    return;
            }
        }
    }

    private void ProcessStartTag()
    {
        var tag = _tokens.Tag;
        while (true)
        {
            switch (_phase)
            {
                case Phase.BeforeHtml:
                    if (tag == HtmlTag.Html)
                    {
                        CreateHtml(_tokens.TakeAttributes());
                        _phase = Phase.BeforeHead;
                        return;
                    }
                    CreateHtml([]);
                    _phase = Phase.BeforeHead;
                    continue;
                case Phase.BeforeHead:
                    if (tag == HtmlTag.Html)
                    {
                        MergeAttributes(_html!);
                        return;
                    }
                    if (tag == HtmlTag.Head)
                    {
                        CreateHead(_tokens.TakeAttributes());
                        _phase = Phase.InHead;
                        return;
                    }
                    CreateHead([]);
                    _phase = Phase.InHead;
                    continue;
                case Phase.InHead:
                    if (Current.Node != _head)
                    {
                        // A <template> in the head: its content follows the body's rules.
                        StartTagInBody(tag);
                        return;
                    }
                    if (tag == HtmlTag.Html) MergeAttributes(_html!);
                    else if (tag == HtmlTag.Head) { }
                    else if (HtmlTags.Has(tag, TagFlags.HeadContent)) InsertHeadContent(tag);
                    else
                    {
                        LeaveHead();
                        continue;
                    }
                    return;
                case Phase.AfterHead:
                    if (tag == HtmlTag.Html) MergeAttributes(_html!);
                    else if (tag == HtmlTag.Body) StartBody(_tokens.TakeAttributes());
                    else if (tag == HtmlTag.Head) { }
                    else if (HtmlTags.Has(tag, TagFlags.HeadContent))
                    {
                        // A late <meta> or <script> between </head> and <body> still belongs to the head.
                        Push(_head!, HtmlTag.Head, foreign: false, depth: 2);
                        InsertHeadContent(tag);
                        RemoveAt(IndexOf(_head!));
                    }
                    else
                    {
                        StartBody([]);
                        continue;
                    }
                    return;
                default:
                    StartTagInBody(tag);
                    return;
            }
        }
    }

    private void ProcessEndTag()
    {
        var tag = _tokens.Tag;
        var closesHead = tag is HtmlTag.Head or HtmlTag.Body or HtmlTag.Html or HtmlTag.Br;
        while (true)
        {
            switch (_phase)
            {
                case Phase.BeforeHtml:
                    if (!closesHead) return;
                    CreateHtml([]);
                    _phase = Phase.BeforeHead;
                    continue;
                case Phase.BeforeHead:
                    if (!closesHead) return;
                    CreateHead([]);
                    _phase = Phase.InHead;
                    continue;
                case Phase.InHead:
                    if (Current.Node != _head)
                    {
                        EndTagInBody(tag);
                        return;
                    }
                    if (!closesHead) return;
                    LeaveHead();
                    if (tag == HtmlTag.Head) return;
                    continue;
                case Phase.AfterHead:
                    if (Current.Node != _html)
                    {
                        EndTagInBody(tag);
                        return;
                    }
                    if (tag is not (HtmlTag.Body or HtmlTag.Html or HtmlTag.Br)) return;
                    StartBody([]);
                    continue;
                default:
                    EndTagInBody(tag);
                    return;
            }
        }
    }

    private void CreateHtml(HtmlAttribute[] attributes)
    {
        _html = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Html), attributes);
        _document.AppendChild(_html);
        Push(_html, HtmlTag.Html, foreign: false, depth: 1);
    }

    private void CreateHead(HtmlAttribute[] attributes)
    {
        _head = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Head), attributes);
        _html!.AppendChild(_head);
        Push(_head, HtmlTag.Head, foreign: false, depth: 2);
    }

    private void LeaveHead()
    {
        if (Current.Node == _head) Pop();
        _phase = Phase.AfterHead;
    }

    private void StartBody(HtmlAttribute[] attributes)
    {
        _body = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Body), attributes);
        _html!.AppendChild(_body);
        Push(_body, HtmlTag.Body, foreign: false, depth: 2);
        _phase = Phase.InBody;
    }

    private void InsertHeadContent(HtmlTag tag)
    {
        var node = AppendElement(foster: false, out var depth);
        if (HtmlTags.Has(tag, TagFlags.Void)) return;
        Push(node, tag, foreign: false, depth);
        EnterTextContent(tag);
    }

    /// <summary>A second &lt;html&gt; or &lt;body&gt; adds the attributes the first one lacks, as in a browser.</summary>
    private void MergeAttributes(HtmlNode node)
    {
        var added = new List<HtmlAttribute>(node.Attributes);
        foreach (var attribute in _tokens.Attributes)
            if (!node.HasAttribute(attribute.Name)) added.Add(attribute);
        if (added.Count > node.Attributes.Count) node.SetAttributes([.. added]);
    }

    // ---- The body ----

    private void InsertTextInBody(ReadOnlyMemory<char> text)
    {
        // Text loose in a table (not in a cell) is shown, and parsed, in front of it; white space stays where it is.
        if (IsFosterParent(Current) && LeadingSpace(text.Span) < text.Length) FosterText(text);
        else InsertText(text);
    }

    private void StartTagInBody(HtmlTag tag)
    {
        if (_foreignOpen > 0 && Current.Foreign && !IsHtmlIntegrationPoint(Current))
        {
            if (!BreaksOutOfForeign(tag))
            {
                InsertForeign(tag);
                return;
            }
            while (Current.Foreign && !IsHtmlIntegrationPoint(Current)) Pop();
        }
        if (tag == HtmlTag.Image)
        {
            // Outside svg, <image> is read as <img>.
            _tokens.RenameTag(HtmlTag.Img);
            tag = HtmlTag.Img;
        }

        if (_open[(int)HtmlTag.Table] > 0 && StartTagInTable(tag)) return;

        switch (tag)
        {
            case HtmlTag.Html:
                if (_open[(int)HtmlTag.Template] == 0) MergeAttributes(_html!);
                return;
            case HtmlTag.Body:
                if (_body is not null && _stackSize > 1 && _stack[1].Node == _body && _open[(int)HtmlTag.Template] == 0)
                    MergeAttributes(_body);
                return;
            case HtmlTag.Head:
            case HtmlTag.Frameset:
            case HtmlTag.Frame:
            case HtmlTag.Caption:
            case HtmlTag.Col:
            case HtmlTag.Colgroup:
            case HtmlTag.Tbody:
            case HtmlTag.Thead:
            case HtmlTag.Tfoot:
            case HtmlTag.Tr:
            case HtmlTag.Td:
            case HtmlTag.Th:
                // Outside a table these mean nothing; a browser drops them.
                return;
            case HtmlTag.Script:
            case HtmlTag.Style:
            case HtmlTag.Template:
                // In a table these stay where they are instead of moving in front of it.
                InsertElement(tag, foster: false);
                return;
            case HtmlTag.Table:
                if (_tokens.HasDoctype) CloseParagraph();
                InsertElement(tag);
                return;
            case HtmlTag.Xmp:
                CloseParagraph();
                InsertElement(tag);
                return;
            case HtmlTag.Textarea:
            case HtmlTag.Pre:
            case HtmlTag.Listing:
                if (tag != HtmlTag.Textarea) CloseParagraph();
                InsertElement(tag);
                _skipNewline = true;
                return;
            case HtmlTag.Plaintext:
                CloseParagraph();
                InsertElement(tag);
                _tokens.EnterPlaintext();
                return;
            case HtmlTag.Form:
                if (_open[(int)HtmlTag.Form] > 0 && _open[(int)HtmlTag.Template] == 0) return;
                CloseParagraph();
                InsertElement(tag);
                return;
            case HtmlTag.Li:
                CloseListItem(HtmlTag.Li, HtmlTag.Li);
                CloseParagraph();
                InsertElement(tag);
                return;
            case HtmlTag.Dd:
            case HtmlTag.Dt:
                CloseListItem(HtmlTag.Dd, HtmlTag.Dt);
                CloseParagraph();
                InsertElement(tag);
                return;
            case HtmlTag.Button:
                if (InScope(HtmlTag.Button, Scope.Default))
                {
                    GenerateImpliedEndTags(HtmlTag.Unknown);
                    PopThrough(HtmlTag.Button);
                }
                InsertElement(tag);
                return;
            case HtmlTag.A:
                CloseOpenLink();
                InsertElement(tag);
                return;
            case HtmlTag.Nobr:
                if (InScope(HtmlTag.Nobr, Scope.Default)) PopThrough(HtmlTag.Nobr);
                InsertElement(tag);
                return;
            case HtmlTag.H1:
            case HtmlTag.H2:
            case HtmlTag.H3:
            case HtmlTag.H4:
            case HtmlTag.H5:
            case HtmlTag.H6:
                CloseParagraph();
                // Headings do not nest: <h2><h3> closes the h2.
                if (!Current.Foreign && HtmlTags.Has(Current.Tag, TagFlags.Heading)) Pop();
                InsertElement(tag);
                return;
            case HtmlTag.Select:
                if (InSelect())
                {
                    // A <select> inside a <select> closes it.
                    PopThrough(HtmlTag.Select);
                    return;
                }
                InsertElement(tag);
                return;
            case HtmlTag.Input:
            case HtmlTag.Keygen:
                if (InSelect()) PopThrough(HtmlTag.Select);
                InsertElement(tag);
                return;
            case HtmlTag.Option:
                if (IsCurrent(HtmlTag.Option)) Pop();
                InsertElement(tag);
                return;
            case HtmlTag.Optgroup:
                if (IsCurrent(HtmlTag.Option)) Pop();
                if (IsCurrent(HtmlTag.Optgroup)) Pop();
                InsertElement(tag);
                return;
            case HtmlTag.Rb:
            case HtmlTag.Rtc:
                if (InScope(HtmlTag.Ruby, Scope.Default)) GenerateImpliedEndTags(HtmlTag.Unknown);
                InsertElement(tag);
                return;
            case HtmlTag.Rp:
            case HtmlTag.Rt:
                if (InScope(HtmlTag.Ruby, Scope.Default)) GenerateImpliedEndTags(HtmlTag.Rtc);
                InsertElement(tag);
                return;
            case HtmlTag.Math:
            case HtmlTag.Svg:
                InsertForeign(tag);
                return;
            default:
                if (HtmlTags.Has(tag, TagFlags.ClosesParagraph)) CloseParagraph();
                InsertElement(tag);
                return;
        }
    }

    private void EndTagInBody(HtmlTag tag)
    {
        var name = _tokens.TagName;
        if (_foreignOpen > 0 && Current.Foreign)
        {
            // Foreign elements close by name; an HTML element below them is handled by the HTML rules.
            for (var i = _stackSize - 1; i >= 0 && _stack[i].Foreign; i--)
            {
                if (_stack[i].Node.Name != name) continue;
                PopToDepth(i);
                return;
            }
        }

        if (_open[(int)HtmlTag.Table] > 0 && EndTagInTable(tag)) return;

        switch (tag)
        {
            case HtmlTag.Body:
            case HtmlTag.Html:
                // Content after </body> still goes into the body.
                return;
            case HtmlTag.P:
                if (!InScope(HtmlTag.P, Scope.Button))
                {
                    // A browser makes "</p>" with no open p an empty paragraph.
                    AppendNode(new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.P), []), foster: true);
                    return;
                }
                GenerateImpliedEndTags(HtmlTag.P);
                PopThrough(HtmlTag.P);
                return;
            case HtmlTag.Li:
                if (!InScope(HtmlTag.Li, Scope.ListItem)) return;
                GenerateImpliedEndTags(HtmlTag.Li);
                PopThrough(HtmlTag.Li);
                return;
            case HtmlTag.Dd:
            case HtmlTag.Dt:
                if (!InScope(tag, Scope.Default)) return;
                GenerateImpliedEndTags(tag);
                PopThrough(tag);
                return;
            case HtmlTag.H1:
            case HtmlTag.H2:
            case HtmlTag.H3:
            case HtmlTag.H4:
            case HtmlTag.H5:
            case HtmlTag.H6:
                CloseHeading();
                return;
            case HtmlTag.Form:
                CloseForm();
                return;
            case HtmlTag.Br:
                // "</br>" is read as "<br>".
                AppendNode(new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(HtmlTag.Br), []), foster: true);
                return;
            case HtmlTag.Select:
                if (InSelect()) PopThrough(HtmlTag.Select);
                return;
            case HtmlTag.Template:
                if (_open[(int)HtmlTag.Template] == 0) return;
                PopThrough(HtmlTag.Template);
                return;
        }

        var flags = HtmlTags.Flags(tag);
        if ((flags & TagFlags.Special) != 0 && (flags & (TagFlags.Void | TagFlags.RawText | TagFlags.RcData)) == 0
            && tag is not (HtmlTag.Table or HtmlTag.Head))
        {
            // A block closes everything opened inside it, but only when it is open in scope.
            if (!InScope(tag, Scope.Default)) return;
            GenerateImpliedEndTags(HtmlTag.Unknown);
            PopThrough(tag);
            return;
        }
        CloseByName(name, (flags & TagFlags.Formatting) != 0);
    }

    /// <summary>
    /// An end tag for an ordinary element closes the nearest open element with its name, unless a block was opened
    /// inside it. Then a formatting element (b, a, ...) is only taken off the stack, so the block stays open and the text
    /// after it stays inside; any other end tag is ignored, as in a browser.
    /// </summary>
    private void CloseByName(string name, bool formatting)
    {
        var blockAbove = false;
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (!entry.Foreign && entry.Node.Name == name)
            {
                if (!blockAbove) PopToDepth(i);
                else RemoveAt(i);
                return;
            }
            if (IsSpecial(entry))
            {
                if (!formatting || IsScopeBoundary(entry)) return;
                blockAbove = true;
            }
        }
    }

    private void CloseHeading()
    {
        for (var i = _stackSize - 1; i >= 0; i--)
        {
            ref var entry = ref _stack[i];
            if (!entry.Foreign && HtmlTags.Has(entry.Tag, TagFlags.Heading))
            {
                GenerateImpliedEndTags(HtmlTag.Unknown);
                PopToDepth(i);
                return;
            }
            if (IsScopeBoundary(entry)) return;
        }
    }

    /// <summary>"&lt;/form&gt;" takes the form off the stack but leaves what was opened inside it open, as a browser does.</summary>
    private void CloseForm()
    {
        if (!InScope(HtmlTag.Form, Scope.Default)) return;
        GenerateImpliedEndTags(HtmlTag.Unknown);
        for (var i = _stackSize - 1; i >= 0; i--)
        {
            if (_stack[i].Foreign || _stack[i].Tag != HtmlTag.Form) continue;
            RemoveAt(i);
            return;
        }
    }

    /// <summary>A new &lt;a&gt; closes an open one (links do not nest), unless a block was opened inside it.</summary>
    private void CloseOpenLink()
    {
        if (_open[(int)HtmlTag.A] == 0) return;
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (!entry.Foreign && entry.Tag == HtmlTag.A)
            {
                PopToDepth(i);
                return;
            }
            if (IsSpecial(entry)) return;
        }
    }

    /// <summary>A new li closes the open li (or dd/dt the open dd or dt) unless a block other than address, div or p is in between.</summary>
    private void CloseListItem(HtmlTag first, HtmlTag second)
    {
        if (_open[(int)first] == 0 && _open[(int)second] == 0) return;
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (!entry.Foreign && (entry.Tag == first || entry.Tag == second))
            {
                var tag = entry.Tag;
                GenerateImpliedEndTags(tag);
                PopThrough(tag);
                return;
            }
            if (IsSpecial(entry) && entry.Tag is not (HtmlTag.Address or HtmlTag.Div or HtmlTag.P)) return;
        }
    }

    private void CloseParagraph()
    {
        if (_open[(int)HtmlTag.P] == 0 || !InScope(HtmlTag.P, Scope.Button)) return;
        GenerateImpliedEndTags(HtmlTag.P);
        PopThrough(HtmlTag.P);
    }

    private bool InSelect()
    {
        if (_open[(int)HtmlTag.Select] == 0) return false;
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (entry.Foreign) return false;
            if (entry.Tag == HtmlTag.Select) return true;
            if (entry.Tag is not (HtmlTag.Option or HtmlTag.Optgroup)) return false;
        }
        return false;
    }

    // ---- Tables ----

    private TableMode CurrentTableMode()
    {
        for (var i = _stackSize - 1; i >= 0; i--)
        {
            ref var entry = ref _stack[i];
            if (entry.Foreign) continue;
            switch (entry.Tag)
            {
                case HtmlTag.Td:
                case HtmlTag.Th:
                    return TableMode.InCell;
                case HtmlTag.Tr:
                    return TableMode.InRow;
                case HtmlTag.Tbody:
                case HtmlTag.Thead:
                case HtmlTag.Tfoot:
                    return TableMode.InTableBody;
                case HtmlTag.Caption:
                    return TableMode.InCaption;
                case HtmlTag.Colgroup:
                    return TableMode.InColumnGroup;
                case HtmlTag.Table:
                    return TableMode.InTable;
                case HtmlTag.Template:
                case HtmlTag.Html:
                    return TableMode.None;
            }
        }
        return TableMode.None;
    }

    /// <summary>The table insertion modes for a start tag; false when the body's rules apply.</summary>
    private bool StartTagInTable(HtmlTag tag)
    {
        var structure = HtmlTags.Has(tag, TagFlags.TableStructure);
        // Each pass closes an element or inserts one, so the loop ends.
        while (true)
        {
            switch (CurrentTableMode())
            {
                case TableMode.InCell:
                    if (!structure) return false;
                    CloseCell();
                    continue;
                case TableMode.InCaption:
                    if (!structure) return false;
                    GenerateImpliedEndTags(HtmlTag.Unknown);
                    PopThrough(HtmlTag.Caption);
                    continue;
                case TableMode.InColumnGroup:
                    if (tag == HtmlTag.Col)
                    {
                        InsertElement(tag, foster: false);
                        return true;
                    }
                    if (tag == HtmlTag.Template) return false;
                    PopThrough(HtmlTag.Colgroup);
                    continue;
                case TableMode.InRow:
                    if (tag is HtmlTag.Td or HtmlTag.Th)
                    {
                        ClearBackTo(HtmlTag.Tr, HtmlTag.Tr);
                        InsertElement(tag, foster: false);
                        return true;
                    }
                    if (!structure) return InTableAnythingElse(tag);
                    ClearBackTo(HtmlTag.Tr, HtmlTag.Tr);
                    Pop();
                    continue;
                case TableMode.InTableBody:
                    if (tag == HtmlTag.Tr)
                    {
                        ClearBackTo(HtmlTag.Tbody, HtmlTag.Tfoot, HtmlTag.Thead);
                        InsertElement(tag, foster: false);
                        return true;
                    }
                    if (tag is HtmlTag.Td or HtmlTag.Th)
                    {
                        ClearBackTo(HtmlTag.Tbody, HtmlTag.Tfoot, HtmlTag.Thead);
                        if (InsertImplied(HtmlTag.Tr)) continue;
                        InsertElement(tag, foster: false);
                        return true;
                    }
                    if (!structure) return InTableAnythingElse(tag);
                    ClearBackTo(HtmlTag.Tbody, HtmlTag.Tfoot, HtmlTag.Thead);
                    Pop();
                    continue;
                case TableMode.InTable:
                    switch (tag)
                    {
                        case HtmlTag.Caption:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Tbody:
                        case HtmlTag.Thead:
                        case HtmlTag.Tfoot:
                            ClearBackTo(HtmlTag.Table, HtmlTag.Table);
                            InsertElement(tag, foster: false);
                            return true;
                        case HtmlTag.Col:
                            ClearBackTo(HtmlTag.Table, HtmlTag.Table);
                            if (InsertImplied(HtmlTag.Colgroup)) continue;
                            InsertElement(tag, foster: false);
                            return true;
                        case HtmlTag.Tr:
                        case HtmlTag.Td:
                        case HtmlTag.Th:
                            ClearBackTo(HtmlTag.Table, HtmlTag.Table);
                            // At the depth cap nothing more opens: the row or cell is attached empty, and the loop ends.
                            if (InsertImplied(HtmlTag.Tbody)) continue;
                            InsertElement(tag, foster: false);
                            return true;
                    }
                    return InTableAnythingElse(tag);
                default:
                    return false;
            }
        }
    }

    /// <summary>What the table modes do with a non-table start tag; false when the body's rules apply (with fostering).</summary>
    private bool InTableAnythingElse(HtmlTag tag)
    {
        switch (tag)
        {
            case HtmlTag.Table:
                // A table directly in a table closes it and starts a new one after it.
                PopThrough(HtmlTag.Table);
                StartTagInBody(tag);
                return true;
            case HtmlTag.Input when string.Equals(_tokens.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase):
                InsertElement(tag, foster: false);
                return true;
            case HtmlTag.Form:
                if (_open[(int)HtmlTag.Form] == 0 && _open[(int)HtmlTag.Template] == 0)
                    AppendElement(foster: false, out _);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The table insertion modes for an end tag; false when the body's rules apply.</summary>
    private bool EndTagInTable(HtmlTag tag)
    {
        while (true)
        {
            switch (CurrentTableMode())
            {
                case TableMode.InCell:
                    switch (tag)
                    {
                        case HtmlTag.Td:
                        case HtmlTag.Th:
                            if (InScope(tag, Scope.Table))
                            {
                                GenerateImpliedEndTags(HtmlTag.Unknown);
                                PopThrough(tag);
                            }
                            return true;
                        case HtmlTag.Body:
                        case HtmlTag.Caption:
                        case HtmlTag.Col:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Html:
                            return true;
                        case HtmlTag.Table:
                        case HtmlTag.Tbody:
                        case HtmlTag.Tfoot:
                        case HtmlTag.Thead:
                        case HtmlTag.Tr:
                            if (!InScope(tag, Scope.Table)) return true;
                            CloseCell();
                            continue;
                    }
                    return false;
                case TableMode.InRow:
                    switch (tag)
                    {
                        case HtmlTag.Tr:
                            ClearBackTo(HtmlTag.Tr, HtmlTag.Tr);
                            Pop();
                            return true;
                        case HtmlTag.Table:
                            ClearBackTo(HtmlTag.Tr, HtmlTag.Tr);
                            Pop();
                            continue;
                        case HtmlTag.Tbody:
                        case HtmlTag.Tfoot:
                        case HtmlTag.Thead:
                            if (!InScope(tag, Scope.Table)) return true;
                            ClearBackTo(HtmlTag.Tr, HtmlTag.Tr);
                            Pop();
                            continue;
                        case HtmlTag.Body:
                        case HtmlTag.Caption:
                        case HtmlTag.Col:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Html:
                        case HtmlTag.Td:
                        case HtmlTag.Th:
                            return true;
                    }
                    return false;
                case TableMode.InTableBody:
                    switch (tag)
                    {
                        case HtmlTag.Tbody:
                        case HtmlTag.Tfoot:
                        case HtmlTag.Thead:
                            if (!InScope(tag, Scope.Table)) return true;
                            ClearBackTo(HtmlTag.Tbody, HtmlTag.Tfoot, HtmlTag.Thead);
                            Pop();
                            return true;
                        case HtmlTag.Table:
                            ClearBackTo(HtmlTag.Tbody, HtmlTag.Tfoot, HtmlTag.Thead);
                            Pop();
                            continue;
                        case HtmlTag.Body:
                        case HtmlTag.Caption:
                        case HtmlTag.Col:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Html:
                        case HtmlTag.Td:
                        case HtmlTag.Th:
                        case HtmlTag.Tr:
                            return true;
                    }
                    return false;
                case TableMode.InCaption:
                    switch (tag)
                    {
                        case HtmlTag.Caption:
                            GenerateImpliedEndTags(HtmlTag.Unknown);
                            PopThrough(HtmlTag.Caption);
                            return true;
                        case HtmlTag.Table:
                            GenerateImpliedEndTags(HtmlTag.Unknown);
                            PopThrough(HtmlTag.Caption);
                            continue;
                        case HtmlTag.Body:
                        case HtmlTag.Col:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Html:
                        case HtmlTag.Tbody:
                        case HtmlTag.Td:
                        case HtmlTag.Tfoot:
                        case HtmlTag.Th:
                        case HtmlTag.Thead:
                        case HtmlTag.Tr:
                            return true;
                    }
                    return false;
                case TableMode.InColumnGroup:
                    if (tag == HtmlTag.Col) return true;
                    if (tag == HtmlTag.Template) return false;
                    PopThrough(HtmlTag.Colgroup);
                    if (tag == HtmlTag.Colgroup) return true;
                    continue;
                case TableMode.InTable:
                    switch (tag)
                    {
                        case HtmlTag.Table:
                            PopThrough(HtmlTag.Table);
                            return true;
                        case HtmlTag.Body:
                        case HtmlTag.Caption:
                        case HtmlTag.Col:
                        case HtmlTag.Colgroup:
                        case HtmlTag.Html:
                        case HtmlTag.Tbody:
                        case HtmlTag.Td:
                        case HtmlTag.Tfoot:
                        case HtmlTag.Th:
                        case HtmlTag.Thead:
                        case HtmlTag.Tr:
                            return true;
                    }
                    return false;
                default:
                    return false;
            }
        }
    }

    private void CloseCell()
    {
        GenerateImpliedEndTags(HtmlTag.Unknown);
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (entry.Foreign || entry.Tag is not (HtmlTag.Td or HtmlTag.Th)) continue;
            PopToDepth(i);
            return;
        }
    }

    /// <summary>Pops until the current element is one of the given table elements (or template or html).</summary>
    private void ClearBackTo(HtmlTag a, HtmlTag b, HtmlTag c = HtmlTag.Unknown)
    {
        while (_stackSize > 1)
        {
            ref var current = ref Current;
            if (!current.Foreign && (current.Tag == a || current.Tag == b || (c != HtmlTag.Unknown && current.Tag == c)
                    || current.Tag is HtmlTag.Template or HtmlTag.Html))
                return;
            Pop();
        }
    }

    /// <summary>Opens an element the markup left out (tbody, tr, colgroup); false at the depth cap, where it cannot open.</summary>
    private bool InsertImplied(HtmlTag tag)
    {
        var node = new HtmlNode(HtmlNodeKind.Element, HtmlTags.NameOf(tag), []);
        var depth = AppendNode(node, foster: false);
        return Push(node, tag, foreign: false, depth);
    }

    private static bool IsFosterParent(in OpenElement entry) => !entry.Foreign && HtmlTags.Has(entry.Tag, TagFlags.TableFosters);

    /// <summary>Where stray table content goes: in front of the innermost open table, at the table's depth.</summary>
    private (HtmlNode Parent, int Index, int Depth) FosterPosition()
    {
        for (var i = _stackSize - 1; i > 0; i--)
        {
            ref var entry = ref _stack[i];
            if (entry.Foreign || entry.Tag != HtmlTag.Table) continue;
            var table = entry.Node;
            if (table.Parent is { } parent) return (parent, table.Index, entry.Depth);
            return (_stack[i - 1].Node, -1, _stack[i - 1].Depth + 1);
        }
        return (Current.Node, -1, Current.Depth + 1);
    }

    private void FosterText(ReadOnlyMemory<char> text)
    {
        var (parent, index, _) = FosterPosition();
        if (index < 0)
        {
            AppendText(parent, text);
            return;
        }
        if (index > 0 && parent.Children[index - 1] is { IsText: true } before)
        {
            Merge(before, text);
            return;
        }
        parent.InsertChild(index, new HtmlNode(text));
    }

    // ---- Foreign content (svg, math) ----

    private bool BreaksOutOfForeign(HtmlTag tag)
    {
        if (HtmlTags.Has(tag, TagFlags.BreaksOutOfForeign)) return true;
        return tag == HtmlTag.Font && (_tokens.GetAttribute("color") is not null || _tokens.GetAttribute("face") is not null
            || _tokens.GetAttribute("size") is not null);
    }

    /// <summary>svg foreignObject, desc and title, and the MathML text elements, hold HTML again.</summary>
    private static bool IsHtmlIntegrationPoint(in OpenElement entry) =>
        entry.Foreign && entry.Tag is HtmlTag.ForeignObject or HtmlTag.Desc or HtmlTag.Title or HtmlTag.AnnotationXml
            or HtmlTag.Mi or HtmlTag.Mo or HtmlTag.Mn or HtmlTag.Ms or HtmlTag.Mtext;

    private void InsertForeign(HtmlTag tag)
    {
        var node = AppendElement(foster: true, out var depth);
        // In svg and math "<path/>" really is empty; raw text rules do not apply (svg <style> content is parsed).
        if (!_tokens.SelfClosing) Push(node, tag, foreign: true, depth);
    }

    // ---- Insertion ----

    private void InsertElement(HtmlTag tag, bool foster = true)
    {
        var node = AppendElement(foster, out var depth);
        if (HtmlTags.Has(tag, TagFlags.Void)) return;
        Push(node, tag, foreign: false, depth);
        EnterTextContent(tag);
    }

    private void EnterTextContent(HtmlTag tag)
    {
        var flags = HtmlTags.Flags(tag);
        if ((flags & TagFlags.RawText) != 0) _tokens.EnterRawText(_tokens.TagName, decode: false);
        else if ((flags & TagFlags.RcData) != 0) _tokens.EnterRawText(_tokens.TagName, decode: true);
    }

    private HtmlNode AppendElement(bool foster, out int depth)
    {
        var node = new HtmlNode(HtmlNodeKind.Element, _tokens.TagName, _tokens.TakeAttributes());
        depth = AppendNode(node, foster);
        return node;
    }

    /// <summary>Appends to the current element, or in front of the table for stray table content; returns the node's depth.</summary>
    private int AppendNode(HtmlNode node, bool foster)
    {
        if (foster && IsFosterParent(Current))
        {
            var (parent, index, depth) = FosterPosition();
            if (index < 0) parent.AppendChild(node);
            else parent.InsertChild(index, node);
            return depth;
        }
        Current.Node.AppendChild(node);
        return Current.Depth + 1;
    }

    private void InsertText(ReadOnlyMemory<char> text) => AppendText(Current.Node, text);

    private void AppendText(HtmlNode parent, ReadOnlyMemory<char> text)
    {
        if (parent.LastChild is { IsText: true } last) Merge(last, text);
        else parent.AppendChild(new HtmlNode(text));
    }

    private void Merge(HtmlNode node, ReadOnlyMemory<char> text)
    {
        if (_mergeTarget != node)
        {
            FlushMerge();
            _merge.Clear();
            node.AppendOwnText(_merge);
            _mergeTarget = node;
        }
        _merge.Append(text.Span);
    }

    private void FlushMerge()
    {
        if (_mergeTarget is null) return;
        _mergeTarget.SetText(_merge.ToString());
        _mergeTarget = null;
    }

    // ---- The stack of open elements ----

    private ref OpenElement Current => ref _stack[_stackSize - 1];

    private bool IsCurrent(HtmlTag tag) => _stackSize > 0 && !Current.Foreign && Current.Tag == tag;

    /// <summary>Opens the element at the given tree depth; false at the depth cap, where it stays attached but empty.</summary>
    private bool Push(HtmlNode node, HtmlTag tag, bool foreign, int depth)
    {
        // At the cap further elements stay empty and their content goes to the element at the cap; raw text elements
        // still open (one level past the cap) so script text never becomes page text.
        var rawText = HtmlTags.Has(tag, TagFlags.RawText | TagFlags.RcData) && !foreign;
        if (depth > (rawText ? MaxDepth + 1 : MaxDepth)) return false;
        if (_stackSize == _stack.Length)
        {
            if (_stack.Length >= MaxStack && !rawText) return false;
            Array.Resize(ref _stack, _stack.Length * 2);
        }
        _stack[_stackSize++] = new OpenElement { Node = node, Tag = tag, Foreign = foreign, Depth = depth };
        if (foreign) _foreignOpen++;
        else _open[(int)tag]++;
        return true;
    }

    private void Pop()
    {
        ref var entry = ref _stack[--_stackSize];
        if (entry.Foreign) _foreignOpen--;
        else _open[(int)entry.Tag]--;
        entry = default;
    }

    /// <summary>Pops until the stack is <paramref name="depth"/> deep (the element at that index included).</summary>
    private void PopToDepth(int depth)
    {
        while (_stackSize > depth) Pop();
    }

    private void PopThrough(HtmlTag tag)
    {
        for (var i = _stackSize - 1; i > 0; i--)
        {
            if (_stack[i].Foreign || _stack[i].Tag != tag) continue;
            PopToDepth(i);
            return;
        }
    }

    private void RemoveAt(int index)
    {
        ref var entry = ref _stack[index];
        if (entry.Foreign) _foreignOpen--;
        else _open[(int)entry.Tag]--;
        Array.Copy(_stack, index + 1, _stack, index, _stackSize - index - 1);
        _stack[--_stackSize] = default;
    }

    private int IndexOf(HtmlNode node)
    {
        for (var i = _stackSize - 1; i >= 0; i--)
            if (_stack[i].Node == node) return i;
        return -1;
    }

    private void GenerateImpliedEndTags(HtmlTag except)
    {
        while (_stackSize > 1 && !Current.Foreign && Current.Tag != except && HtmlTags.Has(Current.Tag, TagFlags.ImpliedEnd)) Pop();
    }

    private enum Scope : byte
    {
        Default,
        ListItem,
        Button,
        Table,
    }

    private bool InScope(HtmlTag tag, Scope scope)
    {
        if (_open[(int)tag] == 0) return false;
        for (var i = _stackSize - 1; i >= 0; i--)
        {
            ref var entry = ref _stack[i];
            if (!entry.Foreign && entry.Tag == tag) return true;
            var boundary = scope switch
            {
                Scope.Table => !entry.Foreign && entry.Tag is HtmlTag.Html or HtmlTag.Table or HtmlTag.Template,
                Scope.ListItem => IsScopeBoundary(entry) || (!entry.Foreign && entry.Tag is HtmlTag.Ol or HtmlTag.Ul),
                Scope.Button => IsScopeBoundary(entry) || (!entry.Foreign && entry.Tag == HtmlTag.Button),
                _ => IsScopeBoundary(entry),
            };
            if (boundary) return false;
        }
        return false;
    }

    private static bool IsScopeBoundary(in OpenElement entry) =>
        entry.Foreign ? IsHtmlIntegrationPoint(entry) : HtmlTags.Has(entry.Tag, TagFlags.ScopeBoundary);

    private static bool IsSpecial(in OpenElement entry) =>
        entry.Foreign ? IsHtmlIntegrationPoint(entry) : HtmlTags.Has(entry.Tag, TagFlags.Special);

    private static int LeadingSpace(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\r' or '\f') i++;
        return i;
    }
}
