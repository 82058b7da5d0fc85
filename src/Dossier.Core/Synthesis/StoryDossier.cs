using Dossier.Core.Model;

namespace Dossier.Core.Synthesis;

/// <summary>The dossier of one story: what the outputs render. Sentences are spans into their articles, not copies.</summary>
public sealed record StoryDossier(
    string Id,
    string Headline,
    IReadOnlyList<string> Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SummarySentence> Summary);

/// <summary>A summary sentence: a sentence of <see cref="Source"/>, cited to every article that states the same.</summary>
public sealed record SummarySentence(Article Source, TextSpan Span, IReadOnlyList<string> Citations)
{
    public string Text => Source.TextOf(Span);
}

/// <summary>Everything one run produces: the dossiers and every diagnostic met on the way.</summary>
public sealed record DossierReport(IReadOnlyList<StoryDossier> Stories, IReadOnlyList<Diagnostic> Diagnostics);
