using Dossier.Core.Analysis.Language;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Metadata;

/// <summary>The metadata plain text yields by itself: only its language, when the detector is reasonably sure.</summary>
public static class TextMetadata
{
    // Below this the guess is too often wrong to record (a short list of names, a table of figures).
    private const double MinConfidence = 0.5;

    public static ArticleMetadata Of(string text)
    {
        if (LanguageDetector.Detect(text) is not { Confidence: >= MinConfidence } guess) return new ArticleMetadata();
        return new ArticleMetadata
        {
            Language = guess.Tag,
            Sources = [new FieldSource(MetadataFields.Language, new Evidence(EvidenceKind.Detector), guess.Confidence)],
        };
    }
}
