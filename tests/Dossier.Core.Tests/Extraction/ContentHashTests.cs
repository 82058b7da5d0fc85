using System.Text.RegularExpressions;
using Dossier.Core.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Extraction;

public sealed partial class ContentHashTests
{
    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex SixteenLowerHex();

    [Theory]
    [InlineData("The port reopened.\nTrade resumed.")]
    [InlineData("The port reopened.\r\nTrade resumed.\r\n")]
    [InlineData("  The   port\treopened.\n\n\nTrade\u00A0resumed.  ")]
    [InlineData("\nThe\nport\nreopened.\nTrade\nresumed.")]
    public void The_same_words_with_other_white_space_or_line_ends_have_the_same_id(string text)
    {
        Assert.Equal(ContentHash.IdOf("The port reopened. Trade resumed."), ContentHash.IdOf(text));
        Assert.Equal(ContentHash.Of("The port reopened. Trade resumed."), ContentHash.Of(text));
    }

    [Theory]
    [InlineData("The port reopened. Trade stopped.")]
    [InlineData("The port reopened. trade resumed.")]
    [InlineData("The port reopened! Trade resumed.")]
    [InlineData("The portreopened. Trade resumed.")]
    [InlineData("The port reopened. Trade resumed")]
    public void A_changed_word_case_or_punctuation_gives_another_id(string text)
    {
        Assert.NotEqual(ContentHash.IdOf("The port reopened. Trade resumed."), ContentHash.IdOf(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("The port reopened. Trade resumed.")]
    [InlineData("漢字 and émigrés")]
    public void The_id_is_sixteen_lower_case_hex_digits_from_the_start_of_the_hash(string text)
    {
        var id = ContentHash.IdOf(text);

        Assert.Matches(SixteenLowerHex(), id);
        Assert.Matches("^[0-9a-f]{64}$", ContentHash.Of(text));
        Assert.StartsWith(id, ContentHash.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_normalised_utf8_text()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Of(" \r\n\t "));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of("\nabc\n"));
    }

    [Fact]
    public void An_article_id_is_the_content_hash_id_of_its_text()
    {
        var crlf = TestArticles.FromText("\uFEFFFerry deal approved\r\n\r\nThe council voted on Thursday.\r\n", "a.txt");
        var lf = TestArticles.FromText("Ferry deal approved\n\nThe council voted on Thursday.", "b.txt");

        Assert.Equal(ContentHash.IdOf(lf.Text), lf.Id);
        Assert.Equal(lf.Id, crlf.Id);
    }

    [Fact]
    public void Any_white_space_between_the_same_words_gives_the_same_id()
    {
        var words = Gen.Elements("port", "Port", "reopened.", "«ok»", "漢字", "4.1", "-");
        var spaces = Gen.Elements(" ", "  ", "\n", "\r\n", "\t", "\n\n", "\u00A0", "\u2003");
        var inputs = from ws in Gen.NonEmptyListOf(words)
                     from seps in Gen.ListOf(spaces, ws.Count + 1)
                     select (Words: ws, Separators: seps);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(inputs), input =>
        {
            var (ws, seps) = input;
            var spaced = seps[0] + string.Concat(ws.Select((w, i) => w + seps[i + 1]));
            Assert.Equal(ContentHash.IdOf(string.Join(' ', ws)), ContentHash.IdOf(spaced));
        }));
    }
}
