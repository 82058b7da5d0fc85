using System.CommandLine;
using System.Diagnostics;
using Dossier.Core.Analysis.Entities.Training;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier train TASK`: rebuilds a trained model from public data.</summary>
    private static Command TrainCommand(TextWriter stdout, TextWriter stderr)
    {
        var train = new Command("train", "Rebuild a trained model in models/ from public labelled data.");
        train.Add(TrainEntitiesCommand(stdout, stderr));
        return train;
    }

    private static Command TrainEntitiesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "CoNLL-2003 training file (eng.train).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 dev file (eng.testa): scored after each epoch and at the end." };
        var models = new Option<string>("--models") { Description = "Folder to write the model files to.", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new EntityTrainer.Options().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffled order of training documents.", DefaultValueFactory = _ => new EntityTrainer.Options().Seed };
        var command = new Command("entities", "Train the entity tagger (PER, ORG, LOC, MISC) on CoNLL-2003 and write it to models/.") { data, dev, models, epochs, seed };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var watch = Stopwatch.StartNew();
            var trainDocuments = ReadConll(parse.GetValue(data)!);
            var devDocuments = parse.GetValue(dev) is { } devPath ? ReadConll(devPath) : null;
            var modelsDirectory = parse.GetValue(models)!;
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
