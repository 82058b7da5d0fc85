namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// What makes two written roles the same role: case, articles and full stops do not count, "Secretary of the
/// Treasury" is "Treasury Secretary", and a leading country ("U.S. Trade Representative", "Chinese President") is
/// left to the affiliations, so each person's role is listed once however outlets word it.
/// </summary>
internal static class RoleText
{
    public static string Key(string role)
    {
        var words = NameText.WordsOf(role).Where(w => w is not ("the" or "a" or "an") && NameText.IsWord(w)).ToList();
        if (words.Count == 0) return NameText.KeyOf(role);
        var of = words.IndexOf("of");
        if (of > 0 && of < words.Count - 1 && words.LastIndexOf("of") == of)
        {
            words = [.. words.Skip(of + 1), .. words.Take(of)];
        }
        var place = PlaceNames.PlacePrefixLength(words, 0);
        if (place > 0 && place < words.Count) words.RemoveRange(0, place);
        return string.Join(' ', words);
    }
}
