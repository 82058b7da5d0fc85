namespace Dossier.Core.Model;

/// <summary>A sentence of a body, heading or caption block: a span into the article text and the index of its block.</summary>
public readonly record struct Sentence(TextSpan Span, int BlockIndex);
