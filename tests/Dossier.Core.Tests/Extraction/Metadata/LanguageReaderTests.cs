using Dossier.Core.Extraction.Metadata;
using static Dossier.Core.Tests.Extraction.Metadata.MetadataPages;

namespace Dossier.Core.Tests.Extraction.Metadata;

public sealed class LanguageReaderTests
{
    [Fact]
    public void The_declared_language_agreeing_with_the_text_is_near_certain()
    {
        var language = Read(Page("", lang: "en-GB")).Language;

        Assert.Equal("en", language!.Value);
        Assert.Equal("html:lang", language.Evidence.ToString());
        Assert.True(language.Confidence > 0.9);
    }

    [Fact]
    public void A_template_language_the_text_clearly_contradicts_is_overruled()
    {
        var language = Read("""
            <html lang="en"><head><title>Hafenstreik</title></head><body><article>
            <p>Die Hafenarbeiter und die Betreiber der Terminals haben sich am Montag wieder getroffen, nachdem der Streik drei Tage gedauert hatte.</p>
            <p>Die Schiffe warteten noch am Abend vor dem Hafen, und die Reedereien sagten, dass es eine Woche dauern wird, bis die Schlange abgebaut ist.</p>
            <p>Die Ministerin sagte, sie werde nicht an den Gesprächen teilnehmen, aber sie wolle beide Seiten treffen, wenn sie darum gebeten werde.</p>
            </article></body></html>
            """).Language;

        Assert.Equal("de", language!.Value);
        Assert.Equal("detector", language.Evidence.ToString());
    }

    [Theory]
    [InlineData("""<meta http-equiv="content-language" content="fr-CA">""", "fr")]
    [InlineData("""<meta property="og:locale" content="pt_BR">""", "pt")]
    public void Meta_declarations_are_read_when_html_lang_is_missing(string head, string expected)
    {
        // The text is too short for the detector to overrule anything.
        var language = Read($"<html><head>{head}</head><body><p>OK</p></body></html>").Language;

        Assert.Equal(expected, language!.Value);
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("pt_BR", "pt")]
    [InlineData("EN", "en")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("x-default", null)]
    [InlineData("und", null)]
    [InlineData("english", null)]
    [InlineData("", null)]
    public void Primary_tags(string value, string? expected) => Assert.Equal(expected, LanguageReader.PrimaryTag(value));
}
