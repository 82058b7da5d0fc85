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
