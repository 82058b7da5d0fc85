namespace Dossier.Core.Html;

/// <summary>A growable char buffer reused across a parse: decoded text and attribute values are built here.</summary>
internal sealed class CharBuffer(int capacity = 256)
{
    private char[] _chars = new char[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    public override string ToString() => new(_chars, 0, Length);

    private void Grow(int more)
    {
        var size = Math.Max(_chars.Length * 2, Length + more);
        Array.Resize(ref _chars, size);
    }
}
