using System.Security.Cryptography;
using System.Text;

namespace Dossier.Core.Extraction;

/// <summary>
/// The identity of an article's content: SHA-256 of its text with white space collapsed and case kept, so the same
/// article saved twice (or with other line endings) is one article, and any edit to its words is another.
/// </summary>
public static class ContentHash
{
    public static string Of(string text)
    {
        var normalised = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = normalised.Length > 0;
                continue;
            }
            if (pendingSpace) normalised.Append(' ');
            pendingSpace = false;
            normalised.Append(c);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString()));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The article id: the first 16 hex digits of the hash, short enough to type and long enough not to collide.</summary>
    public static string IdOf(string text) => Of(text)[..16];
}
