using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities;

/// <summary>The one place that decides which recognizer Dossier runs, so the CLI and tests construct it the same way.</summary>
public static class EntityRecognizers
{
    /// <summary>
    /// The recognizer `dossier annotate` uses. The trained tagger is not wired in yet, so for now this one finds
    /// nothing; callers get the same behaviour as before entities existed.
    /// </summary>
    public static IEntityRecognizer Default() => NoEntityRecognizer.Instance;
}

/// <summary>A recognizer that finds no names: the stand-in until a trained model is available.</summary>
public sealed class NoEntityRecognizer : IEntityRecognizer
{
    public static NoEntityRecognizer Instance { get; } = new();

    private NoEntityRecognizer()
    {
    }

    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences) => [];
}
