using System.Diagnostics;
using System.Text;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Stories;

namespace Dossier.Bench;

/// <summary>
/// `quick neardup [--reuters DIR] [--rounds N] [--capacity N] [--show]`: streams the Reuters-21578 story bodies through a
/// <see cref="NearDuplicateIndex"/>, with a perturbed replica (dateline added, last fifth trimmed, one word changed)
/// of every fourth story a little later in the stream, and prints articles/s (best round, and the first and last
/// tenth of it), how many replicas were recognised, how many other stories were called copies (Reuters repeats
/// some reports almost word for word), and the memory the index holds.
/// </summary>
internal static class NearDuplicateBench
{
    private const int ReplicaEvery = 4;
    private const int ReplicaDelay = 50;

    public static int Run(string[] args)
    {
        string? reuters = null;
        int rounds = 5, capacity = new NearDuplicateOptions().Capacity;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--reuters") reuters = args[i + 1];
            if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            if (args[i] == "--capacity") capacity = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
        }
        reuters ??= Path.Combine(Path.GetDirectoryName(Pages.Folder())!, "..", "..", "corpora", "reuters21578");
        var stream = Stream(ReutersCorpus.ReadDirectory(reuters).ToList());
        var chars = stream.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"{stream.Count:N0} articles ({stream.Count(a => a.ReplicaOf is not null):N0} replicas), {chars / stream.Count:N0} chars each on average");

        var options = new NearDuplicateOptions { Capacity = capacity };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = new NearDuplicateIndex(options);
        var heldBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

        var best = double.MaxValue;
        double firstTenth = 0, lastTenth = 0;
        int found = 0, missed = 0, wrong = 0, flagged = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var index = round == 0 ? held : new NearDuplicateIndex(options);
            var results = new string?[stream.Count];
            var tenth = stream.Count / 10;
            var clock = Stopwatch.StartNew();
            double first = 0, lastStart = 0;
            for (var n = 0; n < stream.Count; n++)
            {
                if (n == tenth) first = clock.Elapsed.TotalSeconds;
                if (n == stream.Count - tenth) lastStart = clock.Elapsed.TotalSeconds;
                results[n] = index.Add(stream[n].Id, stream[n].Text);
            }
            var elapsed = clock.Elapsed.TotalSeconds;
            // Round 0 warms the JIT and measures memory; it is not timed.
            if (round > 0 && elapsed < best)
            {
                best = elapsed;
                firstTenth = first;
                lastTenth = elapsed - lastStart;
            }
            if (round == 0)
            {
                var positions = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var n = 0; n < stream.Count; n++) positions[stream[n].Id] = n;
                for (var n = 0; n < stream.Count; n++)
                {
                    if (stream[n].ReplicaOf is { } original)
                    {
                        if (results[n] is null) missed++;
                        // Right when it names the original, or the story the original itself copies.
                        else if (results[n] == original || results[positions[original]] == results[n]) found++;
                        else wrong++;
                    }
                    else if (results[n] is not null) flagged++;
                }
                if (args.Contains("--show")) Show(stream, results, positions);
                heldBytes = Math.Max(heldBytes, GC.GetTotalMemory(forceFullCollection: true) - before);
                GC.KeepAlive(held);
            }
        }
        var tenthCount = stream.Count / 10;
        Console.WriteLine($"Add: {stream.Count / best:N0} articles/s, {chars / 1e6 / best:F1} MB/s (best of {rounds}); " +
                          $"first tenth {tenthCount / firstTenth:N0}/s, last tenth {tenthCount / lastTenth:N0}/s");
        Console.WriteLine($"replicas recognised {found:N0}, missed {missed:N0}, attributed elsewhere {wrong:N0}; other articles called copies {flagged:N0}");
        Console.WriteLine($"index memory after the stream: {heldBytes / 1e6:F1} MB for a capacity of {capacity:N0}");
        return 0;
    }

    /// <summary>With --show: a few of the stories called copies that were not replicas, and of the replicas missed, to judge by eye.</summary>
    private static void Show(List<Item> stream, string?[] results, Dictionary<string, int> positions)
    {
        var shown = 0;
        for (var n = 0; n < stream.Count && shown < 12; n++)
        {
            if (stream[n].ReplicaOf is null && results[n] is { } original && n % 7 == 0)
            {
                Console.WriteLine($"--- {stream[n].Id} called a copy of {original}:\n{Clip(stream[n].Text)}\n+++\n{Clip(stream[positions[original]].Text)}");
                shown++;
            }
        }
        shown = 0;
        for (var n = 0; n < stream.Count && shown < 6; n++)
        {
            if (stream[n].ReplicaOf is { } original && results[n] is null)
            {
                Console.WriteLine($"--- missed {stream[n].Id}:\n{Clip(stream[n].Text)}\n+++\n{Clip(stream[positions[original]].Text)}");
                shown++;
            }
        }
    }

    private static string Clip(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private sealed record Item(string Id, string Text, string? ReplicaOf);

    /// <summary>The stories in corpus order, each fourth one followed <see cref="ReplicaDelay"/> stories later by its replica.</summary>
    private static List<Item> Stream(List<string> bodies)
    {
        var stream = new List<Item>();
        var pending = new Queue<(int Due, Item Replica)>();
        for (var n = 0; n < bodies.Count; n++)
        {
            stream.Add(new Item($"r{n}", bodies[n], null));
            if (n % ReplicaEvery == 0) pending.Enqueue((n + ReplicaDelay, new Item($"r{n}-copy", Perturb(bodies[n], n), $"r{n}")));
            while (pending.Count > 0 && pending.Peek().Due <= n) stream.Add(pending.Dequeue().Replica);
        }
        while (pending.Count > 0) stream.Add(pending.Dequeue().Replica);
        return stream;
    }

    private static string Perturb(string body, int n)
    {
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = Math.Max(1, words.Length * 4 / 5);
        if (keep > 2) words[keep / 2] = "reportedly";
        var text = new StringBuilder("LONDON (Wire ").Append(n).Append(") - ");
        text.AppendJoin(' ', words.Take(keep));
        return text.ToString();
    }
}
