namespace Dossier.Core.Html;

/// <summary>A growable char buffer the tokenizer reuses for every decoded text and attribute value of one page.</summary>
internal struct CharBuffer
{
    private char[] _chars;
    private int _length;

    public CharBuffer(int capacity)
    {
        _chars = new char[capacity];
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(string text) => Append(text.AsSpan());

    public override readonly string ToString() => new(_chars, 0, _length);

    private void Grow(int more)
    {
        var bigger = new char[Math.Max(_chars.Length * 2, _length + more)];
        _chars.AsSpan(0, _length).CopyTo(bigger);
        _chars = bigger;
    }
}
