using System.Globalization;
using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Analysis.Quotes.Tagging;

/// <summary>
/// How often each word opens an attribution cue in the training data ("said" nearly always, "according" mostly,
/// "showed" sometimes). Words that do so often enough are cue candidates: the tagger's features describe every token by
/// where it stands relative to the candidates around it, which is how a linear tagger sees "…, X said" and "X said that …".
/// </summary>
internal sealed class CueLexicon
{
    public const string FileName = "cues.tsv";

    // A word is a candidate when it opens a cue at least this often and this many times; rarer cue words are left to the
    // word features, so the candidates stay words a reader would call cues.
    private const double MinRate = 0.05;
    private const int MinCount = 3;

    private readonly Dictionary<ulong, float> _rates;

    private CueLexicon(Dictionary<ulong, float> rates) => _rates = rates;

    /// <summary>How often the (lower-cased) word opens a cue, 0 for words never seen opening one.</summary>
    public float RateOf(ulong lowerHash) => _rates.GetValueOrDefault(lowerHash);

    public bool IsCandidate(ulong lowerHash) => _rates.ContainsKey(lowerHash);

    /// <summary>Counts, over tokenized training text, how often each word opens a cue, keeping the candidates.</summary>
    public static IReadOnlyList<(string Word, int Cues, int Seen)> Count(IEnumerable<(string Word, bool OpensCue)> tokens)
    {
        var counts = new Dictionary<string, (int Cues, int Seen)>(StringComparer.Ordinal);
        foreach (var (word, opens) in tokens)
        {
            var lower = word.ToLowerInvariant();
            var (cues, seen) = counts.GetValueOrDefault(lower);
            counts[lower] = (cues + (opens ? 1 : 0), seen + 1);
        }
        return counts
            .Where(e => e.Value.Cues >= MinCount && (double)e.Value.Cues / e.Value.Seen >= MinRate)
            .Select(e => (e.Key, e.Value.Cues, e.Value.Seen))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }

    public static void Write(IReadOnlyList<(string Word, int Cues, int Seen)> entries, TextWriter writer)
    {
        writer.Write("# word\ttimes it opens a cue\ttimes seen (PolNeAR train; rebuilt by `dossier train quotes`)\n");
        foreach (var (word, cues, seen) in entries) writer.Write($"{word}\t{cues}\t{seen}\n");
    }

    public static CueLexicon Read(TextReader reader)
    {
        var rates = new Dictionary<ulong, float>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out int cues)
                || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out int seen) || seen == 0)
            {
                throw new InvalidDataException($"bad cue lexicon line: {line}");
            }
            rates[FeatureHash.OfLower(fields[0])] = (float)cues / seen;
        }
        return new CueLexicon(rates);
    }

    public static CueLexicon From(IReadOnlyList<(string Word, int Cues, int Seen)> entries) =>
        new(entries.ToDictionary(e => FeatureHash.OfLower(e.Word), e => (float)e.Cues / e.Seen));
}
