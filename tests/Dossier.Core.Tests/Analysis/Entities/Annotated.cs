using Dossier.Core.Analysis.Entities;
using Dossier.Core.Analysis.Entities.Resolution;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.Analysis.Entities;

/// <summary>Articles from test text, tagged by a <see cref="FakeRecognizer"/>, and lookups into what resolution makes of them.</summary>
internal static class Annotated
{
    public static Article Article(string text, params (string Text, EntityType Type)[] names) =>
        Article(text, "test.txt", names);

    public static Article Article(string text, string origin, params (string Text, EntityType Type)[] names)
    {
        var article = TestArticles.FromText(text, origin);
        new EntityStage(new FakeRecognizer(names)).Process(article);
        return article;
    }

    /// <summary>An article from a page of HTML (so it has headings), tagged by a <see cref="FakeRecognizer"/>.</summary>
    public static Article Page(string html, params (string Text, EntityType Type)[] names)
    {
        var article = TestArticles.FromHtml(html);
        new EntityStage(new FakeRecognizer(names)).Process(article);
        return article;
    }

    public static (string, EntityType) Per(string name) => (name, EntityType.Person);

    public static (string, EntityType) Org(string name) => (name, EntityType.Organization);

    public static (string, EntityType) Loc(string name) => (name, EntityType.Location);

    public static (string, EntityType) Misc(string name) => (name, EntityType.Misc);

    public static IReadOnlyList<ResolvedEntity> Resolve(params Article[] articles) => EntityResolver.Resolve(articles);

    public static ResolvedEntity Named(this IReadOnlyList<ResolvedEntity> entities, string name) =>
        entities.SingleOrDefault(e => e.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"no entity named '{name}'; found: {string.Join(", ", entities.Select(e => $"{e.Kind.Name()}:{e.Name}"))}");

    public static IEnumerable<string> Roles(this ResolvedEntity entity) => entity.Roles.Select(r => r.Text);

    public static IEnumerable<string> Affiliations(this ResolvedEntity entity) => entity.Affiliations.Select(r => r.Text);
}
