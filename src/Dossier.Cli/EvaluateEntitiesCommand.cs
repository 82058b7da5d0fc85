using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Tagging;
using Dossier.Core.Analysis.Entities.Training;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate entities --data FILE`: conlleval's precision, recall and F1 of the entity tagger on a CoNLL-2003 file.</summary>
    private static Command EvaluateEntitiesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-2003 file (eng.testa for the dev score).", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write `word gold predicted` lines (IOB1, a blank line between sentences) here, for any conlleval scorer." };
        var models = new Option<string?>("--models") { Description = "Use the models in this folder instead of the ones built into the program." };
        var command = new Command("entities", "Precision, recall and F1 per type and overall (conlleval) of the entity tagger on a CoNLL-2003 file.") { data, predictions, models };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var documents = ReadConll(parse.GetValue(data)!);
            var tagger = LoadTagger(parse.GetValue(models));
            using var output = OpenPredictions(parse.GetValue(predictions));
            var watch = Stopwatch.StartNew();
            var score = EntityTrainer.Score(tagger, documents, output is null ? null : (document, sentence, names) =>
            {
                var (start, end) = (sentence.Start.Value, sentence.End.Value);
                var predicted = ConllTags.ToIob1(names, end - start);
                for (int i = start; i < end; i++)
                {
                    output.Write(document.Document.TokenText(i));
                    output.WriteLine($" {document.GoldTags[i]} {predicted[i - start]}");
                }
                output.WriteLine();
            });
            watch.Stop();
            var (gold, found, correct) = score.Counts(null);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"processed {score.Tokens} tokens with {gold} phrases; found: {found} phrases; correct: {correct}."));
            stdout.WriteLine(Row("overall", null, score));
            foreach (var type in Enum.GetValues<EntityType>()) stdout.WriteLine(Row(type.Tag(), type, score));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged in {watch.Elapsed.TotalSeconds:F2} s ({score.Tokens / watch.Elapsed.TotalSeconds:F0} tokens/s, one thread, including JIT warm-up)"));
            if (parse.GetValue(predictions) is { } path) stdout.WriteLine($"predictions written to {path}");
            return Success;
        }));
        return command;
    }

    private static string Row(string label, EntityType? type, NameScore score) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-8} precision: {100 * score.Precision(type),6:F2}%; recall: {100 * score.Recall(type),6:F2}%; FB1: {100 * score.F1(type),6:F2}  {score.Counts(type).Predicted}");

    private static EntityTagger LoadTagger(string? modelsDirectory)
    {
        if (modelsDirectory is null)
        {
            return EntityTagger.LoadDefault() ?? throw new UserErrorException("this build has no entity model; run `dossier train entities` and rebuild");
        }
        try
        {
            return EntityTagger.Load(modelsDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException($"cannot load the entity model from '{modelsDirectory}': {ex.Message}");
        }
    }

    private static StreamWriter? OpenPredictions(string? path)
    {
        if (path is null) return null;
        try
        {
            return new StreamWriter(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write '{path}': {ex.Message}");
        }
    }
}
