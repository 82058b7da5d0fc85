namespace Dossier.Core.Analysis.Quotes;

/// <summary>Where a dossier gets the attribution finder its quotes' speakers come from first.</summary>
public static class QuoteFinders
{
    /// <summary>
    /// The finder the dossier uses by default. None yet: quotes take their speakers from the cue rules alone until the
    /// trained attribution tagger is wired in here.
    /// </summary>
    public static IAttributionFinder? Default() => null;
}
