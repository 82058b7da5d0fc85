using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Tokens;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("Trump's talks", "Trump|'s|talks")]
    [InlineData("the U.S. and China.", "the|U.S.|and|China|.")]
    [InlineData("Mr. Xi met Gen. Smith", "Mr.|Xi|met|Gen.|Smith")]
    [InlineData("from 145% to 30%", "from|145|%|to|30|%")]
    [InlineData("$582 billion, 1,000.5 units at 10:30", "$|582|billion|,|1,000.5|units|at|10:30")]
    [InlineData("U.S.-based Coca-Cola", "U.S.-based|Coca-Cola")]
    [InlineData("O'Brien don't", "O'Brien|do|n't")]
    [InlineData("n't", "n't")]
    [InlineData("“Honor,” he said...", "“|Honor|,|”|he|said|...")]
    [InlineData("AT&T's chief", "AT&T|'s|chief")]
    [InlineData("the Smiths' car", "the|Smiths|'|car")]
    [InlineData("Trump’s post", "Trump|’s|post")]
    [InlineData("on June 9, 2025.", "on|June|9|,|2025|.")]
    public void SplitsLikeTheNewsData(string text, string expected) => Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void TokenizesOnlyTheRange()
    {
        const string text = "One two. Three four.";
        var tokens = new List<TextSpan>();
        Tokenizer.Tokenize(text, new TextSpan(9, 11), tokens);
        Assert.Equal(["Three", "four", "."], tokens.Select(t => text.Substring(t.Start, t.Length)));
    }

    [Fact]
    public void SpansAreInBoundsInOrderAndNonEmptyOnArbitraryText()
    {
        var chars = Gen.Elements("aZ9 .,'’-&:/$%\n\t\u00e9\u0301\ud83d\ude00n't.U.S.".ToCharArray());
        var texts = Gen.ArrayOf(chars).Select(a => new string(a));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Arb.From(Gen.OneOf(texts, ArbMap.Default.GeneratorFor<string>())), text =>
        {
            text ??= "";
            int previousEnd = 0;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.True(token.Length > 0 && token.Start >= previousEnd && token.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[token.Start]));
                previousEnd = token.End;
            }
        }));
    }
}
