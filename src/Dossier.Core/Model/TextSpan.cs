namespace Dossier.Core.Model;

/// <summary>A range of characters in an article's text. Every annotation is one of these, never a copied string.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool IsWithin(int textLength) => Start >= 0 && Length >= 0 && End <= textLength;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
