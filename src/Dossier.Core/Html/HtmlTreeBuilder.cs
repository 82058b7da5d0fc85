namespace Dossier.Core.Html;

/// <summary>
/// Builds the light tree from <see cref="HtmlTokenizer"/>'s tokens, following the HTML standard's tree construction
/// closely enough for extraction: html, head and body are always there (implied when the page leaves them out); what
/// belongs in the head goes there until the body starts; p, li, dd, dt, option, table rows and cells close implicitly;
/// an end tag closes up to its open element when one is in scope and is ignored otherwise; text and elements inside a
/// table but outside its cells go before the table (foster parenting); SVG and MathML islands keep their own rules for
/// self-closing tags and raw text. What it leaves out: the adoption agency (misnested &lt;b&gt;&lt;p&gt;x&lt;/b&gt;&lt;/p&gt; keeps
/// every character, in order, in a slightly different shape), reconstruction of formatting elements, frameset
/// documents. Elements nested deeper than <see cref="MaxDepth"/> attach to the element at that depth, so any input
/// builds in linear time, and no input throws.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>How deep the stack of open elements may grow; deeper elements become children of the one at the cap.</summary>
    public const int MaxDepth = 512;

    private enum Mode : byte
    {
        Initial,
        BeforeHead,
        InHead,
        InHeadNoscript,
        AfterHead,
        InBody,
    }

    private enum Scope : byte
    {
        Default,
        ListItem,
        Button,
        Table,
    }

    private readonly HtmlTokenizer _tokens;
    private readonly string _source;
    private readonly HtmlNode _root = new(HtmlNodeKind.Document, "#document");
    private HtmlNode? _html;
    private HtmlNode? _head;
    private HtmlNode? _body;
    private HtmlNode? _form;
    private HtmlNode[] _stack = new HtmlNode[32];
    private int _depth;
    private int _openParagraphs; // <p> elements on the stack: most start tags look for one to close
    private Mode _mode = Mode.Initial;
    private bool _quirks = true;
    private bool _skipNewline;

    // Text not yet inserted: one slice of the source while it is contiguous, else decoded into a buffer.
    private bool _hasPending;
    private bool _pendingBuffered;
    private int _pendingStart;
    private int _pendingEnd;
    private readonly CharBuffer _pending = new(256);

    private HtmlTreeBuilder(string source)
    {
        _source = source;
        _tokens = new HtmlTokenizer(source);
    }

    public static HtmlDocument Build(string? html)
    {
        var builder = new HtmlTreeBuilder(html ?? "");
        builder.Run();
        return new HtmlDocument(builder._root, builder._html!, builder._head!, builder._body!);
    }

    private HtmlNode Current => _depth > 0 ? _stack[_depth - 1] : _root;

    private void Run()
    {
        while (true)
        {
            switch (_tokens.Next())
            {
                case HtmlTokenKind.EndOfFile:
                    FlushText();
                    EnsureBody();
                    return;
                case HtmlTokenKind.Text:
                    OnText(_tokens.TextStart, _tokens.TextEnd, _tokens.TextNeedsDecoding);
                    break;
                case HtmlTokenKind.StartTag:
                    _skipNewline = false;
                    OnStartTag();
                    break;
                case HtmlTokenKind.EndTag:
                    _skipNewline = false;
                    OnEndTag();
                    break;
                case HtmlTokenKind.Doctype:
                    _skipNewline = false;
                    if (_html is null) _quirks = _tokens.DoctypeQuirks;
                    break;
            }
            _tokens.AllowCdata = Current.Namespace != HtmlNamespace.Html;
        }
    }

    // ---- Text ----

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    private void OnText(int start, int end, bool decode)
    {
        if (_skipNewline)
        {
            _skipNewline = false;
            if (_source[start] == '\n') start++;
            else if (_source[start] == '\r') start += start + 1 < end && _source[start + 1] == '\n' ? 2 : 1;
            if (start >= end) return;
        }
        if (_mode != Mode.InBody && !(_mode == Mode.InHead && Current != _head))
        {
            // Before the body only white space stays where it is (in the head); anything else starts the body.
            var k = start;
            while (k < end && IsSpace(_source[k])) k++;
            if (k > start && _mode is Mode.InHead or Mode.InHeadNoscript) AppendPending(start, k, decode: false);
            if (k == end) return;
            start = k;
            EnterBody(null);
        }
        AppendPending(start, end, decode);
    }

    private void AppendPending(int start, int end, bool decode)
    {
        if (start >= end) return;
        if (!decode)
        {
            if (!_hasPending)
            {
                _hasPending = true;
                _pendingBuffered = false;
                _pendingStart = start;
                _pendingEnd = end;
                return;
            }
            if (!_pendingBuffered && _pendingEnd == start)
            {
                _pendingEnd = end;
                return;
            }
            SwitchPendingToBuffer();
            _pending.Append(_source.AsSpan(start, end - start));
            return;
        }
        if (!_hasPending)
        {
            _hasPending = true;
            _pendingBuffered = true;
            _pending.Clear();
        }
        else if (!_pendingBuffered) SwitchPendingToBuffer();
        CharacterReferences.Decode(_source.AsSpan(start, end - start), inAttribute: false, dropNul: true, _pending);
    }

    private void SwitchPendingToBuffer()
    {
        if (_pendingBuffered) return;
        _pending.Clear();
        _pending.Append(_source.AsSpan(_pendingStart, _pendingEnd - _pendingStart));
        _pendingBuffered = true;
    }

    /// <summary>Inserts the pending text where the tree is now; called before anything changes the tree or the stack.</summary>
    private void FlushText()
    {
        if (!_hasPending) return;
        _hasPending = false;
        HtmlNode text;
        if (_pendingBuffered)
        {
            if (_pending.Length == 0) return;
            text = new HtmlNode(HtmlNodeKind.Text, "#text", text: _pending.ToString());
        }
        else text = new HtmlNode(_source, _pendingStart, _pendingEnd - _pendingStart);
        // Text straight inside a table (not in a cell) goes before the table, unless it is only white space.
        if (IsTableStructure(Current) && HasNonSpace(text)) Foster(text);
        else Current.AppendChild(text);
    }

    private bool HasNonSpace(HtmlNode text)
    {
        var span = _pendingBuffered ? _pending.Span : _source.AsSpan(_pendingStart, _pendingEnd - _pendingStart);
        foreach (var c in span)
            if (!IsSpace(c)) return true;
        return false;
    }

    // ---- The stack of open elements ----

    private void Push(HtmlNode element)
    {
        if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_depth++] = element;
        if (Is(element, HtmlTag.P)) _openParagraphs++;
    }

    private void Pop()
    {
        FlushText();
        if (_depth > 1) Drop();
    }

    /// <summary>Pops elements until the one at <paramref name="index"/> in the stack has been popped.</summary>
    private void PopTo(int index)
    {
        if (index < 0) return;
        FlushText();
        index = Math.Max(index, 1); // <html> stays
        while (_depth > index) Drop();
    }

    private void Drop()
    {
        var element = _stack[--_depth];
        _stack[_depth] = null!;
        if (Is(element, HtmlTag.P)) _openParagraphs--;
    }

    private static bool Is(HtmlNode node, HtmlTag tag) => node.Tag == tag && node.Namespace == HtmlNamespace.Html;

    /// <summary>The index in the stack of the topmost open <paramref name="tag"/>, or -1.</summary>
    private int IndexOf(HtmlTag tag)
    {
        for (var i = _depth - 1; i >= 0; i--)
            if (Is(_stack[i], tag)) return i;
        return -1;
    }

    /// <summary>The standard's "has an element in scope": the topmost open <paramref name="tag"/> not behind a boundary, or -1.</summary>
    private int InScope(HtmlTag tag, Scope scope = Scope.Default)
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            var node = _stack[i];
            if (Is(node, tag)) return i;
            if (IsBoundary(node, scope)) return -1;
        }
        return -1;
    }

    private static bool IsBoundary(HtmlNode node, Scope scope)
    {
        var tag = node.Tag;
        switch (node.Namespace)
        {
            case HtmlNamespace.Svg:
                return scope != Scope.Table && tag is HtmlTag.ForeignObject or HtmlTag.Desc or HtmlTag.Title;
            case HtmlNamespace.MathMl:
                return scope != Scope.Table && tag is HtmlTag.Mi or HtmlTag.Mo or HtmlTag.Mn or HtmlTag.Ms or HtmlTag.Mtext or HtmlTag.AnnotationXml;
        }
        return scope switch
        {
            Scope.Table => tag is HtmlTag.Html or HtmlTag.Table or HtmlTag.Template,
            Scope.ListItem => HtmlTags.IsScopeBoundary(tag) || tag is HtmlTag.Ol or HtmlTag.Ul,
            Scope.Button => HtmlTags.IsScopeBoundary(tag) || tag == HtmlTag.Button,
            _ => HtmlTags.IsScopeBoundary(tag),
        };
    }

    private void ClosePInButtonScope()
    {
        if (_openParagraphs == 0) return;
        var p = InScope(HtmlTag.P, Scope.Button);
        if (p >= 0) PopTo(p);
    }

    private static bool IsTableStructure(HtmlNode node) =>
        node.Namespace == HtmlNamespace.Html && node.Tag is HtmlTag.Table or HtmlTag.Tbody or HtmlTag.Thead or HtmlTag.Tfoot or HtmlTag.Tr;

    // ---- Inserting ----

    private HtmlNode NewElement(string name, HtmlTag tag, HtmlNamespace ns = HtmlNamespace.Html) =>
        new(name, tag, ns, _tokens.TakeAttributes());

    /// <summary>An element the markup implies without writing it (tbody, tr, html, head, body): no attributes.</summary>
    private static HtmlNode Implied(HtmlTag tag) => new(HtmlTags.NameOf(tag), tag, HtmlNamespace.Html, []);

    /// <summary>Inserts an element at the current node and, unless it is a leaf, makes it the current node. With
    /// <paramref name="foster"/>, an element that would land straight inside a table goes before the table.</summary>
    private HtmlNode Insert(HtmlNode element, bool push, bool foster = false)
    {
        FlushText();
        if (foster && IsTableStructure(Current)) Foster(element);
        else Current.AppendChild(element);
        // Past the depth cap an element still joins the tree, but what follows it becomes its sibling, not its child.
        if (push && _depth < MaxDepth) Push(element);
        return element;
    }

    private HtmlNode Insert(string name, HtmlTag tag, bool push, bool foster = false) =>
        Insert(NewElement(name, tag), push, foster);

    /// <summary>Foster parenting: what turns up inside a table but outside its cells goes right before the table.</summary>
    private void Foster(HtmlNode node)
    {
        var table = IndexOf(HtmlTag.Table);
        if (table < 0)
        {
            Current.AppendChild(node);
            return;
        }
        var element = _stack[table];
        if (element.Parent is { } parent) parent.InsertChild(element.Index, node);
        else _stack[table - 1].AppendChild(node);
    }

    /// <summary>An element whose content is text, not markup (script, style, title, textarea): the text is read at once
    /// as its one child, up to its end tag, and the element never becomes the current node.</summary>
    private void InsertRawText(HtmlNode parent, string name, HtmlTag tag, RawTextKind kind, bool foster = false)
    {
        var element = NewElement(name, tag);
        FlushText();
        if (foster && IsTableStructure(parent)) Foster(element);
        else parent.AppendChild(element);
        if (tag == HtmlTag.Textarea) _tokens.SkipNewline();
        var (start, end) = _tokens.ReadRawText(kind, tag);
        if (end <= start) return;
        var text = _source.AsSpan(start, end - start);
        if (kind == RawTextKind.RcData && CharacterReferences.NeedsDecoding(text))
        {
            _pending.Clear();
            CharacterReferences.Decode(text, inAttribute: false, dropNul: false, _pending);
            element.AppendChild(new HtmlNode(HtmlNodeKind.Text, "#text", text: _pending.ToString()));
        }
        else if (text.Contains('\0'))
            element.AppendChild(new HtmlNode(HtmlNodeKind.Text, "#text", text: text.ToString().Replace('\0', '\uFFFD')));
        else element.AppendChild(new HtmlNode(_source, start, end - start));
    }

    private void MergeAttributes(HtmlNode? element)
    {
        // A page that repeats <body> with new attributes over and over must not make this quadratic: past a cap, no more.
        if (element is null || _tokens.AttributeCount == 0 || element.Attributes.Count >= 256) return;
        List<HtmlAttribute>? merged = null;
        foreach (var attribute in _tokens.Attributes)
        {
            if (element.HasAttribute(attribute.Name)) continue;
            merged ??= [.. element.Attributes];
            merged.Add(attribute);
        }
        if (merged is not null) element.SetAttributes([.. merged]);
    }

    // ---- The implied html, head and body ----

    private void EnsureHtml()
    {
        if (_html is not null) return;
        _html = Implied(HtmlTag.Html);
        _root.AppendChild(_html);
        Push(_html);
        _mode = Mode.BeforeHead;
    }

    private void EnsureHead()
    {
        EnsureHtml();
        if (_head is not null) return;
        _head = Implied(HtmlTag.Head);
        _html!.AppendChild(_head);
        Push(_head);
        _mode = Mode.InHead;
    }

    /// <summary>Leaves the head (closing it and whatever is open in it) and opens the body, with the given attributes.</summary>
    private void EnterBody(HtmlAttribute[]? attributes)
    {
        EnsureHead();
        FlushText();
        var head = IndexOf(HtmlTag.Head);
        if (head >= 0) PopTo(head);
        if (_body is null)
        {
            _body = new HtmlNode(HtmlTags.NameOf(HtmlTag.Body), HtmlTag.Body, HtmlNamespace.Html, attributes ?? []);
            _html!.AppendChild(_body);
            Push(_body);
        }
        _mode = Mode.InBody;
    }

    private void EnsureBody()
    {
        if (_body is null) EnterBody(null);
    }

    // ---- Start tags ----

    private void OnStartTag()
    {
        var tag = _tokens.Tag;
        var name = _tokens.TagName;

        var current = Current;
        if (current.Namespace != HtmlNamespace.Html && !IsIntegrationPoint(current))
        {
            if (HtmlTags.BreaksOutOfForeign(tag) || (tag == HtmlTag.Font && HasFontBreakoutAttribute()))
            {
                while (_depth > 1 && Current.Namespace != HtmlNamespace.Html && !IsIntegrationPoint(Current)) Pop();
            }
            else
            {
                InsertForeign(name, tag, tag == HtmlTag.Svg ? HtmlNamespace.Svg : tag == HtmlTag.Math ? HtmlNamespace.MathMl : current.Namespace);
                return;
            }
        }

        switch (_mode)
        {
            case Mode.Initial:
                if (tag == HtmlTag.Html)
                {
                    _html = NewElement(name, tag);
                    _root.AppendChild(_html);
                    Push(_html);
                    _mode = Mode.BeforeHead;
                    return;
                }
                EnsureHtml();
                goto case Mode.BeforeHead;
            case Mode.BeforeHead:
                if (tag == HtmlTag.Html)
                {
                    MergeAttributes(_html);
                    return;
                }
                if (tag == HtmlTag.Head)
                {
                    _head = NewElement(name, tag);
                    _html!.AppendChild(_head);
                    Push(_head);
                    _mode = Mode.InHead;
                    return;
                }
                EnsureHead();
                goto case Mode.InHead;
            case Mode.InHead:
                if (Current != _head) break; // inside a <template> in the head: body rules
                if (StartInHead(tag, name, _head!)) return;
                if (tag == HtmlTag.Noscript)
                {
                    Insert(name, tag, push: true);
                    _mode = Mode.InHeadNoscript;
                    return;
                }
                if (tag == HtmlTag.Template)
                {
                    Insert(name, tag, push: true);
                    return;
                }
                if (tag == HtmlTag.Head) return;
                EnterBody(null);
                break;
            case Mode.InHeadNoscript:
                if (tag == HtmlTag.Html)
                {
                    MergeAttributes(_html);
                    return;
                }
                if (tag is HtmlTag.Basefont or HtmlTag.Bgsound or HtmlTag.Link or HtmlTag.Meta or HtmlTag.Noframes or HtmlTag.Style)
                {
                    StartInHead(tag, name, Current);
                    return;
                }
                if (tag is HtmlTag.Head or HtmlTag.Noscript) return;
                Pop(); // the noscript: what it holds here cannot stay in the head
                _mode = Mode.InHead;
                goto case Mode.InHead;
            case Mode.AfterHead:
                if (tag == HtmlTag.Body)
                {
                    EnterBody(_tokens.TakeAttributes());
                    return;
                }
                if (tag != HtmlTag.Template && StartInHead(tag, name, _head!)) return;
                if (tag is HtmlTag.Head or HtmlTag.Frameset) return;
                EnterBody(null);
                break;
        }
        StartInBody(tag, name);
    }

    /// <summary>The elements that belong in the head, inserted into <paramref name="parent"/>; false for any other tag.</summary>
    private bool StartInHead(HtmlTag tag, string name, HtmlNode parent)
    {
        switch (tag)
        {
            case HtmlTag.Html:
                MergeAttributes(_html);
                return true;
            case HtmlTag.Base or HtmlTag.Basefont or HtmlTag.Bgsound or HtmlTag.Link or HtmlTag.Meta:
                FlushText();
                parent.AppendChild(NewElement(name, tag));
                return true;
            case HtmlTag.Title:
                InsertRawText(parent, name, tag, RawTextKind.RcData);
                return true;
            case HtmlTag.Style or HtmlTag.Noframes:
                InsertRawText(parent, name, tag, RawTextKind.RawText);
                return true;
            case HtmlTag.Script:
                InsertRawText(parent, name, tag, RawTextKind.ScriptData);
                return true;
        }
        return false;
    }

    private bool HasFontBreakoutAttribute()
    {
        foreach (var attribute in _tokens.Attributes)
            if (attribute.Name is "color" or "face" or "size") return true;
        return false;
    }

    private static bool IsIntegrationPoint(HtmlNode node) => node.Namespace switch
    {
        HtmlNamespace.Svg => node.Tag is HtmlTag.ForeignObject or HtmlTag.Desc or HtmlTag.Title,
        HtmlNamespace.MathMl => node.Tag is HtmlTag.Mi or HtmlTag.Mo or HtmlTag.Mn or HtmlTag.Ms or HtmlTag.Mtext,
        _ => false,
    };

    private void InsertForeign(string name, HtmlTag tag, HtmlNamespace ns)
    {
        var element = new HtmlNode(name, tag, ns, _tokens.TakeAttributes());
        Insert(element, push: !_tokens.SelfClosing);
    }

    private void StartInBody(HtmlTag tag, string name)
    {
        // Table structure: only where a table is open; a stray <td> or <tr> elsewhere is ignored, as browsers do.
        if (tag is HtmlTag.Caption or HtmlTag.Col or HtmlTag.Colgroup or HtmlTag.Tbody or HtmlTag.Thead or HtmlTag.Tfoot
            or HtmlTag.Tr or HtmlTag.Td or HtmlTag.Th)
        {
            if (InScope(HtmlTag.Table, Scope.Table) >= 0) StartTableStructure(tag, name);
            return;
        }

        var inTable = IsTableStructure(Current);
        var foster = !AllowedInTable(tag);

        switch (tag)
        {
            case HtmlTag.Html:
                MergeAttributes(_html);
                return;
            case HtmlTag.Body:
                MergeAttributes(_body);
                return;
            case HtmlTag.Head or HtmlTag.Frameset or HtmlTag.Frame:
                return;
            case HtmlTag.Base or HtmlTag.Basefont or HtmlTag.Bgsound or HtmlTag.Link or HtmlTag.Meta:
                Insert(name, tag, push: false, foster);
                return;
            case HtmlTag.Title:
                InsertRawText(Current, name, tag, RawTextKind.RcData, foster);
                return;
            case HtmlTag.Textarea:
                InsertRawText(Current, name, tag, RawTextKind.RcData, foster);
                return;
            case HtmlTag.Style or HtmlTag.Noframes or HtmlTag.Iframe or HtmlTag.Noembed:
                InsertRawText(Current, name, tag, RawTextKind.RawText, foster);
                return;
            case HtmlTag.Xmp:
                ClosePInButtonScope();
                InsertRawText(Current, name, tag, RawTextKind.RawText, foster);
                return;
            case HtmlTag.Script:
                InsertRawText(Current, name, tag, RawTextKind.ScriptData, foster);
                return;
            case HtmlTag.Plaintext:
                ClosePInButtonScope();
                InsertRawText(Current, name, tag, RawTextKind.PlainText, foster);
                return;
            case HtmlTag.Table:
                if (inTable)
                {
                    // A table straight inside a table closes the first one.
                    PopTo(IndexOf(HtmlTag.Table));
                }
                else if (!_quirks) ClosePInButtonScope();
                Insert(name, tag, push: true);
                return;
            case HtmlTag.Form:
                if (_form is not null && IndexOf(HtmlTag.Template) < 0) return;
                if (inTable)
                {
                    // In a table a form is an empty marker: its fields stay in the cells.
                    var marker = Insert(name, tag, push: false);
                    if (IndexOf(HtmlTag.Template) < 0) _form = marker;
                    return;
                }
                ClosePInButtonScope();
                var form = Insert(name, tag, push: true);
                if (IndexOf(HtmlTag.Template) < 0) _form = form;
                return;
            case HtmlTag.H1 or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6:
                ClosePInButtonScope();
                if (HtmlTags.IsHeading(Current.Tag) && Current.Namespace == HtmlNamespace.Html) Pop();
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Pre or HtmlTag.Listing:
                ClosePInButtonScope();
                Insert(name, tag, push: true, foster);
                _skipNewline = true;
                return;
            case HtmlTag.Li:
                CloseListItem(static t => t == HtmlTag.Li);
                ClosePInButtonScope();
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Dd or HtmlTag.Dt:
                CloseListItem(static t => t is HtmlTag.Dd or HtmlTag.Dt);
                ClosePInButtonScope();
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Hr:
                ClosePInButtonScope();
                Insert(name, tag, push: false, foster);
                return;
            case HtmlTag.Button:
                var button = InScope(HtmlTag.Button);
                if (button >= 0) PopTo(button);
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.A or HtmlTag.Nobr:
                // A new link closes an open one (browsers never nest them), unless a block stands between the two.
                for (var i = _depth - 1; i > 0; i--)
                {
                    var node = _stack[i];
                    if (Is(node, tag))
                    {
                        PopTo(i);
                        break;
                    }
                    if (HtmlTags.IsSpecial(node.Tag) || node.Namespace != HtmlNamespace.Html) break;
                }
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Image:
                Insert(NewElement(HtmlTags.NameOf(HtmlTag.Img), HtmlTag.Img), push: false, foster);
                return;
            case HtmlTag.Input:
                Insert(name, tag, push: false, foster && !IsHiddenInput());
                return;
            case HtmlTag.Option:
                if (Is(Current, HtmlTag.Option)) Pop();
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Optgroup:
                if (Is(Current, HtmlTag.Option)) Pop();
                if (Is(Current, HtmlTag.Optgroup)) Pop();
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Select:
                var select = InScope(HtmlTag.Select);
                if (select >= 0)
                {
                    PopTo(select); // a select inside a select closes the first one
                    return;
                }
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Rb or HtmlTag.Rtc or HtmlTag.Rp or HtmlTag.Rt:
                if (InScope(HtmlTag.Ruby) >= 0)
                {
                    while (_depth > 1 && Current.Namespace == HtmlNamespace.Html && HtmlTags.HasImpliedEnd(Current.Tag)
                           && !(tag is HtmlTag.Rp or HtmlTag.Rt && Current.Tag == HtmlTag.Rtc))
                        Pop();
                }
                Insert(name, tag, push: true, foster);
                return;
            case HtmlTag.Svg:
                Insert(new HtmlNode(name, tag, HtmlNamespace.Svg, _tokens.TakeAttributes()), push: !_tokens.SelfClosing, foster);
                return;
            case HtmlTag.Math:
                Insert(new HtmlNode(name, tag, HtmlNamespace.MathMl, _tokens.TakeAttributes()), push: !_tokens.SelfClosing, foster);
                return;
        }

        if (HtmlTags.IsVoid(tag))
        {
            Insert(name, tag, push: false, foster);
            return;
        }
        if (HtmlTags.ClosesP(tag)) ClosePInButtonScope();
        Insert(name, tag, push: true, foster);
    }

    private bool IsHiddenInput()
    {
        foreach (var attribute in _tokens.Attributes)
            if (attribute.Name == "type") return attribute.Value.Equals("hidden", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    /// <summary>What may stand in a table outside its cells without being moved before it.</summary>
    private static bool AllowedInTable(HtmlTag tag) =>
        tag is HtmlTag.Table or HtmlTag.Style or HtmlTag.Script or HtmlTag.Template or HtmlTag.Form or HtmlTag.Input;

    /// <summary>A new li (or dd, dt) closes the open one, looking past inline elements, div, address and p only.</summary>
    private void CloseListItem(Func<HtmlTag, bool> matches)
    {
        for (var i = _depth - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Namespace == HtmlNamespace.Html && matches(node.Tag))
            {
                PopTo(i);
                return;
            }
            if ((HtmlTags.IsSpecial(node.Tag) || node.Namespace != HtmlNamespace.Html)
                && !(node.Namespace == HtmlNamespace.Html && node.Tag is HtmlTag.Address or HtmlTag.Div or HtmlTag.P))
                return;
        }
    }

    private void StartTableStructure(HtmlTag tag, string name)
    {
        switch (tag)
        {
            case HtmlTag.Caption or HtmlTag.Colgroup or HtmlTag.Tbody or HtmlTag.Thead or HtmlTag.Tfoot:
                PopToTable(HtmlTag.Table);
                Insert(name, tag, push: true);
                return;
            case HtmlTag.Col:
                if (!Is(Current, HtmlTag.Colgroup)) PopToTable(HtmlTag.Table);
                Insert(name, tag, push: false);
                return;
            case HtmlTag.Tr:
                PopToTable(HtmlTag.Tbody, HtmlTag.Thead, HtmlTag.Tfoot, HtmlTag.Table);
                if (Is(Current, HtmlTag.Table)) Insert(Implied(HtmlTag.Tbody), push: true);
                Insert(name, tag, push: true);
                return;
            default: // td, th
                PopToTable(HtmlTag.Tr, HtmlTag.Tbody, HtmlTag.Thead, HtmlTag.Tfoot, HtmlTag.Table);
                if (Is(Current, HtmlTag.Table)) Insert(Implied(HtmlTag.Tbody), push: true);
                if (Current.Tag is HtmlTag.Tbody or HtmlTag.Thead or HtmlTag.Tfoot) Insert(Implied(HtmlTag.Tr), push: true);
                Insert(name, tag, push: true);
                return;
        }
    }

    /// <summary>Pops (closing open cells, rows, captions and whatever is open in them) until the current node is one of
    /// <paramref name="stops"/>, but never past the innermost open table.</summary>
    private void PopToTable(params ReadOnlySpan<HtmlTag> stops)
    {
        var table = InScope(HtmlTag.Table, Scope.Table);
        if (table < 0) return;
        for (var i = _depth - 1; i >= table; i--)
        {
            var node = _stack[i];
            if (node.Namespace == HtmlNamespace.Html && stops.Contains(node.Tag))
            {
                PopTo(i + 1);
                return;
            }
        }
        PopTo(table + 1);
    }

    // ---- End tags ----

    private void OnEndTag()
    {
        var tag = _tokens.Tag;
        var name = _tokens.TagName;

        // In SVG and MathML an end tag closes the element of its name, up to the nearest HTML element.
        if (Current.Namespace != HtmlNamespace.Html)
        {
            for (var i = _depth - 1; i > 0; i--)
            {
                var node = _stack[i];
                if (node.Namespace == HtmlNamespace.Html) break;
                if (node.Name == name)
                {
                    PopTo(i);
                    return;
                }
            }
        }

        switch (_mode)
        {
            case Mode.Initial:
            case Mode.BeforeHead:
                if (tag is not (HtmlTag.Head or HtmlTag.Body or HtmlTag.Html or HtmlTag.Br)) return;
                EnsureHead();
                goto case Mode.InHead;
            case Mode.InHead:
                if (Current != _head) break; // inside a <template> in the head
                if (tag == HtmlTag.Head)
                {
                    PopTo(IndexOf(HtmlTag.Head));
                    _mode = Mode.AfterHead;
                    return;
                }
                if (tag is not (HtmlTag.Body or HtmlTag.Html or HtmlTag.Br)) return;
                EnterBody(null);
                break;
            case Mode.InHeadNoscript:
                if (tag == HtmlTag.Noscript)
                {
                    Pop();
                    _mode = Mode.InHead;
                    return;
                }
                if (tag != HtmlTag.Br) return;
                Pop();
                _mode = Mode.InHead;
                EnterBody(null);
                break;
            case Mode.AfterHead:
                if (tag is not (HtmlTag.Body or HtmlTag.Html or HtmlTag.Br)) return;
                EnterBody(null);
                break;
        }
        EndInBody(tag, name);
    }

    private void EndInBody(HtmlTag tag, string name)
    {
        switch (tag)
        {
            case HtmlTag.Body or HtmlTag.Html or HtmlTag.Head:
                // Content after </body> still goes into the body, and into whatever is still open there.
                return;
            case HtmlTag.P:
                var p = _openParagraphs == 0 ? -1 : InScope(HtmlTag.P, Scope.Button);
                if (p < 0)
                {
                    // "</p>" with no open p is an empty paragraph, as in browsers.
                    Insert(Implied(HtmlTag.P), push: false, foster: true);
                    return;
                }
                PopTo(p);
                return;
            case HtmlTag.Li:
                var li = InScope(HtmlTag.Li, Scope.ListItem);
                if (li >= 0) PopTo(li);
                return;
            case HtmlTag.H1 or HtmlTag.H2 or HtmlTag.H3 or HtmlTag.H4 or HtmlTag.H5 or HtmlTag.H6:
                for (var i = _depth - 1; i >= 0; i--)
                {
                    var node = _stack[i];
                    if (node.Namespace == HtmlNamespace.Html && HtmlTags.IsHeading(node.Tag))
                    {
                        PopTo(i);
                        return;
                    }
                    if (IsBoundary(node, Scope.Default)) return;
                }
                return;
            case HtmlTag.Br:
                Insert(Implied(HtmlTag.Br), push: false, foster: true);
                return;
            case HtmlTag.Form:
                var form = InScope(HtmlTag.Form);
                _form = null;
                if (form >= 0) PopTo(form);
                return;
            case HtmlTag.Template:
                var template = IndexOf(HtmlTag.Template);
                if (template >= 0) PopTo(template);
                return;
            case HtmlTag.Table or HtmlTag.Tbody or HtmlTag.Thead or HtmlTag.Tfoot or HtmlTag.Tr or HtmlTag.Td or HtmlTag.Th
                or HtmlTag.Caption or HtmlTag.Colgroup:
                var cell = InScope(tag, Scope.Table);
                if (cell >= 0) PopTo(cell);
                return;
        }

        if (HtmlTags.IsSpecial(tag))
        {
            // Block-level and other special elements close when open in scope, with whatever is open inside them.
            var open = InScope(tag);
            if (open >= 0) PopTo(open);
            return;
        }

        // Any other end tag (inline, formatting, unknown): closes the nearest element of its name, unless a special
        // element (a block, a cell) stands in between, in which case it is ignored.
        for (var i = _depth - 1; i > 0; i--)
        {
            var node = _stack[i];
            if (node.Name == name && node.Namespace == HtmlNamespace.Html)
            {
                PopTo(i);
                return;
            }
            if (HtmlTags.IsSpecial(node.Tag) || IsIntegrationPoint(node)) return;
        }
    }
}
