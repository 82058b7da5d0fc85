using System.CommandLine;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate TASK`: each task prints the standard metric of one stage on its public data set.</summary>
    private static Command EvaluateCommand(TextWriter stdout, TextWriter stderr)
    {
        var evaluate = new Command("evaluate", "Score a stage on a public labelled data set with the benchmark's own metric.");
        evaluate.Add(EvaluateMetadataCommand(stdout, stderr));
        evaluate.Add(EvaluateExtractionCommand(stdout, stderr));
        evaluate.Add(EvaluateEntitiesCommand(stdout, stderr));
        evaluate.Add(EvaluateTimeCommand(stdout, stderr));
        evaluate.Add(EvaluateRecognizersCommand(stdout, stderr));
        evaluate.Add(EvaluateQuotesCommand(stdout, stderr));
        evaluate.Add(EvaluateStoriesCommand(stdout, stderr));
        return evaluate;
    }
}
