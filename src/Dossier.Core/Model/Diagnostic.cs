namespace Dossier.Core.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// A problem found in the input. Bad input is data: stages record these instead of throwing, and the run goes on.
/// <paramref name="Code"/> is stable (see <see cref="DiagnosticCodes"/>); <paramref name="Source"/> names the file or URL.
/// </summary>
public sealed record Diagnostic(
    string Code,
    string Stage,
    Severity Severity,
    string Message,
    string? Source = null,
    TextSpan? Span = null);
