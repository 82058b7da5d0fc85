using Dossier.Core.Analysis.Entities;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>
/// A stand-in for the trained tagger in tests: marks every whole-word occurrence of the given strings, inside the
/// sentences it is given, with the given type. Longer strings win where two overlap, so "Donald Trump" is one mention
/// and not "Trump" inside it. Linked into Dossier.Cli.Tests too.
/// </summary>
internal sealed class FakeRecognizer(params (string Text, EntityType Type)[] names) : IEntityRecognizer
{
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences)
    {
        var found = new List<EntityMention>();
        foreach (var sentence in sentences)
        {
            var taken = new bool[sentence.Length];
            foreach (var (name, type) in names.OrderByDescending(n => n.Text.Length))
            {
                for (var at = text.IndexOf(name, sentence.Start, sentence.Length, StringComparison.Ordinal);
                     at >= 0 && at + name.Length <= sentence.End;
                     at = at + 1 < sentence.End ? text.IndexOf(name, at + 1, sentence.End - at - 1, StringComparison.Ordinal) : -1)
                {
                    var end = at + name.Length;
                    if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
                    if (Enumerable.Range(at - sentence.Start, name.Length).Any(i => taken[i])) continue;
                    for (var i = at - sentence.Start; i < end - sentence.Start; i++) taken[i] = true;
                    found.Add(new EntityMention(new TextSpan(at, name.Length), type));
                }
            }
        }
        return found.OrderBy(m => m.Span.Start).ToList();
    }
}
