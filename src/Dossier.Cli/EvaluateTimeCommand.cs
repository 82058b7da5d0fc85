using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Evaluation.Time;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate time --data DIR`: TempEval-3's timex scores of the time tagger on TimeML files.</summary>
    private static Command EvaluateTimeCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "A folder of TimeML (.tml) files, searched recursively (TempEval-3's TimeBank and AQUAINT).", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write each document with the tagger's TIMEX3s as a .tml file in this folder." };
        var misses = new Option<bool>("--misses") { Description = "Print every gold timex missed or given a wrong value, and every spurious one." };
        var command = new Command("time", "Strict and relaxed span F1, type and value accuracy and F1 (TempEval-3) of the time tagger on TimeML files.") { data, predictions, misses };
        command.SetAction(parse => Guard(stderr, () =>
        {
            string directory = parse.GetValue(data)!;
            var files = TimeBenchmark.Files(directory);
            string? output = parse.GetValue(predictions);
            if (output is not null) CreateFolder(output);
            bool showMisses = parse.GetValue(misses);
            var overall = new TimexScore();
            var bySubcorpus = new SortedDictionary<string, TimexScore>(StringComparer.Ordinal);
            long characters = 0;
            var watch = new Stopwatch();
            foreach (var file in files)
            {
                var document = TimeMLDocument.Read(file);
                watch.Start();
                var found = TimeBenchmark.Tag(document);
                watch.Stop();
                characters += document.Text.Length;
                string subcorpus = Path.GetRelativePath(directory, Path.GetDirectoryName(file)!);
                if (!bySubcorpus.TryGetValue(subcorpus, out var part)) bySubcorpus[subcorpus] = part = new TimexScore();
                part.Add(document.Timexes, found);
                overall.Add(document.Timexes, found, showMisses ? (gold, system) => PrintMiss(stdout, document, gold, system) : null);
                if (output is not null) WriteText(Path.Combine(output, Path.GetFileName(file)), TimeMLWriter.Write(document, found));
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} documents, {overall.Gold} gold timexes, {overall.System} found"));
            WriteScore(stdout, "overall", overall);
            if (bySubcorpus.Count > 1) foreach (var (name, score) in bySubcorpus) WriteScore(stdout, name, score);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged {characters / 1e6:F2} MB of text in {watch.Elapsed.TotalSeconds:F2} s (one thread, including JIT warm-up)"));
            if (output is not null) stdout.WriteLine($"predictions written to {output}");
            return Success;
        }));
        return command;
    }

    private static void WriteScore(TextWriter stdout, string label, TimexScore s)
    {
        var ci = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(ci, $"{label}:"));
        stdout.WriteLine(string.Create(ci, $"  strict span   P {s.StrictSpan.Precision:F4}  R {s.StrictSpan.Recall:F4}  F1 {s.StrictSpan.F1:F4}"));
        stdout.WriteLine(string.Create(ci, $"  relaxed span  P {s.RelaxedSpan.Precision:F4}  R {s.RelaxedSpan.Recall:F4}  F1 {s.RelaxedSpan.F1:F4}"));
        stdout.WriteLine(string.Create(ci, $"  type          accuracy {s.TypeAccuracy:F4}  F1 {s.TypeScore.F1:F4}"));
        stdout.WriteLine(string.Create(ci, $"  value         accuracy {s.ValueAccuracy:F4}  F1 {s.ValueScore.F1:F4}"));
    }

    private static void PrintMiss(TextWriter stdout, TimeMLDocument document, GoldTimex? gold, Dossier.Core.Analysis.Time.TimeExpression? system)
    {
        string Context(Dossier.Core.Model.TextSpan span)
        {
            int from = Math.Max(0, span.Start - 40), to = Math.Min(document.Text.Length, span.End + 40);
            return document.Text[from..span.Start].ReplaceLineEndings(" ") + "[" + document.Text[span.Start..span.End] + "]" + document.Text[span.End..to].ReplaceLineEndings(" ");
        }
        string dct = document.CreationTime?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
        if (gold is null && system is not null) stdout.WriteLine($"SPURIOUS {document.Name} dct={dct} {system.TypeName} {system.Value} | {Context(system.Span)}");
        else if (gold is not null && system is null) stdout.WriteLine($"MISSED {document.Name} dct={dct} {gold.Type} {gold.Value} | {Context(gold.Span)}");
        else if (gold is not null && system is not null && (gold.Value != system.Value || gold.Span != system.Span))
        {
            string what = gold.Value != system.Value ? "VALUE" : "SPAN";
            stdout.WriteLine($"{what} {document.Name} dct={dct} gold {gold.Type} {gold.Value} '{document.Text[gold.Span.Start..gold.Span.End]}' found {system.TypeName} {system.Value} | {Context(system.Span)}");
        }
    }

    private static void CreateFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot create '{path}': {ex.Message}");
        }
    }

    private static void WriteText(string path, string content)
    {
        try
        {
            File.WriteAllText(path, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"cannot write '{path}': {ex.Message}");
        }
    }
}
