using System.Text.Json;
using Dossier.Core.Analysis.Entities;

namespace Dossier.Core.Stories.Online;

/// <summary>
/// The online clusterer's weights and thresholds, and the sizes that bound memory and time per article. The program
/// runs with <c>models/stories.json</c> (<see cref="LoadDefault"/>), which `dossier train stories` fits on ECB+ dev;
/// the defaults here are where that grid search starts and what a build without the file uses.
/// </summary>
public sealed record StoryStreamOptions
{
    public const string ModelFile = "stories.json";

    /// <summary>Weight of the content-term cosine in an article's similarity to a story.</summary>
    public double TermWeight { get; init; } = 1.0;

    /// <summary>Weight of the name cosine (people, places, organisations).</summary>
    public double NameWeight { get; init; } = 0.2;

    /// <summary>Weight of the anchor cosine (years, months, numbers).</summary>
    public double AnchorWeight { get; init; } = 0.2;

    /// <summary>Similarity (weighted sum of the three cosines over the sum of the weights) at which an article joins a story.</summary>
    public double JoinThreshold { get; init; } = 0.25;

    /// <summary>
    /// Content terms below which an article counts as short (a headline, a brief): its join threshold is scaled by the
    /// square root of its share of this, since a few words can only share a small part of a story's centroid.
    /// </summary>
    public int ShortTextTerms { get; init; } = 60;

    /// <summary>Similarity at which a new story joins an existing topic (terms and names only: a topic spans many events).</summary>
    public double TopicThreshold { get; init; } = 0.12;

    /// <summary>
    /// Weight of the name cosine in a story's similarity to a topic (the term cosine weighs 1): the stories of one topic
    /// share their subject's words ("earthquake", "magnitude") more than their names (two quakes, two places).
    /// </summary>
    public double TopicNameWeight { get; init; } = 0.2;

    /// <summary>Similarity of two topics' centroids (as for <see cref="TopicThreshold"/>) at which the younger merges into the older.</summary>
    public double TopicMergeThreshold { get; init; } = 0.2;

    /// <summary>Similarity of two stories' centroids at which the younger is merged into the older.</summary>
    public double MergeThreshold { get; init; } = 0.6;

    /// <summary>
    /// Similarity of the two groups a story's articles fall into (two-means over them, as for <see cref="MergeThreshold"/>)
    /// below which the story splits in two: below what two halves of one event share.
    /// </summary>
    public double SplitThreshold { get; init; } = 0.45;

    /// <summary>Days over which the similarity to a story halves when both dates are known (two similar events a month apart).</summary>
    public double HalfLifeDays { get; init; } = 7;

    /// <summary>Stories kept in the active set; the least recently joined ones age out beyond it.</summary>
    public int MaxActiveStories { get; init; } = 5_000;

    /// <summary>Stories a key's posting list remembers (the most recent), so a common key costs no more than a rare one.</summary>
    public int PostingsPerKey { get; init; } = 24;

    /// <summary>Keys of an article used to look up candidate stories.</summary>
    public int QueryKeys { get; init; } = 24;

    /// <summary>Candidate stories scored in full per article (those sharing the most weight with it).</summary>
    public int MaxCandidates { get; init; } = 12;

    /// <summary>Keys a story's centroid keeps.</summary>
    public int CentroidKeys { get; init; } = 300;

    /// <summary>Distinct keys the document frequencies remember.</summary>
    public int VocabularyCapacity { get; init; } = 400_000;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The options fitted and built into the program, or the defaults when the build has none.</summary>
    public static StoryStreamOptions LoadDefault()
    {
        using var stream = ModelResources.Open(ModelFile);
        return stream is null ? new StoryStreamOptions() : Read(stream);
    }

    /// <exception cref="JsonException">The file is not options JSON.</exception>
    public static StoryStreamOptions Read(Stream stream) =>
        JsonSerializer.Deserialize<StoryStreamOptions>(stream, Json) ?? throw new JsonException("empty options");

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";
}
