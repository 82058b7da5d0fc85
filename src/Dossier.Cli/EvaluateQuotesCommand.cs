using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Analysis.Quotes.Tagging;
using Dossier.Core.Analysis.Quotes.Training;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate quotes --data DIR`: content and source span scores of the attribution tagger on brat files (PolNeAR).</summary>
    private static Command EvaluateQuotesCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "A folder of brat files: PolNeAR's layout (text/, attributions/) or NAME.txt beside NAME.ann.", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write one brat .ann file of predicted attributions per annotation file into this folder." };
        var models = new Option<string?>("--models") { Description = "Use the models in this folder instead of the ones built into the program." };
        var command = new Command("quotes", "Precision, recall and F1 of attribution content and source spans (overlapping and exact) on brat-annotated text.") { data, predictions, models };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var documents = ReadAttributionCorpus(parse.GetValue(data)!);
            var tagger = LoadAttributionTagger(parse.GetValue(models));
            var outputFolder = parse.GetValue(predictions);
            if (outputFolder is not null) CreateFolder(outputFolder);
            var watch = Stopwatch.StartNew();
            long characters = 0;
            var score = AttributionTrainer.Score(tagger, documents, (document, found) =>
            {
                characters += document.Text.Length;
                if (outputFolder is not null) WriteText(Path.Combine(outputFolder, document.Name + ".ann"), BratAttributions.Write(document.Text, found));
            });
            watch.Stop();
            stdout.WriteLine($"{documents.Count} annotation files, {score.Content.Gold} gold attributions");
            stdout.WriteLine("span      match        precision  recall  F1     (gold, predicted, matched)");
            foreach (var (name, spans) in new[] { ("content", score.Content), ("source", score.Source) })
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-9} overlapping  {spans.OverlapPrecision,9:F3}  {spans.OverlapRecall,6:F3}  {spans.OverlapF1:F3}  ({spans.Gold}, {spans.Predicted}, {spans.OverlapMatches})"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-9} exact        {spans.ExactPrecision,9:F3}  {spans.ExactRecall,6:F3}  {spans.ExactF1:F3}  ({spans.Gold}, {spans.Predicted}, {spans.ExactMatches})"));
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged in {watch.Elapsed.TotalSeconds:F2} s ({characters / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s, one thread, including JIT warm-up)"));
            if (outputFolder is not null) stdout.WriteLine($"predictions written to {outputFolder}");
            return Success;
        }));
        return command;
    }

    private static List<AttributionDocument> ReadAttributionCorpus(string folder)
    {
        try
        {
            return BratAttributions.ReadCorpus(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException($"cannot read '{folder}': {ex.Message}");
        }
    }

    private static AttributionTagger LoadAttributionTagger(string? modelsDirectory)
    {
        if (modelsDirectory is null)
        {
            return AttributionTagger.LoadDefault() ?? throw new UserErrorException("this build has no attribution model; run `dossier train quotes` and rebuild");
        }
        try
        {
            return AttributionTagger.Load(modelsDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UserErrorException($"cannot load the attribution model from '{modelsDirectory}': {ex.Message}");
        }
    }
}
