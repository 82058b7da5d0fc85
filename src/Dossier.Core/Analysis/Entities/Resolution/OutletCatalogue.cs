namespace Dossier.Core.Analysis.Entities.Resolution;

/// <summary>What sort of source an outlet is. A platform publishes what others post (a statement there is its author's).</summary>
public enum OutletKind
{
    Newspaper,
    Agency,
    Broadcaster,
    Online,
    Platform,
}

public static class OutletKinds
{
    public static string Name(this OutletKind kind) => kind switch
    {
        OutletKind.Newspaper => "newspaper",
        OutletKind.Agency => "agency",
        OutletKind.Broadcaster => "broadcaster",
        OutletKind.Online => "online",
        OutletKind.Platform => "platform",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>One outlet of the catalogue: the name Dossier shows and what sort of source it is.</summary>
public sealed record Outlet(string Name, OutletKind Kind);

/// <summary>
/// A hand-written catalogue of news outlets, agencies and the platforms statements are posted on. A mention whose
/// whole name is one of these, whatever type the tagger gave it, is an outlet: a source that later attribution can
/// cite. Only names that are rarely anything else are listed ("Fox" alone, "The Times" and "X" are not).
/// </summary>
public static class OutletCatalogue
{
    private static readonly (string Name, OutletKind Kind, string[] Aliases)[] Entries =
    [
        ("Reuters", OutletKind.Agency, ["Thomson Reuters"]),
        ("Associated Press", OutletKind.Agency, ["AP", "The Associated Press"]),
        ("Agence France-Presse", OutletKind.Agency, ["AFP", "Agence France Presse"]),
        ("Bloomberg", OutletKind.Agency, ["Bloomberg News", "Bloomberg L.P."]),
        ("Xinhua", OutletKind.Agency, ["Xinhua News Agency", "Xinhua News"]),
        ("Kyodo News", OutletKind.Agency, ["Kyodo"]),
        ("Yonhap", OutletKind.Agency, ["Yonhap News Agency"]),
        ("TASS", OutletKind.Agency, ["ITAR-TASS"]),
        ("Sputnik", OutletKind.Agency, []),
        ("Dow Jones Newswires", OutletKind.Agency, ["Dow Jones"]),
        ("ANSA", OutletKind.Agency, []),
        ("EFE", OutletKind.Agency, []),
        ("dpa", OutletKind.Agency, ["Deutsche Presse-Agentur"]),
        ("China News Service", OutletKind.Agency, []),
        ("CNBC", OutletKind.Broadcaster, []),
        ("CNN", OutletKind.Broadcaster, []),
        ("BBC", OutletKind.Broadcaster, ["BBC News", "British Broadcasting Corporation"]),
        ("Fox News", OutletKind.Broadcaster, ["Fox Business", "Fox Business Network"]),
        ("NBC News", OutletKind.Broadcaster, ["NBC"]),
        ("CBS News", OutletKind.Broadcaster, ["CBS"]),
        ("ABC News", OutletKind.Broadcaster, []),
        ("MSNBC", OutletKind.Broadcaster, []),
        ("NPR", OutletKind.Broadcaster, ["National Public Radio"]),
        ("PBS", OutletKind.Broadcaster, []),
        ("Sky News", OutletKind.Broadcaster, []),
        ("Al Jazeera", OutletKind.Broadcaster, []),
        ("Deutsche Welle", OutletKind.Broadcaster, ["DW"]),
        ("CCTV", OutletKind.Broadcaster, ["China Central Television"]),
        ("CGTN", OutletKind.Broadcaster, ["China Global Television Network"]),
        ("Financial Times", OutletKind.Newspaper, ["FT"]),
        ("Wall Street Journal", OutletKind.Newspaper, ["WSJ"]),
        ("New York Times", OutletKind.Newspaper, ["NYT", "NY Times"]),
        ("Washington Post", OutletKind.Newspaper, []),
        ("USA Today", OutletKind.Newspaper, []),
        ("South China Morning Post", OutletKind.Newspaper, ["SCMP"]),
        ("Global Times", OutletKind.Newspaper, []),
        ("People's Daily", OutletKind.Newspaper, []),
        ("China Daily", OutletKind.Newspaper, []),
        ("Caixin", OutletKind.Newspaper, []),
        ("Nikkei", OutletKind.Newspaper, ["Nikkei Asia", "Nikkei Asian Review"]),
        ("The Guardian", OutletKind.Newspaper, ["Guardian"]),
        ("The Economist", OutletKind.Newspaper, ["Economist"]),
        ("Irish Examiner", OutletKind.Newspaper, []),
        ("Le Monde", OutletKind.Newspaper, []),
        ("Handelsblatt", OutletKind.Newspaper, []),
        ("Barron's", OutletKind.Newspaper, []),
        ("Politico", OutletKind.Online, []),
        ("Axios", OutletKind.Online, []),
        ("Yahoo Finance", OutletKind.Online, []),
        ("MarketWatch", OutletKind.Online, []),
        ("Business Insider", OutletKind.Online, []),
        ("Forbes", OutletKind.Online, []),
        ("Semafor", OutletKind.Online, []),
        ("The Hill", OutletKind.Online, []),
        ("QQ News", OutletKind.Online, ["Tencent News"]),
        ("Anue", OutletKind.Online, []),
        ("Chinatopix", OutletKind.Online, []),
        ("Truth Social", OutletKind.Platform, []),
        ("Twitter", OutletKind.Platform, []),
        ("Weibo", OutletKind.Platform, ["Sina Weibo"]),
        ("WeChat", OutletKind.Platform, []),
    ];

    private static readonly Dictionary<string, Outlet> ByKey = Build();

    private static Dictionary<string, Outlet> Build()
    {
        var map = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var (name, kind, aliases) in Entries)
        {
            var outlet = new Outlet(name, kind);
            foreach (var form in aliases.Prepend(name))
            {
                var key = NameText.KeyOf(form);
                if (!map.TryAdd(key, outlet)) throw new InvalidOperationException($"outlet alias '{form}' is listed twice");
            }
        }
        return map;
    }

    /// <summary>Every outlet of the catalogue, in catalogue order.</summary>
    public static IEnumerable<Outlet> All => Entries.Select(e => new Outlet(e.Name, e.Kind));

    /// <summary>The outlet a name stands for ("AP", "the Financial Times", "Bloomberg News"), or null.</summary>
    public static Outlet? Find(string name)
    {
        var key = NameText.KeyOf(name);
        return ByKey.GetValueOrDefault(key) ?? (key.StartsWith("the ", StringComparison.Ordinal) ? ByKey.GetValueOrDefault(key[4..]) : null);
    }

    /// <summary>
    /// The outlet of a cleaned mention. Cleaning drops a leading "the", which some outlets keep in their name ("The
    /// Hill"); those match only when the mention had it.
    /// </summary>
    internal static Outlet? Find(NameForm name) =>
        ByKey.GetValueOrDefault(name.Key) ?? (name.HadArticle ? ByKey.GetValueOrDefault("the " + name.Key) : null);
}
