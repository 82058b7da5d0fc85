using Dossier.Core.Synthesis;

namespace Dossier.Core.Rendering;

/// <summary>Writes a report in one output format.</summary>
public interface IReportWriter
{
    void Write(DossierReport report, TextWriter output);
}

public static class ReportWriters
{
    public static readonly IReadOnlyList<string> Formats = ["md", "json", "html"];

    public static IReportWriter For(string format) => format switch
    {
        "md" => new MarkdownReportWriter(),
        "json" => new JsonReportWriter(),
        "html" => new HtmlReportWriter(),
        _ => throw new ArgumentException($"unknown format '{format}'; use one of: {string.Join(", ", Formats)}", nameof(format)),
    };
}
