using System.Globalization;
using System.Text;

namespace Dossier.Evaluation.Stories;

/// <summary>One generated article: a name, its text, when it was published, and the source story it was made from.</summary>
public sealed record SyntheticArticle(string Name, string Text, DateTimeOffset Published, long SourceStory);

/// <summary>
/// An endless-feed stand-in for the bench: original stories (Reuters-21578 bodies, say) interleaved with perturbed
/// replicas of recent ones, as a wire story is reprinted, rewritten and updated while it is news. Replicas drop and swap
/// words, shuffle sentences, change numbers and cut paragraphs, so they are near-duplicates rather than copies, and a
/// story recurs while it stays among the recent ones. Generated lazily: only the recent originals are held, never the
/// stream. When the source runs out it starts again, and its stories come back perturbed as new ones.
/// </summary>
public sealed class ReplicaStream(Func<IEnumerable<string>> source, ulong seed)
{
    /// <summary>Share of the stream that is a replica of a recent story rather than a new one.</summary>
    public double ReplicaShare { get; init; } = 0.8;

    /// <summary>How many recent originals replicas are drawn from: how long a story stays news.</summary>
    public int Window { get; init; } = 200;

    /// <summary>Seconds between two articles of the stream.</summary>
    public int Spacing { get; init; } = 30;

    /// <summary>Where the stream's clock starts: the first day of Reuters-21578.</summary>
    public DateTimeOffset Start { get; init; } = new(1987, 2, 26, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<SyntheticArticle> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new StableRandom(seed);
        var recent = new (long Story, string Text)[Math.Max(1, Window)];
        var held = 0;
        var next = 0;
        var epoch = 0;
        var indexInEpoch = 0;
        using var originals = new Restarting(source);
        for (var i = 0; i < count; i++)
        {
            long story;
            string text;
            if (held == 0 || random.NextDouble() >= ReplicaShare)
            {
                if (!originals.TryNext(out var body, out var restarted)) throw new EvaluationDataException("the source of the replica stream holds no story text");
                if (restarted)
                {
                    epoch++;
                    indexInEpoch = 0;
                }
                story = (long)epoch << 32 | (uint)indexInEpoch++;
                // A later pass over the source must not give the very texts of the first: perturb them as well.
                text = epoch == 0 ? body : Perturb(body, random);
                recent[next] = (story, text);
                next = (next + 1) % recent.Length;
                held = Math.Min(held + 1, recent.Length);
            }
            else
            {
                var (s, original) = recent[random.Next(held)];
                story = s;
                text = Perturb(original, random);
            }
            yield return new SyntheticArticle("a" + i.ToString(CultureInfo.InvariantCulture), text, Start.AddSeconds((double)i * Spacing), story);
        }
    }

    /// <summary>A near-duplicate: each edit is applied with its own chance, so replicas differ from each other too.</summary>
    public static string Perturb(string text, StableRandom random)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        // An update or a shortened reprint keeps the lead and drops the tail.
        if (paragraphs.Count > 2 && random.NextDouble() < 0.3)
        {
            var keep = 1 + random.Next(paragraphs.Count - 1);
            paragraphs.RemoveRange(keep, paragraphs.Count - keep);
        }
        if (paragraphs.Count > 1 && random.NextDouble() < 0.3)
        {
            // Rewrites reorder: swap two paragraphs (sentences, in a wire body where each is one).
            int a = random.Next(paragraphs.Count), b = random.Next(paragraphs.Count);
            (paragraphs[a], paragraphs[b]) = (paragraphs[b], paragraphs[a]);
        }
        var drop = random.NextDouble() * 0.08;
        var swap = random.NextDouble() * 0.05;
        var renumber = random.NextDouble() < 0.5 ? 0.5 : 0.0;
        var sb = new StringBuilder(text.Length);
        foreach (var paragraph in paragraphs)
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            for (var w = 0; w < words.Count; w++)
            {
                if (words.Count > 3 && random.NextDouble() < drop)
                {
                    words.RemoveAt(w--);
                    continue;
                }
                if (w + 1 < words.Count && random.NextDouble() < swap) (words[w], words[w + 1]) = (words[w + 1], words[w]);
                if (renumber > 0 && char.IsDigit(words[w][0]) && random.NextDouble() < renumber) words[w] = Renumber(words[w], random);
            }
            if (words.Count == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.AppendJoin(' ', words);
        }
        return sb.Length > 0 ? sb.ToString() : text;
    }

    /// <summary>The word with each digit replaced: "1,250" may become "3,871", keeping its shape and punctuation.</summary>
    private static string Renumber(string word, StableRandom random)
    {
        var chars = word.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
            if (char.IsAsciiDigit(chars[k])) chars[k] = (char)('0' + random.Next(10));
        return new string(chars);
    }

    /// <summary>Walks the source, starting it again when it ends; reports the restart.</summary>
    private sealed class Restarting(Func<IEnumerable<string>> source) : IDisposable
    {
        private IEnumerator<string>? _current;
        private bool _started;

        public bool TryNext(out string body, out bool restarted)
        {
            restarted = false;
            for (var attempt = 0; attempt < 2; attempt++)
            {
                _current ??= source().GetEnumerator();
                if (_current.MoveNext())
                {
                    body = _current.Current;
                    _started = true;
                    return true;
                }
                _current.Dispose();
                _current = null;
                if (!_started) break;
                restarted = true;
            }
            body = "";
            return false;
        }

        public void Dispose() => _current?.Dispose();
    }
}
