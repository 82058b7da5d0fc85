namespace Dossier.Core.Stories;

/// <summary>The story stream the product and its measurements use, made in one place so that replacing it is one line.</summary>
public static class StoryStreams
{
    /// <summary>
    /// A fresh stream with no stories yet. For now the <see cref="BaselineStoryStream"/>: the online clusterer of
    /// issue 7 replaces it here.
    /// </summary>
    public static IStoryStream Default() => new BaselineStoryStream(new StoryClustererOptions());
}
