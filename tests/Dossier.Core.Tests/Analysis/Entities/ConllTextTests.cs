using Dossier.Core.Analysis.Entities.Clusters;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class ConllTextTests
{
    [Fact]
    public void ReadsTheFirstColumnAsDocumentsOfSentenceLines()
    {
        const string text = """
            -DOCSTART- -X- O O

            Acme NNP I-NP I-ORG
            hired VBD I-VP O
            Jane NNP I-NP I-PER
            . . O O

            LONDON NNP I-NP I-LOC

            -DOCSTART- -X- O O

            Rain NN I-NP O
            fell VBD I-VP O
            """;
        var documents = ConllText.ReadDocuments(new StringReader(text)).ToList();
        Assert.Equal(["Acme hired Jane .\nLONDON", "Rain fell"], documents);
    }

    [Fact]
    public void TextWithoutDocumentMarksIsOneDocument()
    {
        var documents = ConllText.ReadDocuments(new StringReader("a X\nb X\n\nc X\n")).ToList();
        Assert.Equal(["a b\nc"], documents);
    }
}
