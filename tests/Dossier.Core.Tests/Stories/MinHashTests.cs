using Dossier.Core.Stories;

namespace Dossier.Core.Tests.Stories;

public sealed class MinHashTests
{
    private static HashSet<ulong> ShinglesOf(string text)
    {
        var shingles = new WordShingles();
        shingles.Feed(text);
        return [.. shingles.Set];
    }

    [Fact]
    public void The_vectorised_signature_is_the_scalar_one()
    {
        var shingles = ShinglesOf(WireTexts.Report);
        var scalar = new uint[MinHash.Hashes];
        var vectorised = new uint[MinHash.Hashes];
        MinHash.SignScalar(shingles, scalar);
        MinHash.SignVectorised(shingles, vectorised);
        Assert.Equal(scalar, vectorised);
    }

    [Fact]
    public void Signatures_estimate_the_jaccard_similarity()
    {
        var a = ShinglesOf(WireTexts.Report);
        foreach (var text in new[] { WireTexts.Trimmed, WireTexts.Edited, WireTexts.Update, WireTexts.OtherReport })
        {
            var b = ShinglesOf(text);
            var exact = (double)a.Count(b.Contains) / a.Union(b).Count();
            var (sa, sb) = (new uint[MinHash.Hashes], new uint[MinHash.Hashes]);
            MinHash.Sign(a, sa);
            MinHash.Sign(b, sb);
            // Three standard errors of a 120-hash estimate at most.
            Assert.InRange((double)MinHash.Agreements(sa, sb) / MinHash.Hashes, exact - 0.14, exact + 0.14);
        }
    }

    [Fact]
    public void Punctuation_case_and_quote_marks_do_not_change_the_shingles()
    {
        Assert.Equal(ShinglesOf("Trump's plan -- the \"big\" one, he said."), ShinglesOf("TRUMP’S PLAN — the “big” one he said"));
        Assert.Empty(ShinglesOf("two words"));
        Assert.Single(ShinglesOf("three words here"));
    }
}
