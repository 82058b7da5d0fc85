namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>The lexical resources the tagger's features read besides its weights: word clusters, gazetteers, usual case.</summary>
internal sealed class TaggerResources
{
    public static TaggerResources LoadDefault() => new();

    public static TaggerResources Load(string modelsDirectory) => new();

    public TokenAnnotator Annotator() => new();
}
