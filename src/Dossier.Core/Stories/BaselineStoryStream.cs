using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>
/// BASELINE, to be replaced by the online clusterer of issue 7: the batch <see cref="StoryClusterer"/>'s rule run
/// online, so that `dossier evaluate stories` and `dossier bench stories` have something to measure. An article's
/// terms are weighted by IDF over the articles seen so far (proper nouns boosted); it joins the most similar story
/// centroid at or above the join threshold, or starts a story. Only the most recently joined stories are compared
/// (a fixed number), so the cost per article is bounded, though it grows with that number rather than staying
/// constant as an index would make it. It has no topic level: each story is its own topic.
/// </summary>
public sealed class BaselineStoryStream : IStoryStream
{
    /// <summary>How many stories stay comparable; older ones are forgotten (their ids are never reused).</summary>
    public const int DefaultActiveStories = 256;

    private readonly StoryClustererOptions _options;
    private readonly int _activeStories;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    // Most recently joined last; a story that is joined again moves to the end, the first one is forgotten first.
    private readonly LinkedList<ActiveStory> _active = new();
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private int _articles;

    public BaselineStoryStream(StoryClustererOptions options, int activeStories = DefaultActiveStories)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(activeStories, 1);
        _options = options;
        _activeStories = activeStories;
    }

    public StoryAssignment Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var profile = new ArticleProfile(article);
        _articles++;
        foreach (var term in profile.Terms.Distinct())
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;

        var vector = Weigh(profile);
        LinkedListNode<ActiveStory>? best = null;
        var bestScore = 0.0;
        for (var node = _active.First; node is not null; node = node.Next)
        {
            var score = node.Value.Cosine(vector);
            if (score > bestScore) (best, bestScore) = (node, score);
        }

        if (best is not null && bestScore >= _options.JoinThreshold)
        {
            best.Value.Join(vector);
            _active.Remove(best);
            _active.AddLast(best);
            return new StoryAssignment(best.Value.Id, best.Value.Id);
        }

        var story = new ActiveStory(NewId(article), vector);
        _active.AddLast(story);
        if (_active.Count > _activeStories) _active.RemoveFirst();
        return new StoryAssignment(story.Id, story.Id);
    }

    /// <summary>The batch clusterer's weights, with the document frequencies known so far; L2-normalised.</summary>
    private Dictionary<string, double> Weigh(ArticleProfile profile)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in profile.Terms) counts[term] = counts.GetValueOrDefault(term) + 1;
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * Math.Log(1 + (_articles + 1.0) / _documentFrequency[term])
                         * (profile.ProperNouns.Contains(term) ? _options.ProperNounBoost : 1.0);
            weights[term] = weight;
            norm += weight * weight;
        }
        norm = Math.Sqrt(norm);
        if (norm > 0)
            foreach (var term in counts.Keys) weights[term] /= norm;
        return weights;
    }

    /// <summary>Like the batch clusterer's ids, from the first article; identical texts (wire copies) get a suffix so ids stay unique.</summary>
    private string NewId(Article article)
    {
        var id = "s" + article.Id[..Math.Min(12, article.Id.Length)];
        var candidate = id;
        for (var n = 2; !_usedIds.Add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /// <summary>A story's running sum of member vectors, compared by cosine through its norm.</summary>
    private sealed class ActiveStory(string id, Dictionary<string, double> first)
    {
        private readonly Dictionary<string, double> _sum = new(first, StringComparer.Ordinal);
        private double _norm = Norm(first);

        public string Id { get; } = id;

        public double Cosine(Dictionary<string, double> vector)
        {
            if (_norm == 0) return 0;
            var dot = 0.0;
            foreach (var (term, weight) in vector)
                if (_sum.TryGetValue(term, out var w)) dot += weight * w;
            return dot / _norm;
        }

        public void Join(Dictionary<string, double> vector)
        {
            foreach (var (term, weight) in vector) _sum[term] = _sum.GetValueOrDefault(term) + weight;
            _norm = Norm(_sum);
        }

        private static double Norm(Dictionary<string, double> weights)
        {
            var sum = 0.0;
            foreach (var weight in weights.Values) sum += weight * weight;
            return Math.Sqrt(sum);
        }
    }
}
