using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities;

/// <summary>The one place that decides which recognizer Dossier runs, so the CLI and tests construct it the same way.</summary>
public static class EntityRecognizers
{
    /// <summary>
    /// A new instance of the trained tagger built into the program (instances are cheap: the model is loaded once and
    /// shared; each holds its own buffers, so use one per thread). A build without a model finds no names.
    /// </summary>
    public static IEntityRecognizer Default() => Tagging.EntityTagger.LoadDefault() ?? (IEntityRecognizer)NoEntityRecognizer.Instance;
}

/// <summary>A recognizer that finds no names: for a build without a model, and for tests that need none.</summary>
public sealed class NoEntityRecognizer : IEntityRecognizer
{
    public static NoEntityRecognizer Instance { get; } = new();

    private NoEntityRecognizer()
    {
    }

    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences) => [];
}
