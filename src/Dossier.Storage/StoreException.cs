namespace Dossier.Storage;

/// <summary>
/// The store cannot do what was asked because of its file or its input (not a store, written by a newer Dossier,
/// locked, a malformed search query). The message is one line meant for the user; the CLI reports it as a user error.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
