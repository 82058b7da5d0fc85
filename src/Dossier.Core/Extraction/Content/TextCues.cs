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

    /// <summary>
    /// The kind of every block of the page. The page's text is searched once for "cookie", and only the blocks that
    /// hold it are read again: the word cannot straddle two blocks, which the text separates by blank lines.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BoilerplateKind[] KindsOf(SegmentedPage page)
    {
        var blocks = page.Blocks;
        var kinds = new BoilerplateKind[blocks.Count];
        var text = page.Text.AsSpan();
        var from = 0;
        var b = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(Cookie, StringComparison.OrdinalIgnoreCase);
            if (found < 0) break;
            var at = from + found;
            while (b < blocks.Count && blocks[b].Start + blocks[b].Length <= at) b++;
            if (b == blocks.Count) break;
            if (blocks[b].Start > at)
            {
                from = blocks[b].Start;
                continue;
            }
            kinds[b] = KindOf(page.TextOf(blocks[b]));
            from = blocks[b].Start + blocks[b].Length;
        }
        return kinds;
    }

    private const string Cookie = "cookie";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BoilerplateKind KindOf(ReadOnlySpan<char> text)
    {
        if (text.Contains(Cookie, StringComparison.OrdinalIgnoreCase))
            foreach (var companion in CookieCompanions)
                if (text.Contains(companion, StringComparison.OrdinalIgnoreCase)) return BoilerplateKind.Cookie;
        return BoilerplateKind.None;
    }
}
