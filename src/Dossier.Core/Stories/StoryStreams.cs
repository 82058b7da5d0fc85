using Dossier.Core.Stories.Online;

namespace Dossier.Core.Stories;

/// <summary>The story stream the product and its measurements use, made in one place so that replacing it is one line.</summary>
public static class StoryStreams
{
    /// <summary>
    /// A fresh stream with no stories yet: the online clusterer with the options and background frequencies built into
    /// the program.
    /// </summary>
    public static IStoryStream Default() => new OnlineStoryClusterer(StoryStreamOptions.LoadDefault(), BackgroundFrequencies.LoadDefault());
}
