using System.CommandLine;
using System.Globalization;
using Dossier.Evaluation.Recognizers;

namespace Dossier.Cli;

public static partial class DossierCli
{
    /// <summary>`dossier evaluate recognizers --data DIR`: the share of Recognizers-Text English spec cases resolved right, per category.</summary>
    private static Command EvaluateRecognizersCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The Recognizers-Text Specs folder (holding Number/, NumberWithUnit/, DateTime/).", Required = true };
        var command = new Command("recognizers", "Share of the Recognizers-Text English Number, Percent, Currency and DateTime cases resolved right.") { data };
        command.SetAction(parse => Guard(stderr, () =>
        {
            var scores = RecognizerEvaluation.Run(parse.GetValue(data)!);
            stdout.WriteLine("a case is right when our (span, value) pairs equal the spec's Results; cases the spec marks NotSupported/NotSupportedByDesign are scored apart");
            foreach (var s in scores)
            {
                stdout.WriteLine(s.Wired
                    ? string.Create(CultureInfo.InvariantCulture,
                        $"{s.Category,-9} {s.Share:0.000} right ({s.Right}/{s.Scored});  marked unsupported: {s.Marked} (right {s.MarkedRight});  {s.File}")
                    : $"{s.Category,-9} not wired ({s.Scored} cases, marked unsupported: {s.Marked});  {s.File}");
            }
            return Success;
        }));
        return command;
    }
}
