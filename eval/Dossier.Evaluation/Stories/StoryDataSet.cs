using System.Globalization;
using System.Text.Json;
using Dossier.Core.Ingest;
using Dossier.Core.Model;

namespace Dossier.Evaluation.Stories;

/// <summary>
/// One document of a story data set: its name (the key of the predictions), its gold story and topic, and how to read
/// it. Reading is deferred so a large set is never held in memory as articles.
/// </summary>
public sealed record StoryCase(string Name, string GoldStory, string? GoldTopic, Func<IngestItem> Read);

/// <summary>
/// A labelled story data set in stream order. Two layouts are read: ECB+ (<c>docs/*.txt</c>, one sentence a line, and
/// <c>gold.json</c> mapping each file to its event and topic), streamed in an order shuffled by a seed because ECB+
/// has no dates; and the UCI News Aggregator CSV (headlines with outlet, timestamp, story and category), streamed in
/// timestamp order.
/// </summary>
public sealed record StoryDataSet(string Layout, IReadOnlyList<StoryCase> Cases, string TopicGold)
{
    /// <summary>Records left out: an incomplete last record of a CSV cut short.</summary>
    public int SkippedRecords { get; init; }

    public const int DefaultSeed = 7;

    /// <summary>More rows than the whole UCI data set has (422,937): a guard against reading an unrelated huge file.</summary>
    public const int MaxRows = 1_000_000;

    public static StoryDataSet Load(string path, int seed = DefaultSeed)
    {
        if (File.Exists(path) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return LoadUci(path);
        if (!Directory.Exists(path)) throw new EvaluationDataException($"no such folder: {path}");
        if (File.Exists(Path.Combine(path, "gold.json"))) return LoadEcbPlus(path, seed);
        var csv = Directory.GetFiles(path, "uci-news-aggregator*.csv").Order(StringComparer.Ordinal).FirstOrDefault();
        if (csv is not null) return LoadUci(csv);
        throw new EvaluationDataException($"'{path}' holds neither gold.json with docs/ (ECB+) nor a uci-news-aggregator*.csv file");
    }

    public static StoryDataSet LoadEcbPlus(string folder, int seed)
    {
        var goldPath = Path.Combine(folder, "gold.json");
        var cases = new List<StoryCase>();
        try
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            if (gold.RootElement.ValueKind != JsonValueKind.Object) throw new EvaluationDataException($"{goldPath}: expected an object of file names");
            foreach (var entry in gold.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object
                    || !entry.Value.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.String
                    || !entry.Value.TryGetProperty("topic", out var topic) || topic.ValueKind != JsonValueKind.String)
                    throw new EvaluationDataException($"{goldPath}: '{entry.Name}' needs string fields \"event\" and \"topic\"");
                if (entry.Name.Contains('/') || entry.Name.Contains('\\') || entry.Name.StartsWith('.'))
                    throw new EvaluationDataException($"{goldPath}: '{entry.Name}' is not a plain file name");
                var file = Path.Combine(folder, "docs", entry.Name);
                if (!File.Exists(file)) throw new EvaluationDataException($"{goldPath} names '{entry.Name}', which is not in {Path.Combine(folder, "docs")}");
                cases.Add(new StoryCase(entry.Name, ev.GetString()!, topic.GetString()!, () => ReadText(file)));
            }
        }
        catch (JsonException ex)
        {
            throw new EvaluationDataException($"{goldPath}: not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvaluationDataException($"cannot read '{goldPath}': {ex.Message}");
        }
        if (cases.Count == 0) throw new EvaluationDataException($"{goldPath} lists no document");
        // A fixed starting order (the file names), then the seed's shuffle: the same stream on every run and machine.
        cases.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        new StableRandom((ulong)seed).Shuffle(cases);
        return new StoryDataSet("ECB+", cases, "gold topics");
    }

    /// <summary>The file as `dossier brief` reads a .txt file: decoded, its first (and only) document.</summary>
    private static IngestItem ReadText(string file) =>
        new FileSource(new IngestOptions()).ReadFile(file).FirstOrDefault();

    /// <summary>Columns by name from the header: ID, TITLE, PUBLISHER, CATEGORY, STORY, TIMESTAMP (milliseconds since 1970).</summary>
    public static StoryDataSet LoadUci(string file)
    {
        var rows = new List<(long Timestamp, long Id, StoryCase Case)>();
        var skipped = 0;
        try
        {
            using var reader = new StreamReader(file);
            using var records = CsvRows.Read(reader).GetEnumerator();
            if (!records.MoveNext()) throw new EvaluationDataException($"{file} is empty");
            var header = records.Current;
            int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i
                : throw new EvaluationDataException($"{file}: the header has no {name} column");
            int id = Column("ID"), title = Column("TITLE"), publisher = Column("PUBLISHER"), category = Column("CATEGORY"),
                story = Column("STORY"), timestamp = Column("TIMESTAMP");
            var width = new[] { id, title, publisher, category, story, timestamp }.Max() + 1;
            var line = 1;
            while (records.MoveNext())
            {
                line++;
                var row = records.Current;
                if (row.Length == 1 && row[0].Length == 0) continue;
                // Excerpts of the full file are cut at a byte count, so their last record may be incomplete: that one is
                // skipped (and reported); a bad record before the end is an error.
                if (skipped > 0) throw new EvaluationDataException($"{file}: record {line - 1} is not ID,...,TIMESTAMP with numbers where they belong");
                if (row.Length < width
                    || !long.TryParse(row[id], NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
                    || !long.TryParse(row[timestamp], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                    || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
                {
                    skipped = 1;
                    continue;
                }
                if (rows.Count >= MaxRows) throw new EvaluationDataException($"{file} has more than {MaxRows:N0} records");
                var headline = row[title];
                // A headline-only feed item: the headline is both its title and its text. The block classifier reads so
                // short a text as boilerplate, so the title is what carries its words to the story stream.
                var metadata = new ArticleMetadata
                {
                    Title = headline,
                    Outlet = row[publisher].Length > 0 ? row[publisher] : null,
                    Published = DateTimeOffset.FromUnixTimeMilliseconds(ms),
                };
                var origin = $"{Path.GetFileName(file)}#{rowId}";
                var document = new SourceDocument(origin, SourceFormat.PlainText, headline, metadata, []);
                rows.Add((ms, rowId, new StoryCase(rowId.ToString(CultureInfo.InvariantCulture), row[story], row[category], () => IngestItem.Of(document))));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new EvaluationDataException($"cannot read '{file}': {ex.Message}");
        }
        if (rows.Count == 0) throw new EvaluationDataException($"{file} holds no record");
        var ordered = rows.OrderBy(r => r.Timestamp).ThenBy(r => r.Id).Select(r => r.Case).ToList();
        if (ordered.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != ordered.Count)
            throw new EvaluationDataException($"{file}: the same ID appears twice");
        return new StoryDataSet("UCI", ordered, "CATEGORY (b, t, e, m)") { SkippedRecords = skipped };
    }
}
