using Dossier.Core.Analysis.Entities;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>
/// A fact about a trained file of <c>models/</c>. Where the build embedded no such file (before the first
/// <c>dossier train entities</c>), the test is reported as skipped with the reason. Mirrors <see cref="SharedDataFactAttribute"/>.
/// </summary>
public sealed class ModelFactAttribute : FactAttribute
{
    public ModelFactAttribute(string modelName)
    {
        using var stream = ModelResources.Open(modelName);
        if (stream is null) Skip = $"needs models/{modelName}, which this build does not embed (run `dossier train entities`)";
    }
}
