using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Dossier.Core.Extraction;
using Dossier.Core.Html;

namespace Dossier.Bench;

/// <summary>Parsing all Zyte pages once per operation: Dossier's parser, AngleSharp's full DOM, and whole-page extraction.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private List<string> _pages = [];
    private readonly HtmlParser _angleSharp = new();

    [GlobalSetup]
    public void Setup() => _pages = Pages.Load(Pages.Folder());

    [Benchmark(Baseline = true)]
    public int AngleSharp()
    {
        var n = 0;
        foreach (var page in _pages) n += _angleSharp.ParseDocument(page).All.Length;
        return n;
    }

    [Benchmark]
    public int Dossier()
    {
        var n = 0;
        foreach (var page in _pages) n += HtmlDocument.Parse(page).Body.Children.Count;
        return n;
    }

    [Benchmark]
    public int DossierExtract()
    {
        var n = 0;
        foreach (var page in _pages) n += HtmlTextExtractor.Extract(page).Blocks.Count;
        return n;
    }
}
