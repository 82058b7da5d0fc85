using System.Text;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Gazetteers;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Core.Tests.Analysis.Entities;

public class GazetteerTests
{
    private static readonly Gazetteer Sample = Gazetteer.Create(new Dictionary<string, IEnumerable<string>>
    {
        ["cities"] = ["New York", "New York City", "York", "Port Louis"],
        ["regions"] = ["New York", "Texas"],
        ["countries"] = ["Japan", "Syria", "China", "US", "U.S.", "United States"],
        ["companies"] = ["Moody's", "U.S. Bancorp", "Coca-Cola"],
    });

    /// <summary>Each token of the text with the lists that begin (B) or continue (I) there: "New:cities=B,regions=B".</summary>
    private static string[] Marks(Gazetteer gazetteer, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var hits = new GazetteerHits[tokens.Count];
        gazetteer.Match(text, tokens.ToArray(), hits);
        return tokens.Select((t, i) => Mark(gazetteer, text.Substring(t.Start, t.Length), hits[i])).ToArray();
    }

    private static string Mark(Gazetteer gazetteer, string token, GazetteerHits hits)
    {
        var lists = Enumerable.Range(0, gazetteer.Lists.Count)
            .Where(hits.Covers)
            .Select(k => $"{gazetteer.Lists[k]}={(hits.Begins(k) ? "B" : "")}{(hits.Inside(k) ? "I" : "")}");
        var joined = string.Join(",", lists);
        return joined.Length == 0 ? token : $"{token}:{joined}";
    }

    [Fact]
    public void TheLongestMatchWinsAndItsTokensStartNoOtherMatchOfTheList()
    {
        Assert.Equal(
            ["He", "flew", "to", "New:cities=B,regions=B", "York:cities=I,regions=I", "City:cities=I", "."],
            Marks(Sample, "He flew to New York City."));
        // Without "City" the longest city is "New York"; "York" alone is a city only where no longer match covers it.
        Assert.Equal(["New:cities=B,regions=B", "York:cities=I,regions=I", "and", "York:cities=B"], Marks(Sample, "New York and York"));
    }

    [Fact]
    public void AdjacentMatchesEachBegin()
    {
        Assert.Equal(["Japan:countries=B", "China:countries=B", "Syria:countries=B"], Marks(Sample, "Japan China Syria"));
    }

    [Fact]
    public void MatchesTheTokensOurTokenizerMakes()
    {
        Assert.Equal(
            ["Moody:companies=B", "'s:companies=I", "rated", "U.S.:companies=B,countries=B", "Bancorp:companies=I", "and",
             "Coca-Cola:companies=B", "in", "the", "United:countries=B", "States:countries=I", "."],
            Marks(Sample, "Moody's rated U.S. Bancorp and Coca-Cola in the United States."));
    }

    [Fact]
    public void MatchingIsExactCaseButAllCapsTokensAlsoTryTheTitleCase()
    {
        Assert.Equal(["JAPAN:countries=B", "BEAT", "SYRIA:countries=B"], Marks(Sample, "JAPAN BEAT SYRIA"));
        Assert.Equal(["NEW:cities=B,regions=B", "YORK:cities=I,regions=I", "WIN"], Marks(Sample, "NEW YORK WIN"));
        Assert.Equal(["PORT:cities=B", "LOUIS:cities=I"], Marks(Sample, "PORT LOUIS"));
        Assert.Equal(["MOODY:companies=B", "'S:companies=I", "AND", "COCA-COLA:companies=B"], Marks(Sample, "MOODY 'S AND COCA-COLA"));
        // Lower case never matches, and an acronym is not the same word as a title-case one.
        Assert.Equal(["china", "japan", "Us", "US:countries=B"], Marks(Sample, "china japan Us US"));
        // A mixed-case token is not tried in other forms.
        Assert.Equal(["JaPan", "NEW", "york"], Marks(Sample, "JaPan NEW york"));
    }

    [Fact]
    public void OnlyTheGivenTokensMatchSoSentenceEndsHold()
    {
        var gazetteer = Gazetteer.Create(new Dictionary<string, IEnumerable<string>> { ["cities"] = ["New York"] });
        // A headline line without a full stop, then the story: the sentence splitter puts them apart.
        const string text = "Storm hits New\nYork braces for more";
        var tokens = Tokenizer.Tokenize(text).ToArray();
        var hits = new GazetteerHits[tokens.Length];
        gazetteer.Match(text, tokens, hits);
        Assert.True(hits[2].Begins(0) && hits[3].Inside(0)); // given as one run, the tokens match

        gazetteer.Match(text, tokens.AsSpan(0, 3), hits);
        Assert.All(hits.Take(3), h => Assert.True(h.IsEmpty));
        gazetteer.Match(text, tokens.AsSpan(3), hits);
        Assert.All(hits.Take(tokens.Length - 3), h => Assert.True(h.IsEmpty));

    }

    [Fact]
    public void EmptyInputAndStaleSlots()
    {
        Sample.Match("", ReadOnlySpan<TextSpan>.Empty, Span<GazetteerHits>.Empty);
        Sample.Match("   ", Tokenizer.Tokenize("   ").ToArray(), Span<GazetteerHits>.Empty);

        var hits = new[] { new GazetteerHits(uint.MaxValue), new GazetteerHits(uint.MaxValue) };
        Sample.Match("plain", Tokenizer.Tokenize("plain").ToArray(), hits);
        Assert.True(hits[0].IsEmpty); // cleared
        Assert.Equal(uint.MaxValue, hits[1].Bits); // beyond the tokens, left alone

        Assert.Throws<ArgumentException>(() => Sample.Match("Japan China", Tokenizer.Tokenize("Japan China").ToArray(), new GazetteerHits[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.Match("Japan", [new TextSpan(2, 10)], new GazetteerHits[1]));
    }

    [Fact]
    public void LongSentencesMatchToo()
    {
        // Past a few hundred tokens the ids go to a rented buffer instead of the stack.
        var text = string.Concat(Enumerable.Repeat("word ", 1000)) + "in NEW YORK CITY";
        var marks = Marks(Sample, text);
        Assert.Equal(1004, marks.Length);
        Assert.Equal(["NEW:cities=B,regions=B", "YORK:cities=I,regions=I", "CITY:cities=I"], marks[^3..]);
    }

    [Fact]
    public void ListsAreOrderedByNameAndBitsFollowThatOrder()
    {
        Assert.Equal(["cities", "companies", "countries", "regions"], Sample.Lists);
        Assert.Equal(2, Sample.IndexOf("countries"));
        Assert.Equal(-1, Sample.IndexOf("planets"));
        Assert.Equal(3, Sample.Count(Sample.IndexOf("companies")));

        var hits = new GazetteerHits[1];
        Sample.Match("Japan", Tokenizer.Tokenize("Japan").ToArray(), hits);
        Assert.Equal(1u << (2 * 2), hits[0].Bits);
    }

    [Fact]
    public void WriteThenReadGivesTheSameListsAndTheSameBytes()
    {
        var first = Bytes(Sample);
        var read = Gazetteer.Read(new MemoryStream(first));
        Assert.Equal(first, Bytes(read));
        Assert.Equal(Sample.Lists, read.Lists);
        for (int k = 0; k < Sample.Lists.Count; k++) Assert.Equal(Sample.Phrases(k), read.Phrases(k));
        const string text = "NEW YORK , Moody's and U.S. Bancorp in Port Louis";
        Assert.Equal(Marks(Sample, text), Marks(read, text));

        var text2 = Encoding.UTF8.GetString(first);
        Assert.StartsWith("#", text2);
        Assert.Contains("\ncities\tNew York\n\tNew York City\n", text2);
    }

    [Fact]
    public void TheSameListsInAnyOrderWriteTheSameBytes()
    {
        var shuffled = Gazetteer.Create(new Dictionary<string, IEnumerable<string>>
        {
            ["regions"] = ["Texas", " New York ", "Texas"],
            ["companies"] = ["Coca-Cola", "U.S. Bancorp", "Moody's"],
            ["countries"] = ["United States", "U.S.", "US", "China", "Syria", "Japan"],
            ["cities"] = ["Port Louis", "York", "New York City", "New York", ""],
        });
        Assert.Equal(Bytes(Sample), Bytes(shuffled));
    }

    [Fact]
    public void ReadsCommentsLineEndsAndRepeatedListNames()
    {
        const string file = "# a comment\r\ncities\tYork\r\n\tNew York\r\n\r\nregions\tTexas\ncities\tPort Louis\n";
        var gazetteer = Gazetteer.Read(new MemoryStream(Encoding.UTF8.GetBytes(file)));
        Assert.Equal(["New York", "Port Louis", "York"], gazetteer.Phrases(gazetteer.IndexOf("cities")));
        Assert.Equal(["Texas"], gazetteer.Phrases(gazetteer.IndexOf("regions")));
    }

    [Theory]
    [InlineData("cities York\n", "no tab")]
    [InlineData("\tYork\n", "no list has been named")]
    [InlineData("bad name\tYork\n", "not a list name")]
    [InlineData("cities\ta b c d e f g h i j k l m n o p q\n", "more than 16")]
    public void RefusesMalformedFiles(string file, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Read(new MemoryStream(Encoding.UTF8.GetBytes(file))));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void RefusesMoreListsThanHitsCanHold()
    {
        var lists = Enumerable.Range(0, 17).ToDictionary(k => $"list{k}", k => (IEnumerable<string>)[$"Name{k}"]);
        Assert.Throws<ArgumentException>(() => Gazetteer.Create(lists));
        var file = string.Concat(lists.Select(l => $"{l.Key}\t{l.Value.First()}\n"));
        Assert.Throws<InvalidDataException>(() => Gazetteer.Read(new MemoryStream(Encoding.UTF8.GetBytes(file))));
        Assert.Throws<ArgumentException>(() => Gazetteer.Create(new Dictionary<string, IEnumerable<string>> { ["cities"] = ["New\tYork"] }));
    }

    [Fact]
    public void NeverThrowsAndMarksOnlyWholeMatchesOnArbitraryText()
    {
        var words = Gen.Elements("New", "York", "NEW", "YORK", "City", "CITY", "Port", "Louis", "U.S.", "Bancorp", "BANCORP",
            "Moody's", "MOODY'S", "Coca-Cola", "COCA-COLA", "United", "States", "STATES", "US", "us", ".", ",", "\n", "Japan", "JAPAN",
            "É", "\u0301", "'S", "x");
        var sentences = Gen.ListOf(words).Select(w => string.Join(" ", w));
        var texts = Gen.OneOf(sentences, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(texts), text =>
        {
            var tokens = Tokenizer.Tokenize(text).ToArray();
            var hits = new GazetteerHits[tokens.Length];
            Sample.Match(text, tokens, hits);
            Assert.Equal(tokens.Length, hits.Length);
            for (int i = 0; i < hits.Length; i++)
            {
                for (int list = 0; list < Sample.Lists.Count; list++)
                {
                    // A token inside a match follows a token of the same match.
                    if (hits[i].Inside(list)) Assert.True(i > 0 && hits[i - 1].Covers(list));
                    // Begin and inside of one list never meet on a token (matches of a list do not overlap).
                    Assert.False(hits[i].Begins(list) && hits[i].Inside(list));
                }
                Assert.Equal(0u, hits[i].Bits >> (2 * Sample.Lists.Count));
            }
        }));
    }

    private static byte[] Bytes(Gazetteer gazetteer)
    {
        using var stream = new MemoryStream();
        gazetteer.Write(stream);
        return stream.ToArray();
    }
}

public class EmbeddedGazetteerTests
{
    [ModelFact(Gazetteer.ModelName)]
    public void TheCommittedFileLoadsAndKnowsWellKnownNames()
    {
        using var stream = ModelResources.Open(Gazetteer.ModelName);
        Assert.NotNull(stream);
        var gazetteer = Gazetteer.Read(stream);
        Assert.Equal(GazetteerLists.All, gazetteer.Lists);

        Assert.Contains(GazetteerLists.Cities, ListsCovering(gazetteer, "New York"));
        Assert.Contains(GazetteerLists.Regions, ListsCovering(gazetteer, "New York"));
        Assert.Contains(GazetteerLists.Countries, ListsCovering(gazetteer, "China"));
        Assert.Contains(GazetteerLists.Countries, ListsCovering(gazetteer, "U.S."));
        Assert.Contains(GazetteerLists.Countries, ListsCovering(gazetteer, "Britain"));
        Assert.Equal([GazetteerLists.Demonyms], ListsCovering(gazetteer, "Chinese"));
        Assert.Contains(GazetteerLists.Companies, ListsCovering(gazetteer, "Apple"));
        Assert.Contains(GazetteerLists.FirstNames, ListsCovering(gazetteer, "Peter"));
        Assert.Contains(GazetteerLists.Capitals, ListsCovering(gazetteer, "Beijing"));
        // Common words are not places, however many villages bear their names.
        Assert.Empty(ListsCovering(gazetteer, "Deal"));
        Assert.DoesNotContain(GazetteerLists.Cities, ListsCovering(gazetteer, "August"));
    }

    /// <summary>The lists with one match that spans the whole phrase.</summary>
    private static List<string> ListsCovering(Gazetteer gazetteer, string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase).ToArray();
        var hits = new GazetteerHits[tokens.Length];
        gazetteer.Match(phrase, tokens, hits);
        return Enumerable.Range(0, gazetteer.Lists.Count)
            .Where(k => hits[0].Begins(k) && hits.Skip(1).All(h => h.Inside(k)))
            .Select(k => gazetteer.Lists[k])
            .ToList();
    }
}
