using Dossier.Core.Analysis.Entities.Tagging;

namespace Dossier.Core.Analysis.Entities.Training;

/// <summary>
/// Trains the tagger's weights with the averaged perceptron: tag each training document with the current weights,
/// and for every wrong label move the weights of the word's features towards the right label and away from the wrong
/// one. The final weights are the average over all steps, which generalises far better than the last ones. Documents
/// are visited in a shuffled order fixed by the seed, so a run is repeatable to the bit.
/// </summary>
public sealed class EntityTrainer : ILearner
{
    private readonly Dictionary<ulong, int> _index = [];
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private long _step = 1;

    public sealed record Options(int Epochs = 12, int Seed = 2003);

    /// <summary>Trains on <paramref name="train"/>; reports the score on <paramref name="dev"/> after each epoch when given.</summary>
    public static EntityTagger Train(
        IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument>? dev, string? resourcesDirectory, Options options, TextWriter log)
    {
        var resources = resourcesDirectory is null ? TaggerResources.LoadDefault() : TaggerResources.Load(resourcesDirectory);
        var trainer = new EntityTrainer();
        var decoder = new SentenceDecoder(resources.Annotator());
        var golds = train.Select(GoldLabels).ToList();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var scorer = new Scorer(trainer);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int d in order)
            {
                var gold = golds[d];
                var predicted = new byte[gold.Length];
                decoder.Decode(train[d].Document, scorer, predicted, gold, trainer);
                for (int i = 0; i < gold.Length; i++) if (gold[i] != predicted[i]) errors++;
                tokens += gold.Length;
            }
            var line = $"epoch {epoch}: {errors} training errors in {tokens} tokens, {trainer._index.Count} features";
            if (dev is not null) line += $", dev F1 {100 * Evaluate(trainer.Averaged(), resources, dev).F1():F2}";
            log.WriteLine(line);
        }
        return new EntityTagger(trainer.Averaged(), resources.Annotator());
    }

    /// <summary>Tags every document and scores the names against the gold ones.</summary>
    internal static NameScore Evaluate(PerceptronModel model, TaggerResources resources, IReadOnlyList<ConllDocument> documents) =>
        Score(new EntityTagger(model, resources.Annotator()), documents, null);

    /// <summary>Scores a tagger on CoNLL documents; <paramref name="onSentence"/> sees each sentence's gold and predicted names.</summary>
    public static NameScore Score(
        EntityTagger tagger, IReadOnlyList<ConllDocument> documents,
        Action<ConllDocument, Range, List<(int Start, int End, EntityType Type)>>? onSentence)
    {
        var score = new NameScore();
        foreach (var document in documents)
        {
            var names = tagger.Names(document.Document);
            for (int s = 0; s < names.Count; s++)
            {
                var sentence = document.Document.Sentences[s];
                score.Add(document.GoldNames(sentence), names[s], sentence.End.Value - sentence.Start.Value);
                onSentence?.Invoke(document, sentence, names[s]);
            }
        }
        return score;
    }

    private static byte[] GoldLabels(ConllDocument document)
    {
        var labels = new byte[document.Document.Tokens.Count];
        foreach (var sentence in document.Document.Sentences)
        {
            var (start, end) = (sentence.Start.Value, sentence.End.Value);
            EntityLabels.Encode(document.GoldNames(sentence), labels.AsSpan(start, end - start));
        }
        return labels;
    }

    void ILearner.Update(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (ulong feature in features)
        {
            int at = Row(feature) * EntityLabels.Count + label;
            _weights[at] += delta;
            _totals[at] += delta * _step;
        }
    }

    void ILearner.EndOfSentence() => _step++;

    private int Row(ulong feature)
    {
        ref int row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, feature, out bool exists);
        if (!exists)
        {
            row = _index.Count - 1;
            int needed = (row + 1) * EntityLabels.Count;
            if (needed > _weights.Length)
            {
                Array.Resize(ref _weights, _weights.Length * 2);
                Array.Resize(ref _totals, _totals.Length * 2);
            }
        }
        return row;
    }

    /// <summary>The averaged weights (w − Σ step·Δ / steps), leaving out features whose weights all average to nothing.</summary>
    private PerceptronModel Averaged()
    {
        var index = new Dictionary<ulong, int>();
        var weights = new List<float>();
        Span<float> row = stackalloc float[EntityLabels.Count];
        foreach (var (feature, r) in _index.OrderBy(e => e.Key))
        {
            bool any = false;
            for (int y = 0; y < EntityLabels.Count; y++)
            {
                int at = r * EntityLabels.Count + y;
                float average = (float)(_weights[at] - _totals[at] / _step);
                // Below this an averaged weight cannot change a decision; dropping it keeps the model small.
                row[y] = Math.Abs(average) < 1e-3f ? 0 : average;
                any |= row[y] != 0;
            }
            if (!any) continue;
            index.Add(feature, index.Count);
            foreach (float w in row) weights.Add(w);
        }
        return new PerceptronModel(index, [.. weights]);
    }

    /// <summary>Scores with the current (not averaged) weights, as the perceptron learns.</summary>
    private sealed class Scorer(EntityTrainer trainer) : ILabelScorer
    {
        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            scores[..EntityLabels.Count].Clear();
            foreach (ulong feature in features)
            {
                if (!trainer._index.TryGetValue(feature, out int row)) continue;
                var weights = trainer._weights.AsSpan(row * EntityLabels.Count, EntityLabels.Count);
                for (int y = 0; y < EntityLabels.Count; y++) scores[y] += weights[y];
            }
        }
    }

    /// <summary>Writes the trained tagger's weights into the models folder.</summary>
    public static void Save(EntityTagger tagger, string modelsDirectory)
    {
        Directory.CreateDirectory(modelsDirectory);
        using var stream = File.Create(Path.Combine(modelsDirectory, EntityTagger.ModelFile));
        tagger.WriteModel(stream);
    }
}
