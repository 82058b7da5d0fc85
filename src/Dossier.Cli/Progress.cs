using Spectre.Console;

namespace Dossier.Cli;

/// <summary>A progress bar on stderr for long runs; silent when stderr is not a terminal or the run is short.</summary>
internal static class Progress
{
    private const int MinFilesForBar = 50;

    public static T Run<T>(TextWriter stderr, string[] paths, Func<IProgress<string>?, T> work)
    {
        if (Console.IsErrorRedirected || stderr != Console.Error) return work(null);
        var total = Core.Pipeline.DossierEngine.CountFiles(paths);
        if (total < MinFilesForBar) return work(null);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: total);
                return work(new Callback(() => task.Increment(1)));
            });
    }

    /// <summary>Reports synchronously, on the working thread: System.Progress would post to the thread pool.</summary>
    private sealed class Callback(Action onReport) : IProgress<string>
    {
        public void Report(string value) => onReport();
    }
}
