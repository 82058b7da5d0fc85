using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>Computes each token's <see cref="TokenInfo"/>: hashes, shape, capitalisation, clusters, gazetteer hits, usual case.</summary>
internal sealed class TokenAnnotator
{
    public void Annotate(string text, ReadOnlySpan<TextSpan> tokens, Span<TokenInfo> infos)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Of(text);
            ref var info = ref infos[i];
            info = default;
            info.Word = FeatureHash.Of(word);
            info.Lower = FeatureHash.OfLower(word);
            info.Shape = TokenInfo.ShapeHash(word);
            info.Capitalisation = TokenInfo.Classify(word);
        }
    }

    /// <summary>
    /// Replaces the word's hash with the form the document uses mid-sentence: "JAPAN" in a headline is "Japan" when the
    /// text writes "Japan", "The" opening a sentence is "the".
    /// </summary>
    public static void UseUsualForm(string text, TextSpan span, ref TokenInfo info, DocumentMemory memory)
    {
        if (info.Capitalisation is not (Capitalisation.Initial or Capitalisation.AllCaps)) return;
        if (memory.SeenCapitalised(info.Lower)) info.Word = TitleCaseHash(span.Of(text));
        else if (memory.SeenLower(info.Lower)) info.Word = info.Lower;
    }

    private static ulong TitleCaseHash(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return FeatureHash.Of(buffer);
    }

    /// <summary>An all-caps line ("JAPAN BEAT SYRIA"): capitalisation says nothing there.</summary>
    public static bool IsHeadline(ReadOnlySpan<TokenInfo> infos)
    {
        int letters = 0;
        foreach (var info in infos)
        {
            if (info.Capitalisation is Capitalisation.Lower or Capitalisation.Initial or Capitalisation.Mixed) return false;
            if (info.Capitalisation is Capitalisation.AllCaps) letters++;
        }
        return letters >= 2;
    }
}
