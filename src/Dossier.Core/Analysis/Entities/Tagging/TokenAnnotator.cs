using Dossier.Core.Analysis.Learning;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Entities.Gazetteers;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>Computes each token's <see cref="TokenInfo"/>: hashes, shape, capitalisation, clusters, gazetteer hits, usual case.</summary>
internal sealed class TokenAnnotator(WordClusters? clusters, CasingLexicon? casing, Gazetteer? gazetteer)
{
    private GazetteerHits[] _hits = [];

    // Cluster path prefixes used as features, coarse to fine, as is usual for Brown clusters.
    private const int Level0 = 4, Level1 = 6, Level2 = 10, Level3 = 20;

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
            SetClusters(word, ref info);
            if (casing is not null) info.UsualCase = (byte)casing.UsualCase(word);
        }
        if (gazetteer is null) return;
        if (_hits.Length < tokens.Length) _hits = new GazetteerHits[Math.Max(tokens.Length, 2 * _hits.Length)];
        gazetteer.Match(text, tokens, _hits);
        for (int i = 0; i < tokens.Length; i++) infos[i].Gazetteer = _hits[i].Bits;
    }

    private void SetClusters(ReadOnlySpan<char> word, ref TokenInfo info)
    {
        if (clusters is null || !clusters.TryGet(word, out var path)) return;
        // Offset by one so that 0 means "no cluster".
        info.Cluster0 = (ulong)path.PrefixId(Level0) + 1;
        info.Cluster1 = (ulong)path.PrefixId(Level1) + 1;
        info.Cluster2 = (ulong)path.PrefixId(Level2) + 1;
        info.Cluster3 = (ulong)path.PrefixId(Level3) + 1;
    }

    /// <summary>
    /// Reads a word whose capital letters say nothing (an all-caps headline word, a sentence's first word) in the form
    /// it usually takes: "JAPAN" is "Japan" when the document or the news corpus writes "Japan", "The" is "the". The
    /// word's hash and clusters become those of that form.
    /// </summary>
    public void UseUsualForm(string text, TextSpan span, ref TokenInfo info, DocumentMemory memory)
    {
        if (info.Capitalisation is not (Capitalisation.Initial or Capitalisation.AllCaps)) return;
        var word = span.Of(text);
        var usual = (CasingClass)info.UsualCase;
        bool title;
        if (memory.SeenCapitalised(info.Lower)) title = true;
        else if (memory.SeenLower(info.Lower)) title = false;
        else if (usual == CasingClass.Capitalized) title = true;
        else if (usual == CasingClass.Lower) title = false;
        else return;

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        if (title) buffer[0] = char.ToUpperInvariant(buffer[0]);
        info.Word = FeatureHash.Of(buffer);
        if (info.Capitalisation == Capitalisation.AllCaps || !title)
        {
            var before = info;
            info.Cluster0 = info.Cluster1 = info.Cluster2 = info.Cluster3 = 0;
            SetClusters(buffer, ref info);
            if (info.Cluster0 == 0) (info.Cluster0, info.Cluster1, info.Cluster2, info.Cluster3) = (before.Cluster0, before.Cluster1, before.Cluster2, before.Cluster3);
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
