using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Learning;
using Dossier.Core.Analysis.Quotes.Tagging;
using Dossier.Core.Analysis.Tokens;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Training;

/// <summary>
/// Trains the attribution tagger on brat-annotated text (PolNeAR): first the cue lexicon (how often each word opens a
/// cue), then the weights with the averaged perceptron, paragraph by paragraph in a shuffled order fixed by the seed, so
/// a run is repeatable to the bit.
/// </summary>
public static class AttributionTrainer
{
    /// <param name="DropBelow">
    /// Averaged weights smaller than this are dropped. The perceptron makes over 100,000 updates an epoch here, so weights
    /// run large; dropping those under 4 shrinks the model from 13.9 to 3.7 MB for −0.001 F1 on dev (10 gives 1.1 MB but −0.007).
    /// </param>
    public sealed record Options(int Epochs = 10, int Seed = 2018, float DropBelow = 4);

    public sealed record Result(AttributionTagger Tagger, IReadOnlyList<(string Word, int Cues, int Seen)> CueEntries);

    /// <param name="clusters">The word clusters the features read; the tagger must be run with the same ones.</param>
    public static Result Train(
        IReadOnlyList<AttributionDocument> train, IReadOnlyList<AttributionDocument>? dev, WordClusters? clusters, Options options, TextWriter log)
    {
        var cueEntries = CueLexicon.Count(CueOpenings(train));
        var cues = CueLexicon.From(cueEntries);
        log.WriteLine($"cue lexicon: {cueEntries.Count} candidate words");

        var examples = new List<(TokenSequence Sequence, byte[] Gold)>();
        foreach (var document in train)
        {
            var parts = GoldParts(document);
            foreach (var paragraph in AttributionTagger.ParagraphsOf(document.Text))
            foreach (var sequence in TokenSequence.Of(document.Text, paragraph, cues, clusters))
                examples.Add((sequence, GoldLabels(sequence, parts)));
        }

        var perceptron = new AveragedPerceptron(AttributionLabels.Count);
        var decoder = new AttributionDecoder();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int e in order)
            {
                var (sequence, gold) = examples[e];
                var predicted = new byte[gold.Length];
                decoder.Decode(sequence, perceptron, predicted, gold, perceptron);
                for (int i = 0; i < gold.Length; i++) if (gold[i] != predicted[i]) errors++;
                tokens += gold.Length;
            }
            var line = $"epoch {epoch}: {errors} training errors in {tokens} tokens, {perceptron.FeatureCount} features";
            if (dev is not null)
            {
                var score = Score(new AttributionTagger(perceptron.Averaged(), cues, clusters), dev, null);
                line += $", dev content F1 {score.Content.OverlapF1:F3}, source F1 {score.Source.OverlapF1:F3}";
            }
            log.WriteLine(line);
        }
        return new Result(new AttributionTagger(perceptron.Averaged(options.DropBelow), cues, clusters), cueEntries);
    }

    /// <summary>Finds the attributions of every document and scores them against the gold ones.</summary>
    public static AttributionScore Score(IAttributionFinder finder, IReadOnlyList<AttributionDocument> documents, Action<AttributionDocument, IReadOnlyList<Attribution>>? onDocument)
    {
        var score = new AttributionScore();
        foreach (var document in documents)
        {
            var predicted = finder.Find(document.Text, AttributionTagger.ParagraphsOf(document.Text));
            score.Add(document.Text, document.Gold, predicted);
            onDocument?.Invoke(document, predicted);
        }
        return score;
    }

    /// <summary>Writes the model and the cue lexicon into the models folder.</summary>
    public static void Save(Result result, string modelsDirectory)
    {
        Directory.CreateDirectory(modelsDirectory);
        using (var stream = File.Create(Path.Combine(modelsDirectory, AttributionTagger.ModelFile))) result.Tagger.WriteModel(stream);
        using var writer = new StreamWriter(Path.Combine(modelsDirectory, CueLexicon.FileName));
        CueLexicon.Write(result.CueEntries, writer);
    }

    /// <summary>Every token of the training text, and whether a gold cue starts on it.</summary>
    private static IEnumerable<(string Word, bool OpensCue)> CueOpenings(IReadOnlyList<AttributionDocument> documents)
    {
        foreach (var document in documents)
        {
            var starts = document.Gold.Where(a => a.Cue is not null).Select(a => a.Cue!.Value.Start).ToHashSet();
            foreach (var token in Tokenizer.Tokenize(document.Text))
                yield return (document.Text.Substring(token.Start, token.Length), starts.Contains(token.Start));
        }
    }

    /// <summary>For each character, which gold piece covers it (its part and a piece number), or none.</summary>
    private static (AttributionPart Part, int Piece)?[] GoldParts(AttributionDocument document)
    {
        var parts = new (AttributionPart, int)?[document.Text.Length];
        int piece = 0;
        void Mark(TextSpan span, AttributionPart part)
        {
            piece++;
            for (int i = span.Start; i < span.End; i++) parts[i] ??= (part, piece);
        }
        foreach (var attribution in document.Gold)
        {
            if (attribution.Cue is { } cue) Mark(cue, AttributionPart.Cue);
            if (attribution.Source is { } source) Mark(source, AttributionPart.Source);
            foreach (var content in attribution.Content) Mark(content, AttributionPart.Content);
        }
        return parts;
    }

    private static byte[] GoldLabels(TokenSequence sequence, (AttributionPart Part, int Piece)?[] parts)
    {
        var labels = new byte[sequence.Tokens.Count];
        int previousPiece = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            var span = sequence.Tokens[i].Span;
            (AttributionPart Part, int Piece)? covering = null;
            for (int c = span.Start; c < span.End && covering is null; c++) covering = parts[c];
            if (covering is not { } x)
            {
                previousPiece = 0;
                continue;
            }
            labels[i] = x.Piece == previousPiece ? AttributionLabels.Inside(x.Part) : AttributionLabels.Begin(x.Part);
            previousPiece = x.Piece;
        }
        return labels;
    }
}
