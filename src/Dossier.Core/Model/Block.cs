namespace Dossier.Core.Model;

/// <summary>A paragraph-level piece of an article's text with the role it plays.</summary>
public readonly record struct Block(TextSpan Span, BlockRole Role, BoilerplateKind Kind = BoilerplateKind.None)
{
    public bool IsBody => Role == BlockRole.Body;

    public Block WithRole(BlockRole role, BoilerplateKind kind = BoilerplateKind.None) => this with { Role = role, Kind = kind };
}
