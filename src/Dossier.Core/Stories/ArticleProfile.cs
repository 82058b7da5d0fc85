using Dossier.Core.Analysis.Terms;
using Dossier.Core.Model;

namespace Dossier.Core.Stories;

/// <summary>
/// What story grouping compares: the content terms of an article's body and title, and the proper nouns among them,
/// which name the people, places and organisations a story is about and so weigh more.
/// </summary>
public sealed class ArticleProfile
{
    public ArticleProfile(Article article)
    {
        Article = article;
        var terms = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (article.Metadata.Title is { } title) TermExtractor.Collect(title, terms, names);
        foreach (var block in article.Blocks)
            if (block.IsBody) TermExtractor.Collect(article[block.Span], terms, names);
        Terms = terms;
        ProperNouns = names;
    }

    public Article Article { get; }

    public IReadOnlyList<string> Terms { get; }

    public IReadOnlySet<string> ProperNouns { get; }
}
