namespace Dossier.Core.Analysis.Entities.Gazetteers;

/// <summary>The source lists for the gazetteers are missing or unreadable: a user error with a one-line message.</summary>
public sealed class GazetteerDataException(string message, Exception? inner = null) : Exception(message, inner);
