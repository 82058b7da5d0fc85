using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>
/// Turns the mentions of a story's articles (or of one article) into entities. In order:
/// <list type="number">
/// <item>the tagger's slips around titled names are mended (<see cref="MentionRepair"/>);</item>
/// <item>each mention is cleaned to its name (<see cref="NameText.Clean"/>);</item>
/// <item>a name typed differently in different places takes the type most of its mentions have;</item>
/// <item>acronyms defined in the text ("National Economic Council (NEC)") are collected over the story;</item>
/// <item>within each article, mentions are linked to entities (<see cref="MentionLinker"/>) and the roles and
/// affiliations of its people read (<see cref="RoleFinder"/>);</item>
/// <item>over the story, entities with the same key are one, and a surname left alone in an article joins the full
/// name the story has for it;</item>
/// <item>an entity named only in title-case headings is left out unless its name is a known one (<see cref="Headlines"/>);</item>
/// <item>each entity gets its name (the most complete common form), aliases, merged roles and affiliations.</item>
/// </list>
/// The result depends only on the articles, their order and their mentions. Entities are listed by mention count,
/// then by first appearance.
/// </summary>
public static class EntityResolver
{
    /// <summary>Sentences kept as evidence for one role or affiliation; the first ones in story order.</summary>
    public const int MaxEvidencePerAttribute = 5;

    /// <summary>Other written forms kept per entity, the most used first.</summary>
    public const int MaxAliases = 12;

    public static IReadOnlyList<ResolvedEntity> Resolve(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var byArticle = ReadMentions(articles);
        var all = byArticle.SelectMany(a => a.Mentions).ToList();
        VoteTypes(all);
        var acronyms = Acronyms(byArticle);

        var clusters = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        var ordered = new List<EntityCluster>();
        foreach (var (sentences, mentions) in byArticle)
        {
            MentionLinker.Link(mentions, acronyms);
            foreach (var mention in mentions)
            {
                if (!clusters.TryGetValue(mention.Key, out var cluster))
                {
                    clusters[mention.Key] = cluster = new EntityCluster(mention.Kind, mention.Key);
                    ordered.Add(cluster);
                }
                cluster.Mentions.Add(mention);
            }

            var finder = new RoleFinder(sentences, mentions);
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Kind != EntityKind.Person) continue;
                var cluster = clusters[mentions[i].Key];
                finder.Find(i, cluster.Roles, cluster.Affiliations);
            }
        }

        var redirects = AttachSurnames(ordered);
        DropHeadlineOnly(ordered);
        var names = ordered.Where(c => c.Mentions.Count > 0).ToDictionary(c => c.Key, CanonicalName, StringComparer.Ordinal);
        var articleOrder = articles.Select((a, i) => (a, i)).GroupBy(x => x.a).ToDictionary(g => g.Key, g => g.First().i);

        return ordered
            .Where(c => c.Mentions.Count > 0)
            .Select(c => Build(c, names, redirects, articleOrder))
            .Select((entity, index) => (entity, index))
            .OrderByDescending(x => x.entity.Mentions.Count)
            .ThenBy(x => x.index)
            .Select(x => x.entity)
            .ToList();
    }

    /// <summary>Each article's usable mentions in text order, cleaned; mentions out of bounds or with no name in them are left out.</summary>
    private static List<(ArticleSentences Sentences, List<NamedMention> Mentions)> ReadMentions(IReadOnlyList<Article> articles)
    {
        var result = new List<(ArticleSentences, List<NamedMention>)>();
        var order = 0;
        var distinct = articles.Distinct<Article>(ReferenceEqualityComparer.Instance).ToList();
        var repair = MentionRepair.ForStory(distinct);
        foreach (var article in distinct)
        {
            var mentions = new List<NamedMention>();
            var usable = article.Mentions.Where(m => m.Span.IsWithin(article.Text.Length) && Enum.IsDefined(m.Type))
                .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
            var headlines = Headlines.TitleCaseHeadings(article);
            var sentences = new ArticleSentences(article);
            foreach (var mention in repair.Repair(sentences, usable))
            {
                if (NameText.Clean(article.Text, mention.Span, mention.Type) is { } name)
                    mentions.Add(new NamedMention(order++, article, mention, name) { InHeadline = Headlines.IsInside(headlines, mention.Span) });
            }
            result.Add((sentences, mentions));
        }
        return result;
    }

    /// <summary>The same name typed differently in different places takes its most frequent type (ties: the earlier enum value).</summary>
    private static void VoteTypes(List<NamedMention> mentions)
    {
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (!votes.TryGetValue(mention.Name.Key, out var counts)) votes[mention.Name.Key] = counts = new int[4];
            counts[(int)mention.Mention.Type]++;
        }
        foreach (var mention in mentions)
        {
            var counts = votes[mention.Name.Key];
            var best = 0;
            for (var t = 1; t < counts.Length; t++)
            {
                if (counts[t] > counts[best]) best = t;
            }
            mention.Type = (EntityType)best;
        }
    }

    /// <summary>
    /// Acronyms the story defines: an organisation's name followed by a bracketed acronym. An acronym defined for two
    /// different organisations is ambiguous and left alone.
    /// </summary>
    private static Dictionary<string, string> Acronyms(List<(ArticleSentences Sentences, List<NamedMention> Mentions)> byArticle)
    {
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (sentences, mentions) in byArticle)
        {
            var article = sentences.Article;
            foreach (var mention in mentions)
            {
                if (mention.Type != EntityType.Organization) continue;
                if (AcronymAfter(article.Text, mention.Mention.Span.End) is not { } acronym) continue;
                if (!OrganizationNames.CanAbbreviate(acronym, mention.Name.Words)) continue;
                var key = NameText.Normalize(acronym);
                var target = OrganizationNames.Key(mention.Name.Words);
                if (key == target) continue;
                found[key] = found.TryGetValue(key, out var earlier) && earlier != target ? null : target;
            }
        }
        return found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal);
    }

    /// <summary>The text of "(ABC)" right after position <paramref name="end"/> (spaces allowed before it), or null.</summary>
    private static string? AcronymAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i >= text.Length || text[i] != '(') return null;
        var close = text.IndexOf(')', i + 1, Math.Min(12, text.Length - i - 1));
        return close < 0 ? null : text[(i + 1)..close];
    }

    /// <summary>
    /// A surname left alone in its article ("person:trump") joins the story's full name with that surname (the only
    /// one, or one mentioned twice as often as any other), or the only full name with that given name. Returns where
    /// each absorbed key went.
    /// </summary>
    private static Dictionary<string, string> AttachSurnames(List<EntityCluster> clusters)
    {
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullNames = new FullNames();
        var clusterOf = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Kind == EntityKind.Person))
        {
            if (cluster.Person is not { IsSingle: false } name) continue;
            fullNames.Add(name, cluster.Mentions.Count, cluster.FirstOrder);
            clusterOf.TryAdd(name.Key, cluster);
        }
        foreach (var single in clusters.Where(c => c.Kind == EntityKind.Person && c.Person is { IsSingle: true }).ToList())
        {
            if (fullNames.For(single.Person!.Surname) is not { } full) continue;
            var target = clusterOf[full.Key];
            fullNames.Add(full, single.Mentions.Count, target.FirstOrder);
            redirects[single.Key] = target.Key;
            target.Absorb(single);
        }
        return redirects;
    }

    /// <summary>
    /// Empties the entities whose every mention is in a title-case heading, unless the name is of a known kind: an
    /// outlet, a person with a known first name or a Chinese name, a known place, company or nationality. In
    /// "Earth Dispute Becomes Focal Point" capitals say nothing, and a name that matters is named again in the text.
    /// </summary>
    private static void DropHeadlineOnly(List<EntityCluster> clusters)
    {
        foreach (var cluster in clusters)
        {
            if (cluster.Mentions.Count == 0 || !cluster.Mentions.All(m => m.InHeadline) || IsKnownName(cluster)) continue;
            cluster.Mentions.Clear();
            cluster.Roles.Clear();
            cluster.Affiliations.Clear();
        }
    }

    private static bool IsKnownName(EntityCluster cluster) => cluster.Kind switch
    {
        EntityKind.Outlet => true,
        EntityKind.Person => cluster.Mentions.Any(m => m.Person is { IsSingle: false } p && (p.SurnameFirst || KnownNames.IsFirstName(FirstWord(m.Name.Text)))),
        EntityKind.Location => cluster.Mentions.Any(m => m.ListedName is not null || KnownNames.IsPlace(m.Name.Text)),
        EntityKind.Organization => cluster.Mentions.Any(m => KnownNames.IsCompany(m.Name.Text)),
        _ => cluster.Mentions.Any(m => KnownNames.IsDemonym(m.Name.Text)),
    };

    private static string FirstWord(string name) => name.Split(' ', 2)[0];

    /// <summary>
    /// The name to show: a list's name for outlets and known countries; otherwise the most complete form among those
    /// written at least twice (all forms when none is), preferring full names for people and spelled-out names over
    /// acronyms; ties go to the most used, then the earliest.
    /// </summary>
    private static string CanonicalName(EntityCluster cluster)
    {
        if (cluster.Mentions.Select(m => m.ListedName).FirstOrDefault(n => n is not null) is { } listed) return listed;
        var forms = Forms(cluster);
        var candidates = forms;
        if (cluster.Kind == EntityKind.Person && forms.Any(f => f.FullName)) candidates = forms.Where(f => f.FullName).ToList();
        if (candidates.Any(f => !f.Acronym)) candidates = candidates.Where(f => !f.Acronym).ToList();
        if (candidates.Any(f => f.Count >= 2)) candidates = candidates.Where(f => f.Count >= 2).ToList();
        return candidates.OrderByDescending(f => f.Words).ThenByDescending(f => f.Count).ThenBy(f => f.First).First().Text;
    }

    private sealed record Form(string Text, int Count, int Words, int First, bool FullName, bool Acronym);

    /// <summary>The distinct written forms of an entity's names, in order of first appearance.</summary>
    private static List<Form> Forms(EntityCluster cluster)
    {
        var forms = new List<Form>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in cluster.Mentions)
        {
            var text = mention.Name.Text;
            if (indexOf.TryGetValue(text, out var index))
            {
                forms[index] = forms[index] with { Count = forms[index].Count + 1 };
                continue;
            }
            indexOf[text] = forms.Count;
            var acronym = cluster.Kind == EntityKind.Organization && mention.Name.Words.Length == 1
                && cluster.Key != MentionLinker.OrganizationPrefix + mention.Name.Key;
            forms.Add(new Form(text, 1, mention.Name.Words.Length, mention.Order, mention.Person is { IsSingle: false }, acronym));
        }
        return forms;
    }

    private static ResolvedEntity Build(EntityCluster cluster, Dictionary<string, string> names, Dictionary<string, string> redirects,
        Dictionary<Article, int> articleOrder)
    {
        var name = names[cluster.Key];
        var aliases = Forms(cluster)
            .Where(f => f.Text != name)
            .OrderByDescending(f => f.Count).ThenBy(f => f.First)
            .Take(MaxAliases)
            .Select(f => f.Text)
            .ToList();
        var roles = Merge(cluster.Roles, f => (f.Key, f.Text), articleOrder);
        var affiliations = Merge(cluster.Affiliations, f =>
        {
            var key = redirects.GetValueOrDefault(f.Key, f.Key);
            return (key, names.GetValueOrDefault(key, f.Text));
        }, articleOrder);
        var mentions = cluster.Mentions
            .OrderBy(m => m.Order)
            .Select(m => new ResolvedMention(m.Article, m.Mention.Span, m.Mention.Type))
            .ToList();
        var outletKind = cluster.Mentions.Select(m => m.OutletKind).FirstOrDefault(k => k is not null);
        return new ResolvedEntity(cluster.Kind, name, aliases, outletKind, roles, affiliations, mentions);
    }

    /// <summary>
    /// Facts with the same key are one attribute. Its text is the form written most often (then the longest, then
    /// the first); its evidence the distinct sentences in story order, at most <see cref="MaxEvidencePerAttribute"/>.
    /// Attributes are listed by how many mentions gave them, then by first appearance.
    /// </summary>
    private static List<EntityAttribute> Merge(List<Fact> facts, Func<Fact, (string Key, string Text)> identify, Dictionary<Article, int> articleOrder)
    {
        var groups = new List<(string Key, List<(Fact Fact, string Text)> Facts)>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in facts.OrderBy(f => f.Order).ThenBy(f => f.Evidence.Sentence.Start))
        {
            var (key, text) = identify(fact);
            if (indexOf.TryGetValue(key, out var index))
            {
                groups[index].Facts.Add((fact, text));
                continue;
            }
            indexOf[key] = groups.Count;
            groups.Add((key, [(fact, text)]));
        }
        return groups
            .Select((g, index) => (Group: g, Index: index))
            .OrderByDescending(x => x.Group.Facts.Count)
            .ThenBy(x => x.Index)
            .Select(x =>
            {
                var text = x.Group.Facts
                    .GroupBy(f => f.Text, StringComparer.Ordinal)
                    .Select(g => (Text: g.Key, Count: g.Count(), First: g.Min(f => f.Fact.Order)))
                    .OrderByDescending(t => t.Count).ThenByDescending(t => t.Text.Length).ThenBy(t => t.First)
                    .First().Text;
                var evidence = x.Group.Facts
                    .Select(f => f.Fact.Evidence)
                    .Distinct()
                    .OrderBy(e => articleOrder.GetValueOrDefault(e.Article)).ThenBy(e => e.Sentence.Start)
                    .Take(MaxEvidencePerAttribute)
                    .ToList();
                return new EntityAttribute(text, evidence);
            })
            .ToList();
    }
}
