using Dossier.Core.Analysis.Entities.Tagging;
using Dossier.Core.Analysis.Learning;

namespace Dossier.Core.Analysis.Entities.Training;

/// <summary>
/// Trains the tagger's weights with the averaged perceptron: tag each training document with the current weights,
/// and for every wrong label move the weights of the word's features towards the right label and away from the wrong
/// one. The final weights are the average over all steps, which generalises far better than the last ones. Documents
/// are visited in a shuffled order fixed by the seed, so a run is repeatable to the bit.
/// </summary>
public static class EntityTrainer
{
    public sealed record Options(int Epochs = 12, int Seed = 2003);

    /// <summary>Trains on <paramref name="train"/>; reports the score on <paramref name="dev"/> after each epoch when given.</summary>
    public static EntityTagger Train(
        IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument>? dev, string? resourcesDirectory, Options options, TextWriter log)
    {
        var resources = resourcesDirectory is null ? TaggerResources.LoadDefault() : TaggerResources.Load(resourcesDirectory);
        var trainer = new AveragedPerceptron(EntityLabels.Count);
        var decoder = new SentenceDecoder(resources.Annotator());
        var golds = train.Select(GoldLabels).ToList();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
                for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int d in order)
            {
                var gold = golds[d];
                var predicted = new byte[gold.Length];
                decoder.Decode(train[d].Document, trainer, predicted, gold, trainer);
                for (int i = 0; i < gold.Length; i++) if (gold[i] != predicted[i]) errors++;
                tokens += gold.Length;
            }
            var line = $"epoch {epoch}: {errors} training errors in {tokens} tokens, {trainer.FeatureCount} features";
            if (dev is not null) line += $", dev F1 {100 * Evaluate(trainer.Averaged(), resources, dev).F1():F2}";
            log.WriteLine(line);
        }
        return new EntityTagger(trainer.Averaged(), resources.Annotator());
    }

    /// <summary>Tags every document and scores the names against the gold ones.</summary>
    internal static NameScore Evaluate(LinearModel model, TaggerResources resources, IReadOnlyList<ConllDocument> documents) =>
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

    /// <summary>Writes the trained tagger's weights into the models folder.</summary>
    public static void Save(EntityTagger tagger, string modelsDirectory)
    {
        Directory.CreateDirectory(modelsDirectory);
        using var stream = File.Create(Path.Combine(modelsDirectory, EntityTagger.ModelFile));
        tagger.WriteModel(stream);
    }
}
