using Dossier.Core.Model;

namespace Dossier.Core.Pipeline;

/// <summary>
/// One step of the article pipeline. A stage reads what earlier stages added and adds its own annotations.
/// It records a <see cref="Diagnostic"/> for input it cannot handle; it never throws for bad input.
/// </summary>
public interface IArticleStage
{
    /// <summary>Short lower-case name used in diagnostics ("blocks", "sentences").</summary>
    string Name { get; }

    void Process(Article article);
}
