namespace Dossier.Evaluation;

/// <summary>The evaluation data is missing or not in the expected shape: a user's mistake, reported in one line.</summary>
public sealed class EvaluationDataException(string message) : Exception(message);
