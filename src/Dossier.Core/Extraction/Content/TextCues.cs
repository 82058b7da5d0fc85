using System.Runtime.CompilerServices;
using Dossier.Core.Model;

namespace Dossier.Core.Extraction.Content;

/// <summary>
/// Boilerplate that gives itself away by its words whatever markup it sits in. Kept to prompts whose wording is
/// the same on every site, so that news paragraphs are never caught.
/// </summary>
internal static class TextCues
{
    /// <summary>Words that, next to "cookie", make a consent prompt rather than a recipe or a story about biscuits.</summary>
    private static readonly string[] CookieCompanions = ["website", "browser", "consent", "accept", "privacy", "experience", "third-party"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BoilerplateKind KindOf(ReadOnlySpan<char> text)
    {
        if (text.Contains("cookie", StringComparison.OrdinalIgnoreCase))
            foreach (var companion in CookieCompanions)
                if (text.Contains(companion, StringComparison.OrdinalIgnoreCase)) return BoilerplateKind.Cookie;
        return BoilerplateKind.None;
    }
}
