using Dossier.Core.Model;

namespace Dossier.Core.Stories.Online;

/// <summary>A story merged into another: the surviving (older) id, and the article whose arrival showed they were one.</summary>
public sealed record StoryMerge(string Absorbed, string Survivor, string ArticleId);

/// <summary>
/// Online story clustering (issue 7): each article joins the most similar active story, or starts one, and each new
/// story joins the most similar topic, or starts one. Similarity is a weighted sum of three cosines against the story's
/// centroid (content terms, names, anchors), halved for every <see cref="StoryStreamOptions.HalfLifeDays"/> between the
/// article's date and the story's latest when both are known. Candidate stories come from an inverted index whose
/// posting lists keep only the most recent stories per key, and only the candidates sharing the most weight are scored,
/// so the cost per article does not grow with the stream. A short article (a headline) joins at a lower threshold, since
/// a few words can share only a small part of a centroid. Stories not joined for a while age out of the active set.
/// When an article makes its story as similar to another as two halves of one story are, the younger merges into the
/// older, whose id survives; <see cref="Merges"/> keeps the history and <see cref="Resolve"/> follows it.
/// </summary>
public sealed class OnlineStoryClusterer : IStoryStream
{
    private readonly StoryStreamOptions _options;
    private readonly DocumentFrequencies _frequencies;
    private readonly List<StoryState> _stories = [];
    private readonly List<TopicState> _topics = [];
    private readonly Dictionary<string, List<int>> _storyPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _topicPostings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storyIndex = new(StringComparer.Ordinal);
    private readonly Queue<(int, long)> _recency = new();
    private readonly Queue<(int, long)> _topicRecency = new();
    private readonly List<StoryMerge> _merges = [];

    // Articles up to which a story counts as young: its topic is still settling.
    private const int YoungStory = 5;

    private long _clock;
    private int _active;
    private int _activeTopics;

    public OnlineStoryClusterer(StoryStreamOptions options)
    {
        _options = options;
        _frequencies = new DocumentFrequencies(options.VocabularyCapacity);
    }

    public IReadOnlyList<StoryMerge> Merges => _merges;

    /// <summary>Stories in the active set now.</summary>
    public int ActiveStories => _active;

    /// <summary>Stories started since the stream began (merged and aged-out ones included).</summary>
    public int StoriesStarted => _stories.Count;

    public int Topics => _topics.Count;

    public StoryAssignment Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _clock++;
        var features = ArticleFeatures.Of(article, _frequencies);
        var candidates = Candidates(_storyPostings, features, s => _stories[s].Active);
        int best = -1, second = -1;
        double bestScore = 0, secondScore = 0;
        foreach (int s in candidates)
        {
            double score = Score(_stories[s], features);
            if (score > bestScore)
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (s, score);
            }
            else if (score > secondScore) (second, secondScore) = (s, score);
        }

        StoryState story;
        bool started = false;
        double threshold = _options.JoinThreshold * Math.Sqrt(Math.Min(1.0, features.Terms.Weights.Count / (double)Math.Max(1, _options.ShortTextTerms)));
        if (best >= 0 && bestScore >= threshold) story = _stories[best];
        else
        {
            story = new StoryState("s" + article.Id[..Math.Min(12, article.Id.Length)], _stories.Count, _options.CentroidKeys);
            _stories.Add(story);
            _storyIndex.TryAdd(story.Id, story.Index);
            _active++;
            story.Topic = ChooseTopic(features, article);
            started = true;
        }
        Join(story, features);
        if (second >= 0 && story.Index != second && secondScore >= threshold) TryMerge(story, _stories[second], article);
        AgeOut();
        // Topics are compared when one gains a story or a story is young: that is when topics bridge, and comparing
        // centroids on every article would cost more than all the rest of the step.
        if (started || story.Articles <= YoungStory) MergeTopics(TopicOf(Survivor(story)), features);
        return new StoryAssignment(Survivor(story).Id, _topics[TopicOf(Survivor(story))].Id);
    }

    public StoryAssignment Resolve(StoryAssignment assignment)
    {
        if (!_storyIndex.TryGetValue(assignment.StoryId, out int index)) return assignment;
        var story = Survivor(_stories[index]);
        return new StoryAssignment(story.Id, _topics[TopicOf(story)].Id);
    }

    /// <summary>The story's topic now: topics merge too, and a merged one leads to its survivor.</summary>
    private int TopicOf(StoryState story)
    {
        int topic = story.Topic;
        while (_topics[topic].MergedInto is int into) topic = into;
        return story.Topic = topic;
    }

    private double TopicSimilarity(TopicState a, TopicState b) =>
        (a.Terms.Cosine(b.Terms) + _options.TopicNameWeight * a.Names.Cosine(b.Names)) / (1 + _options.TopicNameWeight);

    /// <summary>
    /// A topic that has grown to look like another (its new stories bridged them) merges into the older of the two: a
    /// topic's first story often starts it alone before the words the topic's stories share have built up.
    /// </summary>
    private void MergeTopics(int topicIndex, ArticleFeatures features)
    {
        var topic = _topics[topicIndex];
        foreach (int t in Candidates(_topicPostings, features, t => t != topicIndex && _topics[t].Active))
        {
            var other = _topics[t];
            if (TopicSimilarity(topic, other) < _options.TopicMergeThreshold) continue;
            var (older, younger, olderIndex) = t < topicIndex ? (other, topic, t) : (topic, other, topicIndex);
            older.Terms.Add(younger.Terms);
            older.Names.Add(younger.Names);
            older.Seen = _clock;
            _topicRecency.Enqueue((olderIndex, _clock));
            younger.MergedInto = olderIndex;
            younger.Release();
            _activeTopics--;
            return;
        }
    }

    private StoryState Survivor(StoryState story)
    {
        while (story.MergedInto is { } into) story = into;
        return story;
    }

    private double Score(StoryState story, ArticleFeatures features)
    {
        var o = _options;
        double similarity = (o.TermWeight * story.Terms.Cosine(features.Terms) + o.NameWeight * story.Names.Cosine(features.Names)
            + o.AnchorWeight * story.Anchors.Cosine(features.Anchors)) / (o.TermWeight + o.NameWeight + o.AnchorWeight);
        if (features.Published is { } published && story.Latest is { } latest)
            similarity *= Math.Pow(0.5, Math.Abs((published - latest).TotalDays) / o.HalfLifeDays);
        return similarity;
    }

    /// <summary>
    /// The stories (or topics) sharing the most weight with the article through the index: each of the article's heaviest
    /// keys votes with its weight for the stories in its posting list; the best-voted are the candidates.
    /// </summary>
    private List<int> Candidates(Dictionary<string, List<int>> postings, ArticleFeatures features, Func<int, bool> live)
    {
        var votes = new Dictionary<int, double>();
        foreach (var vector in new[] { features.Terms, features.Names, features.Anchors })
        {
            foreach (var key in vector.Top(_options.QueryKeys))
            {
                if (!postings.TryGetValue(key, out var list)) continue;
                float weight = vector.Weights[key];
                foreach (int s in list) if (live(s)) votes[s] = votes.GetValueOrDefault(s) + weight;
            }
        }
        return votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(_options.MaxCandidates).Select(v => v.Key).ToList();
    }

    private int ChooseTopic(ArticleFeatures features, Article article)
    {
        var o = _options;
        int best = -1;
        double bestScore = 0;
        foreach (int t in Candidates(_topicPostings, features, t => _topics[t].Active))
        {
            var topic = _topics[t];
            double score = (topic.Terms.Cosine(features.Terms) + o.TopicNameWeight * topic.Names.Cosine(features.Names)) / (1 + o.TopicNameWeight);
            if (score > bestScore) (best, bestScore) = (t, score);
        }
        if (best >= 0 && bestScore >= o.TopicThreshold) return best;
        _topics.Add(new TopicState("t" + article.Id[..Math.Min(12, article.Id.Length)], o.CentroidKeys));
        _activeTopics++;
        return _topics.Count - 1;
    }

    private void Join(StoryState story, ArticleFeatures features)
    {
        story.Terms.Add(features.Terms);
        story.Names.Add(features.Names);
        story.Anchors.Add(features.Anchors);
        if (features.Published is { } published && (story.Latest is null || published > story.Latest)) story.Latest = published;
        story.Seen = _clock;
        story.Articles++;
        _recency.Enqueue((story.Index, _clock));
        var topic = _topics[TopicOf(story)];
        if (!topic.Active)
        {
            // A story whose topic aged out while it lived on: the topic comes back.
            topic.Active = true;
            _activeTopics++;
        }
        topic.Terms.Add(features.Terms);
        topic.Names.Add(features.Names);
        topic.Seen = _clock;
        _topicRecency.Enqueue((TopicOf(story), _clock));
        Post(_storyPostings, features, story.Index);
        Post(_topicPostings, features, TopicOf(story));
    }

    /// <summary>Adds the article's heaviest keys to the index, each posting list keeping its most recent entries.</summary>
    private void Post(Dictionary<string, List<int>> postings, ArticleFeatures features, int entry)
    {
        foreach (var vector in new[] { features.Terms, features.Names, features.Anchors })
        foreach (var key in vector.Top(_options.QueryKeys))
        {
            if (!postings.TryGetValue(key, out var list)) postings[key] = list = new List<int>(4);
            if (list.Count > 0 && list[^1] == entry) continue;
            list.Remove(entry);
            if (list.Count >= _options.PostingsPerKey) list.RemoveAt(0);
            list.Add(entry);
        }
    }

    private void TryMerge(StoryState joined, StoryState other, Article article)
    {
        var o = _options;
        double similarity = (o.TermWeight * joined.Terms.Cosine(other.Terms) + o.NameWeight * joined.Names.Cosine(other.Names)
            + o.AnchorWeight * joined.Anchors.Cosine(other.Anchors)) / (o.TermWeight + o.NameWeight + o.AnchorWeight);
        if (similarity < o.MergeThreshold) return;
        var (older, younger) = joined.Index < other.Index ? (joined, other) : (other, joined);
        older.Terms.Add(younger.Terms);
        older.Names.Add(younger.Names);
        older.Anchors.Add(younger.Anchors);
        if (younger.Latest > older.Latest || older.Latest is null) older.Latest = younger.Latest;
        older.Seen = _clock;
        _recency.Enqueue((older.Index, _clock));
        younger.MergedInto = older;
        younger.Release();
        _active--;
        _merges.Add(new StoryMerge(younger.Id, older.Id, article.Id));
    }

    /// <summary>
    /// Drops the least recently joined stories beyond the active-set size, and topics beyond half of it: their centroids
    /// are released and their postings skipped from then on, so memory stays bounded on an endless stream.
    /// </summary>
    private void AgeOut()
    {
        while (_active > _options.MaxActiveStories && _recency.TryDequeue(out var entry))
        {
            var (index, seen) = entry;
            var story = _stories[index];
            if (!story.Active || story.Seen != seen) continue; // joined again later, or merged: a newer entry stands
            story.Release();
            _active--;
        }
        while (_activeTopics > _options.MaxActiveStories / 2 && _topicRecency.TryDequeue(out var entry))
        {
            var (index, seen) = entry;
            var topic = _topics[index];
            if (!topic.Active || topic.Seen != seen) continue;
            topic.Release();
            _activeTopics--;
        }
        // The recency queues hold one entry per join; drop stale ones now and then so they stay proportional to the active sets.
        if (_recency.Count > 4 * _options.MaxActiveStories) Compact(_recency, e => _stories[e.Item1].Active && _stories[e.Item1].Seen == e.Item2);
        if (_topicRecency.Count > 4 * _options.MaxActiveStories) Compact(_topicRecency, e => _topics[e.Item1].Active && _topics[e.Item1].Seen == e.Item2);
    }

    private static void Compact(Queue<(int, long)> queue, Func<(int, long), bool> live)
    {
        var kept = queue.Where(live).ToList();
        queue.Clear();
        foreach (var entry in kept) queue.Enqueue(entry);
    }

    private sealed class StoryState(string id, int index, int capacity)
    {
        public string Id { get; } = id;
        public int Index { get; } = index;
        public int Topic { get; set; }
        public Centroid Terms { get; } = new(capacity);
        public Centroid Names { get; } = new(capacity / 3);
        public Centroid Anchors { get; } = new(capacity / 5);
        public DateTimeOffset? Latest { get; set; }
        public long Seen { get; set; }
        public int Articles { get; set; }
        public StoryState? MergedInto { get; set; }
        public bool AgedOut { get; private set; }
        public bool Active => MergedInto is null && !AgedOut;

        public void Release()
        {
            AgedOut = true;
            Terms.Clear();
            Names.Clear();
            Anchors.Clear();
        }
    }

    private sealed class TopicState(string id, int capacity)
    {
        public string Id { get; } = id;
        public Centroid Terms { get; } = new(capacity);
        public Centroid Names { get; } = new(capacity / 3);
        public long Seen { get; set; }
        public bool Active { get; set; } = true;
        public int? MergedInto { get; set; }

        public void Release()
        {
            Active = false;
            Terms.Clear();
            Names.Clear();
        }
    }
}
