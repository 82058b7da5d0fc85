using System.Diagnostics;
using System.Text;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Gazetteers;
using Dossier.Core.Model;

namespace Dossier.Bench;

/// <summary>
/// `quick gazetteers [--conll FILE] [--file gazetteers.tsv] [--seconds N]`: how long the gazetteer file takes to load
/// (the first load in this process, JIT included, and the best of later ones), how fast <see cref="Gazetteer.Match"/>
/// runs over the CoNLL sentences (tokens/s, one sentence a call), and per list how its matches line up with the gold
/// entities: matches, how many are exactly a gold entity of the list's class, the share of covered tokens inside one,
/// and the share of gold entities of that class that some match of the list spans exactly. Without --file it uses
/// the embedded model.
/// </summary>
internal static class GazetteerBench
{
    private sealed record Sentence(string Text, TextSpan[] Tokens, (TextSpan Tokens, EntityType Type)[] Gold);

    public static int Run(string[] args)
    {
        string? conll = null, file = null;
        var seconds = 3.0;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--conll") conll = args[i + 1];
            if (args[i] == "--file") file = args[i + 1];
            if (args[i] == "--seconds") seconds = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        }
        conll ??= Path.Combine(Path.GetDirectoryName(Pages.Folder())!, "..", "..", "entities", "conll2003", "eng.train");
        byte[] bytes;
        if (file is not null) bytes = File.ReadAllBytes(file);
        else
        {
            using var embedded = ModelResources.Open(Gazetteer.ModelName) ?? throw new InvalidOperationException("no embedded gazetteers");
            using var copy = new MemoryStream();
            embedded.CopyTo(copy);
            bytes = copy.ToArray();
        }

        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Read(new MemoryStream(bytes));
        var firstLoad = clock.Elapsed.TotalSeconds;
        var bestLoad = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            clock.Restart();
            Gazetteer.Read(new MemoryStream(bytes));
            bestLoad = Math.Min(bestLoad, clock.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"gazetteers: {bytes.Length / 1e6:F2} MB, {string.Join(", ", gazetteer.Lists.Select((l, k) => $"{l} {gazetteer.Count(k):N0}"))}; " +
                          $"{gazetteer.TokenCount:N0} distinct tokens");
        Console.WriteLine($"load: first {firstLoad * 1e3:F0} ms (JIT included), best of 5 later {bestLoad * 1e3:F0} ms");

        var sentences = ReadConll(conll);
        long tokens = sentences.Sum(s => (long)s.Tokens.Length);
        var hits = new GazetteerHits[sentences.Max(s => s.Tokens.Length)];
        var (best, rounds, sink) = Program.BestRound(sentences, seconds, s =>
        {
            gazetteer.Match(s.Text, s.Tokens, hits);
            return (int)hits[0].Bits;
        });
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var s in sentences) gazetteer.Match(s.Text, s.Tokens, hits);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"match: {sentences.Count:N0} sentences, {tokens:N0} tokens; {tokens / best / 1e6:F2} M tokens/s " +
                          $"(best of {rounds}, {sink % 10}); allocates {allocated:N0} bytes in one pass");

        PrintAgreement(gazetteer, sentences);
        return 0;
    }

    private static void PrintAgreement(Gazetteer gazetteer, List<Sentence> sentences)
    {
        Console.WriteLine($"{"list",-12} {"cue",-5} {"matches",8} {"= gold",7} {"tokens in gold",15} {"gold spanned",13}");
        var hits = new GazetteerHits[sentences.Max(s => s.Tokens.Length)];
        for (var list = 0; list < gazetteer.Lists.Count; list++)
        {
            var cue = GazetteerLists.Cue(gazetteer.Lists[list]);
            long matches = 0, exact = 0, covered = 0, coveredInGold = 0, gold = 0;
            foreach (var s in sentences)
            {
                gazetteer.Match(s.Text, s.Tokens, hits);
                var goldOfCue = s.Gold.Where(g => g.Type == cue).Select(g => g.Tokens).ToHashSet();
                gold += goldOfCue.Count;
                for (var t = 0; t < s.Tokens.Length; t++)
                {
                    if (!hits[t].Covers(list)) continue;
                    covered++;
                    if (goldOfCue.Any(g => t >= g.Start && t < g.End)) coveredInGold++;
                    if (!hits[t].Begins(list)) continue;
                    matches++;
                    var end = t + 1;
                    while (end < s.Tokens.Length && hits[end].Inside(list) && !hits[end].Begins(list)) end++;
                    if (goldOfCue.Contains(TextSpan.FromBounds(t, end))) exact++;
                }
            }
            Console.WriteLine($"{gazetteer.Lists[list],-12} {cue?.Tag() ?? "-",-5} {matches,8:N0} {Share(exact, matches),7} {Share(coveredInGold, covered),15} {Share(exact, gold),13}");
        }
    }

    private static string Share(long part, long whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F1}%";

    /// <summary>CoNLL-2003 (word POS chunk tag, IOB1) into one text per sentence, words joined by spaces; gold spans count tokens.</summary>
    private static List<Sentence> ReadConll(string path)
    {
        var sentences = new List<Sentence>();
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var tags = new List<string>();
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new Sentence(text.ToString(), [.. tokens], GoldSpans(tags)));
            text.Clear();
            tokens.Clear();
            tags.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            var fields = line.Split(' ');
            if (text.Length > 0) text.Append(' ');
            tokens.Add(new TextSpan(text.Length, fields[0].Length));
            text.Append(fields[0]);
            tags.Add(fields[^1]);
        }
        Flush();
        return sentences;
    }

    private static (TextSpan, EntityType)[] GoldSpans(List<string> tags)
    {
        var spans = new List<(TextSpan, EntityType)>();
        for (var t = 0; t < tags.Count;)
        {
            if (tags[t] == "O" || !EntityTypes.TryParseTag(tags[t].AsSpan(2), out var type))
            {
                t++;
                continue;
            }
            var end = t + 1;
            while (end < tags.Count && tags[end] == "I-" + tags[t][2..]) end++;
            spans.Add((TextSpan.FromBounds(t, end), type));
            t = end;
        }
        return [.. spans];
    }
}
