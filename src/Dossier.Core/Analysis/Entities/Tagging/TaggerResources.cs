using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Entities.Gazetteers;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// The lexical resources the tagger's features read besides its weights: word clusters and the usual case of words
/// (learned from unlabelled news), and gazetteers. Each is optional: a tagger trained without one is run without it.
/// </summary>
internal sealed class TaggerResources(WordClusters? clusters, CasingLexicon? casing, Gazetteer? gazetteer)
{
    public static TaggerResources LoadDefault() => new(WordClusters.LoadEmbedded(), CasingLexicon.LoadEmbedded(), Gazetteer.FromModels());

    /// <summary>The resources in a models folder; files it lacks are left out.</summary>
    public static TaggerResources Load(string modelsDirectory) => new(
        ReadIfPresent(modelsDirectory, WordClusters.ModelName, WordClusters.Read),
        ReadIfPresent(modelsDirectory, CasingLexicon.ModelName, CasingLexicon.Read),
        ReadIfPresent(modelsDirectory, Gazetteer.ModelName, Gazetteer.Read));

    private static T? ReadIfPresent<T>(string directory, string name, Func<Stream, T> read) where T : class
    {
        var path = Path.Combine(directory, name);
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return read(stream);
    }

    public TokenAnnotator Annotator() => new(clusters, casing, gazetteer);
}
