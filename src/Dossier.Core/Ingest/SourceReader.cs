using Dossier.Core.Ingest.Feeds;
using Dossier.Core.Ingest.Web;
using Dossier.Core.Model;

namespace Dossier.Core.Ingest;

/// <summary>
/// Reads what the user named, in the order named: http(s) URLs through <see cref="WebSource"/>, everything else as
/// files and folders through <see cref="FileSource"/>. The HTTP client is made on first use (a run over files never
/// opens one) and disposed with the reader.
/// </summary>
public sealed class SourceReader : IDisposable, IFeedPageFetcher
{
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly IFetchValidatorStore? _validators;
    private readonly FileSource _files;
    private WebFetcher? _fetcher;
    private WebSource? _web;

    public SourceReader(IngestOptions options, IFetchValidatorStore? validators = null, TimeProvider? time = null)
    {
        _options = options;
        _validators = validators;
        _time = time ?? TimeProvider.System;
        _files = new FileSource(options, this);
    }

    public IEnumerable<IngestItem> Read(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            var items = WebSource.LooksLikeUrl(source) ? Web.Read(source) : _files.Read([source]);
            foreach (var item in items)
                yield return item;
        }
    }

    /// <summary>Feed files on disk have their items' pages fetched like feeds from the web.</summary>
    public IngestItem FetchPage(Uri link, ArticleMetadata fromFeed, IReadOnlyList<Diagnostic> carried) =>
        Web.FetchPage(link, fromFeed, carried);

    private WebSource Web => _web ??= new WebSource(_fetcher = new WebFetcher(_options.Web, _time, _validators), _options, _validators);

    public void Dispose() => _fetcher?.Dispose();
}
