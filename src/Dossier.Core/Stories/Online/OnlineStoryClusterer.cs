using Dossier.Core.Model;

namespace Dossier.Core.Stories.Online;

/// <summary>A story merged into another: the surviving (older) id, and the article whose arrival showed they were one.</summary>
public sealed record StoryMerge(string Absorbed, string Survivor, string ArticleId);

/// <summary>A story split in two: the story that keeps its id (and its first article), the new one, and the articles that moved to it.</summary>
public sealed record StorySplit(string Kept, string Started, IReadOnlyList<string> MovedArticles);

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
    private readonly List<StorySplit> _splits = [];
    // Articles whose story split under them, to the story they moved to: Resolve follows these before merges. It grows
    // with the moved articles only (a few in a hundred on the bench stream), not with the stream.
    private readonly Dictionary<string, StoryState> _movedTo = new(StringComparer.Ordinal);

    // A story is tested for a split from this size on, each time it has grown by a quarter (it needs 2 × MinSplitPart
    // members to split at all: 7, 9, 12, 15, 19, 24), while it keeps the vectors of all its articles: up to MaxMembers.
    private const int FirstSplitCheck = 4;
    private const int MaxMembers = 24;
    private const int SplitRounds = 6;
    // Neither group of a split may be smaller: two articles that differ are not yet another event.
    private const int MinSplitPart = 3;

    // Articles up to which a story counts as young: its topic is still settling.
    private const int YoungStory = 5;

    private long _clock;
    private int _active;
    private int _activeTopics;

    /// <param name="background">
    /// How many articles of a general news corpus hold each key: the stream's document frequencies start from these, so
    /// that the first articles of a stream (a `brief` of five) are weighed as the thousandth would be. Without them, a
    /// cold stream would weigh terms by their frequencies over those few articles alone, which rate the words one
    /// event's articles share below the words each has alone.
    /// </param>
    public OnlineStoryClusterer(StoryStreamOptions options, BackgroundFrequencies? background = null)
    {
        _options = options;
        _frequencies = new DocumentFrequencies(options.VocabularyCapacity, background);
    }

    public IReadOnlyList<StoryMerge> Merges => _merges;

    public IReadOnlyList<StorySplit> Splits => _splits;

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
        double threshold = _options.JoinThreshold * ShortTextScale(features);
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
        Join(story, features, article.Id);
        if (story.Articles >= story.NextSplitCheck) TrySplit(story);
        if (second >= 0 && story.Index != second && secondScore >= threshold) TryMerge(story, _stories[second], article);
        AgeOut();
        // Topics are compared when one gains a story or a story is young: that is when topics bridge, and comparing
        // centroids on every article would cost more than all the rest of the step.
        if (started || story.Articles <= YoungStory) MergeTopics(TopicOf(Survivor(story)), features);
        var now = Where(article.Id, story);
        return new StoryAssignment(now.Id, _topics[TopicOf(now)].Id, article.Id);
    }

    public StoryAssignment Resolve(StoryAssignment assignment)
    {
        if (!_storyIndex.TryGetValue(assignment.StoryId, out int index)) return assignment;
        var story = Where(assignment.ArticleId, _stories[index]);
        return new StoryAssignment(story.Id, _topics[TopicOf(story)].Id, assignment.ArticleId);
    }

    /// <summary>The story an article is in now: where a split moved it, then through merges to the survivor.</summary>
    private StoryState Where(string? articleId, StoryState assigned) =>
        Survivor(articleId is not null && _movedTo.TryGetValue(articleId, out var moved) ? moved : assigned);

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
        double similarity = Similarity(story.Terms, story.Names, story.Anchors, features);
        if (features.Published is { } published && story.Latest is { } latest)
            similarity *= Math.Pow(0.5, Math.Abs((published - latest).TotalDays) / _options.HalfLifeDays);
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

    private void Join(StoryState story, ArticleFeatures features, string articleId)
    {
        if (story.Members is { } members)
        {
            if (members.Count < MaxMembers) members.Add((articleId, features));
            else story.Members = null; // too big to split from here on: its centroid stands for it
        }
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
        double similarity = Blend(joined.Terms.Cosine(other.Terms), joined.Names.Cosine(other.Names), joined.Anchors.Cosine(other.Anchors));
        if (similarity < _options.MergeThreshold) return;
        var (older, younger) = joined.Index < other.Index ? (joined, other) : (other, joined);
        older.Terms.Add(younger.Terms);
        older.Names.Add(younger.Names);
        older.Anchors.Add(younger.Anchors);
        if (younger.Latest > older.Latest || older.Latest is null) older.Latest = younger.Latest;
        older.Seen = _clock;
        _recency.Enqueue((older.Index, _clock));
        older.Members = older.Members is { } a && younger.Members is { } b && a.Count + b.Count <= MaxMembers ? [.. a, .. b] : null;
        younger.MergedInto = older;
        younger.Release();
        _active--;
        _merges.Add(new StoryMerge(younger.Id, older.Id, article.Id));
    }

    /// <summary>How much a short text's thresholds are lowered: the square root of its share of <see cref="StoryStreamOptions.ShortTextTerms"/>, at most 1.</summary>
    private double ShortTextScale(ArticleFeatures features) =>
        Math.Sqrt(Math.Min(1.0, features.Terms.Weights.Count / (double)Math.Max(1, _options.ShortTextTerms)));

    /// <summary>The three cosines (terms, names, anchors) weighed into one similarity in [0, 1].</summary>
    private double Blend(double terms, double names, double anchors)
    {
        var o = _options;
        return (o.TermWeight * terms + o.NameWeight * names + o.AnchorWeight * anchors) / (o.TermWeight + o.NameWeight + o.AnchorWeight);
    }

    private double Similarity(Centroid terms, Centroid names, Centroid anchors, ArticleFeatures f) =>
        Blend(terms.Cosine(f.Terms), names.Cosine(f.Names), anchors.Cosine(f.Anchors));

    /// <summary>
    /// Splits a story whose articles fall into two groups less alike than two halves of one event: the first articles
    /// of a second, similar event (a second quake) join the first event's story while it is the only one; as both
    /// events gather articles, the two groups show. Two-means over the story's members, seeded with the member least
    /// like the story and the member least like that one; the group holding the story's first article keeps its id.
    /// </summary>
    private void TrySplit(StoryState story)
    {
        story.NextSplitCheck = Math.Max(story.NextSplitCheck + 1, (int)Math.Ceiling(story.NextSplitCheck * 1.25));
        if (story.Members is not { } members || members.Count < 2 * MinSplitPart) return;
        var o = _options;
        int seedB = ArgMin(members, m => Similarity(story.Terms, story.Names, story.Anchors, m.Features));
        var single = Part([members[seedB]]);
        int seedA = ArgMin(members, m => Similarity(single.Terms, single.Names, single.Anchors, m.Features));
        if (seedA == seedB) return;
        var inB = new bool[members.Count];
        var a = Part([members[seedA]]);
        var b = single;
        for (int round = 0; round < SplitRounds; round++)
        {
            bool changed = false;
            for (int i = 0; i < members.Count; i++)
            {
                bool toB = Similarity(b.Terms, b.Names, b.Anchors, members[i].Features) > Similarity(a.Terms, a.Names, a.Anchors, members[i].Features);
                if (toB != inB[i]) (inB[i], changed) = (toB, true);
            }
            if (round > 0 && !changed) break;
            a = Part(members.Where((_, i) => !inB[i]));
            b = Part(members.Where((_, i) => inB[i]));
        }
        int countB = inB.Count(x => x);
        if (countB < MinSplitPart || members.Count - countB < MinSplitPart) return;
        double between = Blend(a.Terms.Cosine(b.Terms), a.Names.Cosine(b.Names), a.Anchors.Cosine(b.Anchors));
        // Short texts share less with any centroid, two halves of one story included: the threshold scales as for joins.
        if (between >= o.SplitThreshold * members.Average(m => ShortTextScale(m.Features))) return;

        // The group with the story's first article stays: the id users have seen keeps meaning the same event.
        if (inB[0]) for (int i = 0; i < members.Count; i++) inB[i] = !inB[i];
        var moved = members.Where((_, i) => inB[i]).ToList();
        var kept = members.Where((_, i) => !inB[i]).ToList();
        var started = new StoryState("s" + moved[0].ArticleId[..Math.Min(12, moved[0].ArticleId.Length)], _stories.Count, o.CentroidKeys)
        {
            Topic = story.Topic,
            Members = moved,
            NextSplitCheck = story.NextSplitCheck,
        };
        _stories.Add(started);
        _storyIndex.TryAdd(started.Id, started.Index);
        _active++;
        Rebuild(story, kept);
        Rebuild(started, moved);
        foreach (var (articleId, features) in moved)
        {
            _movedTo[articleId] = started;
            Post(_storyPostings, features, started.Index);
        }
        _recency.Enqueue((started.Index, _clock));
        _splits.Add(new StorySplit(story.Id, started.Id, moved.Select(m => m.ArticleId).ToList()));
    }

    private void Rebuild(StoryState story, List<(string ArticleId, ArticleFeatures Features)> members)
    {
        story.Terms.Clear();
        story.Names.Clear();
        story.Anchors.Clear();
        story.Latest = null;
        foreach (var (_, f) in members)
        {
            story.Terms.Add(f.Terms);
            story.Names.Add(f.Names);
            story.Anchors.Add(f.Anchors);
            if (f.Published is { } p && (story.Latest is null || p > story.Latest)) story.Latest = p;
        }
        story.Members = members;
        story.Articles = members.Count;
        story.Seen = _clock;
    }

    private (Centroid Terms, Centroid Names, Centroid Anchors) Part(IEnumerable<(string ArticleId, ArticleFeatures Features)> members)
    {
        (Centroid Terms, Centroid Names, Centroid Anchors) part =
            (new Centroid(_options.CentroidKeys), new Centroid(_options.CentroidKeys / 3), new Centroid(_options.CentroidKeys / 5));
        foreach (var (_, f) in members)
        {
            part.Terms.Add(f.Terms);
            part.Names.Add(f.Names);
            part.Anchors.Add(f.Anchors);
        }
        return part;
    }

    private static int ArgMin<T>(List<T> items, Func<T, double> score)
    {
        int best = 0;
        double min = double.MaxValue;
        for (int i = 0; i < items.Count; i++)
        {
            double s = score(items[i]);
            if (s < min) (best, min) = (i, s);
        }
        return best;
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
        public int NextSplitCheck { get; set; } = FirstSplitCheck;
        public List<(string ArticleId, ArticleFeatures Features)>? Members { get; set; } = [];
        public StoryState? MergedInto { get; set; }
        public bool AgedOut { get; private set; }
        public bool Active => MergedInto is null && !AgedOut;

        public void Release()
        {
            AgedOut = true;
            Members = null;
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
