using Dossier.Core.Analysis.Sentences;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Analysis.Sentences;

public sealed class SentenceStageTests
{
    [Fact]
    public void Splits_body_heading_and_caption_blocks_but_not_boilerplate()
    {
        const string heading = "Talks resume";
        const string body = "Dr. Smith arrived. The talks began at 10 a.m. on Monday.";
        const string caption = "Delegates arrive. Photo: AP";
        const string boilerplate = "Subscribe now. Only $1 a week.";
        string text = string.Join("\n\n", heading, body, caption, boilerplate);
        var article = new Article("id", "test.txt", text, new ArticleMetadata());
        article.Blocks.Add(new Block(SpanOf(text, heading), BlockRole.Heading));
        article.Blocks.Add(new Block(SpanOf(text, body), BlockRole.Body));
        article.Blocks.Add(new Block(SpanOf(text, caption), BlockRole.Caption));
        article.Blocks.Add(new Block(SpanOf(text, boilerplate), BlockRole.Boilerplate, BoilerplateKind.Paywall));
        article.Sentences.Add(new Sentence(new TextSpan(0, 1), 3)); // stale, from an earlier run

        var stage = new SentenceStage(new SentenceSplitter());
        stage.Process(article);

        Assert.Equal("sentences", stage.Name);
        Assert.Equal(
            [
                ("Talks resume", 0),
                ("Dr. Smith arrived.", 1),
                ("The talks began at 10 a.m. on Monday.", 1),
                ("Delegates arrive.", 2),
                ("Photo: AP", 2),
            ],
            article.Sentences.Select(s => (article.TextOf(s.Span), s.BlockIndex)));
        Assert.Equal(["Dr. Smith arrived.", "The talks began at 10 a.m. on Monday."], article.BodySentences.Select(s => article.TextOf(s.Span)));
    }

    private static TextSpan SpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);
}
