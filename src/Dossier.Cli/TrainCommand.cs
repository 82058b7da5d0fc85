using System.CommandLine;
using System.Diagnostics;
using Dossier.Core.Analysis.Entities.Clusters;
using Dossier.Core.Analysis.Entities.Gazetteers;
using Dossier.Core.Analysis.Entities.Training;
using Dossier.Core.Analysis.Quotes.Tagging;
using Dossier.Core.Analysis.Quotes.Training;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier train TASK`: rebuilds a trained model from public data.</summary>
    private static Command TrainCommand(TextWriter stdout, TextWriter stderr)
    {
        var train = new Command("train", "Rebuild a trained model in models/ from public labelled data.");
        train.Add(TrainEntitiesCommand(stdout, stderr));
        train.Add(TrainQuotesCommand(stdout, stderr));
        train.Add(TrainStoriesCommand(stdout, stderr));
        return train;
    }

    private static Command TrainEntitiesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "CoNLL-2003 training file (eng.train).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 dev file (eng.testa): scored after each epoch and at the end." };
        var models = new Option<string>("--models") { Description = "Folder to write the model files to.", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new EntityTrainer.Options().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffled order of training documents.", DefaultValueFactory = _ => new EntityTrainer.Options().Seed };
        var corpus = new Option<string?>("--corpus") { Description = "Reuters-21578 folder (reut2-*.sgm) for word clusters, usual case and the common-word filter; found beside --data's data folder when not given." };
        var gazetteers = new Option<string?>("--gazetteers") { Description = "Folder of the public gazetteers; found beside --data's data folder when not given." };
        var reuse = new Option<bool>("--reuse-lexicons") { Description = "Keep the word clusters, casing and gazetteer files already in --models; train the tagger's weights only." };
        var command = new Command("entities", "Rebuild models/ from public data: word clusters and usual case from Reuters-21578, gazetteers, then the entity tagger (PER, ORG, LOC, MISC) trained on CoNLL-2003.")
        {
            data, dev, models, epochs, seed, corpus, gazetteers, reuse,
        };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var watch = Stopwatch.StartNew();
            var trainDocuments = ReadConll(parse.GetValue(data)!);
            var devDocuments = parse.GetValue(dev) is { } devPath ? ReadConll(devPath) : null;
            var modelsDirectory = parse.GetValue(models)!;
            if (!parse.GetValue(reuse))
            {
                var dataRoot = DataRoot(parse.GetValue(data)!);
                var reuters = parse.GetValue(corpus) ?? Path.Combine(dataRoot ?? "", "corpora", "reuters21578");
                var lists = parse.GetValue(gazetteers) ?? Path.Combine(dataRoot ?? "", "gazetteers");
                BuildLexicons(reuters, lists, parse.GetValue(data)!, modelsDirectory, stdout);
            }
            var tagger = EntityTrainer.Train(trainDocuments, devDocuments, modelsDirectory, new EntityTrainer.Options(parse.GetValue(epochs), parse.GetValue(seed)), stdout);
            EntityTrainer.Save(tagger, modelsDirectory);
            stdout.WriteLine($"model: {tagger.FeatureCount} features written to {modelsDirectory} in {watch.Elapsed.TotalSeconds:F0} s");
            if (devDocuments is not null)
            {
                var score = EntityTrainer.Score(tagger, devDocuments, null);
                stdout.WriteLine($"dev F1 {100 * score.F1():F2} (precision {100 * score.Precision():F2}, recall {100 * score.Recall():F2})");
            }
            return Success;
        }));
        return command;
    }

    private static Command TrainQuotesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "PolNeAR training folder (polnear/train: text/ and attributions/).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "PolNeAR dev folder: scored after each epoch." };
        var models = new Option<string>("--models") { Description = "Folder to write the model files to.", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new AttributionTrainer.Options().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffled order of training paragraphs.", DefaultValueFactory = _ => new AttributionTrainer.Options().Seed };
        var command = new Command("quotes", "Rebuild the attribution tagger (sources, cues and content of quotes and reported speech) and its cue lexicon from PolNeAR.")
        {
            data, dev, models, epochs, seed,
        };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var watch = Stopwatch.StartNew();
            var trainDocuments = ReadAttributionCorpus(parse.GetValue(data)!);
            var devDocuments = parse.GetValue(dev) is { } devPath ? ReadAttributionCorpus(devPath) : null;
            var modelsDirectory = parse.GetValue(models)!;
            var clusters = AttributionTagger.ClustersFor(modelsDirectory);
            var result = AttributionTrainer.Train(trainDocuments, devDocuments, clusters, new AttributionTrainer.Options(parse.GetValue(epochs), parse.GetValue(seed)), stdout);
            try
            {
                AttributionTrainer.Save(result, modelsDirectory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"cannot write the model to '{modelsDirectory}': {ex.Message}");
            }
            stdout.WriteLine($"model written to {modelsDirectory} in {watch.Elapsed.TotalSeconds:F0} s");
            return Success;
        }));
        return command;
    }

    private static Command TrainStoriesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "ECB+ dev folder (docs/, gold.json).", Required = true };
        var background = new Option<string?>("--background")
        {
            Description = "Reuters-21578 folder (reut2-*.sgm) to build the background frequencies from first; without it the built-in table is used.",
        };
        var models = new Option<string>("--models") { Description = "Folder to write stories.json (and story-frequencies.tsv) to.", DefaultValueFactory = _ => "models" };
        var seeds = new Option<int>("--orders") { Description = "Shuffled stream orders each setting is scored on (seeds 1..N).", DefaultValueFactory = _ => 3 };
        var command = new Command("stories", "Fit the online story clusterer's weights and thresholds on ECB+ by grid search (BCubed F1 over shuffled orders) and write models/stories.json.")
        {
            data, background, models, seeds,
        };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var watch = Stopwatch.StartNew();
            var folder = parse.GetValue(models)!;
            var pipeline = Core.Pipeline.ArticlePipeline.Standard();
            var frequencies = Core.Stories.Online.BackgroundFrequencies.LoadDefault();
            if (parse.GetValue(background) is { } corpus)
            {
                frequencies = Evaluation.Stories.StoryBackground.Build(corpus, pipeline);
                WriteModel(folder, Core.Stories.Online.BackgroundFrequencies.ModelFile, frequencies.Write);
                stdout.WriteLine($"background frequencies of {frequencies.Counts.Count} keys over {frequencies.Documents} articles written in {watch.Elapsed.TotalSeconds:F0} s");
            }
            var set = Evaluation.Stories.StoryDataSet.Load(parse.GetValue(data)!, Evaluation.Stories.StoryDataSet.DefaultSeed);
            var cases = Evaluation.Stories.StoryFitting.Prepare(set, pipeline);
            var orders = Enumerable.Range(1, Math.Max(1, parse.GetValue(seeds))).ToList();
            stdout.WriteLine($"{cases.Count} documents prepared in {watch.Elapsed.TotalSeconds:F0} s; each setting scored on {orders.Count} order(s)");
            var best = Evaluation.Stories.StoryFitting.Fit(cases, new Core.Stories.Online.StoryStreamOptions(), frequencies, orders, stdout);
            WriteModel(folder, Core.Stories.Online.StoryStreamOptions.ModelFile, writer => writer.Write(best.ToJson()));
            stdout.WriteLine($"options written to {Path.Combine(folder, Core.Stories.Online.StoryStreamOptions.ModelFile)} in {watch.Elapsed.TotalSeconds:F0} s");
            return Success;
        }));
        return command;
    }

    /// <summary>Writes a model file as UTF-8 without BOM with "\n" line ends, so that a rebuild is byte for byte the same.</summary>
    private static void WriteModel(string folder, string name, Action<TextWriter> write)
    {
        var path = Path.Combine(folder, name);
        try
        {
            Directory.CreateDirectory(folder);
            using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            write(writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write '{path}': {ex.Message}");
        }
    }

    /// <summary>The shared data folder holding the CoNLL file (…/data/entities/conll2003/eng.train gives …/data).</summary>
    private static string? DataRoot(string conllFile)
    {
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(conllFile)); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.Exists(Path.Combine(directory, "gazetteers")) || Directory.Exists(Path.Combine(directory, "corpora"))) return directory;
        }
        return null;
    }

    /// <summary>Word clusters and usual case (Reuters-21578 and the training text), then the gazetteers.</summary>
    private static void BuildLexicons(string reuters, string gazetteers, string trainFile, string modelsDirectory, TextWriter log)
    {
        try
        {
            Directory.CreateDirectory(modelsDirectory);
            ClusterTraining.Build(reuters, trainFile, modelsDirectory, log);
            GazetteerBuilder.Build(gazetteers, reuters, modelsDirectory, log);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or GazetteerDataException)
        {
            throw new UserErrorException($"cannot build the lexicons: {ex.Message}");
        }
    }

    private static List<ConllDocument> ReadConll(string path)
    {
        try
        {
            return ConllReader.Read(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException($"cannot read CoNLL file '{path}': {ex.Message}");
        }
    }
}
