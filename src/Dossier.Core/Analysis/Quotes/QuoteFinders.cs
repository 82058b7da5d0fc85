using Dossier.Core.Analysis.Quotes.Tagging;

namespace Dossier.Core.Analysis.Quotes;

/// <summary>Where a dossier gets the attribution finder its quotes' speakers and its reported speech come from.</summary>
public static class QuoteFinders
{
    /// <summary>
    /// The trained attribution tagger built into the program (shared: it is safe across threads), or null when the build
    /// has no model, in which case quotes take their speakers from the cue rules alone.
    /// </summary>
    public static IAttributionFinder? Default() => AttributionTagger.LoadDefault();
}
