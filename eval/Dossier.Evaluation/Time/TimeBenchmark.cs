using Dossier.Core.Analysis.Time;

namespace Dossier.Evaluation.Time;

/// <summary>The TempEval-3 timex task over a folder of .tml files: tag each document's text with its creation time as reference, and score.</summary>
public static class TimeBenchmark
{
    /// <summary>Every .tml file under the folder, in ordinal path order so runs are repeatable.</summary>
    public static List<string> Files(string directory)
    {
        if (!Directory.Exists(directory)) throw new EvaluationDataException($"no such folder: {directory}");
        var files = Directory.GetFiles(directory, "*.tml", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        if (files.Count == 0) throw new EvaluationDataException($"no .tml files under {directory}");
        return files;
    }

    /// <summary>The tagger's expressions for one document: its TEXT as one run of sentences, its DCT as reference.</summary>
    public static List<TimeExpression> Tag(TimeMLDocument document) => TimeTagger.Tag(document.Text, document.CreationTime);
}
