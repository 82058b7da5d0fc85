namespace Dossier.Core.Model;

/// <summary>What a block of an article is for. Only <see cref="Body"/> blocks feed the analysis and the summary.</summary>
public enum BlockRole
{
    Body,
    Heading,
    Caption,
    Boilerplate,
}

/// <summary>Which kind of boilerplate a block is. <see cref="None"/> for blocks that are not boilerplate.</summary>
public enum BoilerplateKind
{
    None,
    Paywall,
    Disclaimer,
    Toc,
    Teaser,
    Promo,
    Byline,
    EditorNote,
    Share,
    Other,
    Navigation,
    Comments,
    Newsletter,
    Cookie,
    Advert,
}

/// <summary>The names the roles and kinds have in every output format and in the store.</summary>
public static class BlockNames
{
    public static string Of(BlockRole role) => role switch
    {
        BlockRole.Body => "body",
        BlockRole.Heading => "heading",
        BlockRole.Caption => "caption",
        BlockRole.Boilerplate => "boilerplate",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string? Of(BoilerplateKind kind) => kind switch
    {
        BoilerplateKind.None => null,
        BoilerplateKind.Paywall => "paywall",
        BoilerplateKind.Disclaimer => "disclaimer",
        BoilerplateKind.Toc => "toc",
        BoilerplateKind.Teaser => "teaser",
        BoilerplateKind.Promo => "promo",
        BoilerplateKind.Byline => "byline",
        BoilerplateKind.EditorNote => "editor-note",
        BoilerplateKind.Share => "share",
        BoilerplateKind.Other => "other",
        BoilerplateKind.Navigation => "navigation",
        BoilerplateKind.Comments => "comments",
        BoilerplateKind.Newsletter => "newsletter",
        BoilerplateKind.Cookie => "cookie",
        BoilerplateKind.Advert => "advert",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
