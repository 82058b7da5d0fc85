using Dossier.Core.Analysis.Learning;
using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Entities.Tagging;

/// <summary>
/// The trained entity tagger: finds the names of people, organisations, places and other named things (CoNLL-2003's
/// PER, ORG, LOC, MISC) in tokenized text. Not thread-safe (it reuses its buffers); make one per thread.
/// </summary>
public sealed class EntityTagger : IEntityRecognizer
{
    public const string ModelFile = "entities.model";

    // Written at the head of the model file, so another kind of model is refused.
    private const string ModelMagic = "DSRNER";

    private readonly LinearModel _model;
    private readonly SentenceDecoder _decoder;
    private byte[] _labels = [];

    internal EntityTagger(LinearModel model, TokenAnnotator annotator)
    {
        _model = model;
        _decoder = new SentenceDecoder(annotator);
    }

    internal void WriteModel(Stream stream) => _model.Write(stream, ModelMagic);

    /// <summary>Number of weighted features in the model.</summary>
    public int FeatureCount => _model.FeatureCount;

    // The built-in weights and lexicons are read once per process and shared: they are never changed after loading.
    private static readonly Lazy<(LinearModel Model, TaggerResources Resources)?> Embedded = new(() =>
    {
        using var stream = ModelResources.Open(ModelFile);
        return stream is null ? null : (LinearModel.Read(stream, ModelMagic, EntityLabels.Count), TaggerResources.LoadDefault());
    });

    /// <summary>A tagger over the model built into this program (from <c>models/</c>), or null when the build has none.</summary>
    public static EntityTagger? LoadDefault() =>
        Embedded.Value is var (model, resources) ? new EntityTagger(model, resources.Annotator()) : null;

    /// <summary>A tagger from a models folder, as written by <c>dossier train entities</c>.</summary>
    public static EntityTagger Load(string modelsDirectory)
    {
        using var stream = File.OpenRead(Path.Combine(modelsDirectory, ModelFile));
        return new EntityTagger(LinearModel.Read(stream, ModelMagic, EntityLabels.Count), TaggerResources.Load(modelsDirectory).Annotator());
    }

    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences) =>
        Mentions(TokenDocument.FromSentences(text, sentences));

    public List<EntityMention> Mentions(TokenDocument document)
    {
        var labels = Tag(document);
        var mentions = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = DocumentMemory.Bounds(sentence);
            foreach (var (first, last, type) in EntityLabels.Decode(labels.AsSpan(start, end - start)))
            {
                var span = TextSpan.FromBounds(document.Tokens[start + first].Start, document.Tokens[start + last - 1].End);
                mentions.Add(new EntityMention(span, type));
            }
        }
        return mentions;
    }

    /// <summary>The names of each sentence as token ranges (end exclusive), sentence by sentence.</summary>
    public List<List<(int Start, int End, EntityType Type)>> Names(TokenDocument document)
    {
        var labels = Tag(document);
        var names = new List<List<(int, int, EntityType)>>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = DocumentMemory.Bounds(sentence);
            names.Add(EntityLabels.Decode(labels.AsSpan(start, end - start)));
        }
        return names;
    }

    private byte[] Tag(TokenDocument document)
    {
        if (_labels.Length < document.Tokens.Count) _labels = new byte[Math.Max(document.Tokens.Count, 2 * _labels.Length)];
        var labels = _labels.AsSpan(0, document.Tokens.Count);
        _decoder.Decode(document, _model, labels);
        return _labels;
    }
}
