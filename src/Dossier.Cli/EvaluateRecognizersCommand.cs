using System.CommandLine;
using System.Globalization;
using Dossier.Core.Analysis.Time;
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
            var scores = RecognizerEvaluation.Run(parse.GetValue(data)!, ResolveTimes);
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

    /// <summary>The time tagger as a spec resolver: each expression's span and TIMEX3 value, against the case's reference day.</summary>
    private static IReadOnlyList<(int Start, int End, string Value)> ResolveTimes(string input, DateTime? reference) =>
        TimeTagger.Tag(input, reference is { } r ? DateOnly.FromDateTime(r) : null)
            .Select(e => (e.Span.Start, e.Span.End, e.Value)).ToList();
}
