using System.Diagnostics;
using Dossier.Core.Analysis.Entities.Tagging;
using Dossier.Core.Analysis.Entities.Training;
using Dossier.Core.Model;

namespace Dossier.Evaluation.Entities;

/// <summary>
/// Times the entity tagger on the calling thread: loading the built-in model, tagging CoNLL documents as given
/// (tokens known), and tagging the same documents as raw text (tokenizing included), as the pipeline does.
/// </summary>
public static class EntityBenchmark
{
    public sealed record Result(
        double LoadSeconds, int Tokens, double TaggedSeconds, double RawTextSeconds, long AllocatedBytesPerToken, long PeakWorkingSetBytes)
    {
        public double TokensPerSecond => Tokens / TaggedSeconds;

        public double RawTextTokensPerSecond => Tokens / RawTextSeconds;
    }

    public const int WarmUpRounds = 2;

    public static Result Run(IReadOnlyList<ConllDocument> documents, int rounds, Func<EntityTagger> load)
    {
        var watch = Stopwatch.StartNew();
        var tagger = load();
        double loadSeconds = watch.Elapsed.TotalSeconds;

        // Raw text: each CoNLL sentence is one line of the document's text, so its line is its sentence span.
        var raw = documents.Select(d => (d.Document.Text, Sentences: d.Document.Sentences
            .Select(s => TextSpan.FromBounds(d.Document.Tokens[s.Start.Value].Start, d.Document.Tokens[s.End.Value - 1].End)).ToList())).ToList();
        int tokens = documents.Sum(d => d.Document.Tokens.Count);

        for (int round = 0; round < WarmUpRounds; round++)
        {
            foreach (var document in documents) tagger.Names(document.Document);
            foreach (var (text, sentences) in raw) tagger.Recognize(text, sentences);
        }
        double tagged = double.MaxValue, rawText = double.MaxValue;
        long allocated = 0;
        for (int round = 0; round < rounds; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            watch.Restart();
            foreach (var document in documents) tagger.Names(document.Document);
            tagged = Math.Min(tagged, watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            watch.Restart();
            foreach (var (text, sentences) in raw) tagger.Recognize(text, sentences);
            rawText = Math.Min(rawText, watch.Elapsed.TotalSeconds);
        }
        using var process = Process.GetCurrentProcess();
        return new Result(loadSeconds, tokens, tagged, rawText, allocated / Math.Max(1, tokens), process.PeakWorkingSet64);
    }
}
