using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quotes.Training;

/// <summary>One annotated text of an attribution corpus: its text and its gold attributions.</summary>
/// <param name="Name">The annotation file's name without extension (one text may have several annotators).</param>
public sealed record AttributionDocument(string Name, string Text, IReadOnlyList<Attribution> Gold);

/// <summary>
/// Reads attributions from brat standoff files as PolNeAR writes them: text-bound lines
/// <c>T7 Content 292 543[;600 620] text</c> and event lines <c>E2 Attribution:T8 Content:T7 Cue:T6 Source:T5</c>.
/// Each event with content is one attribution. Lines of other kinds (Discuss, Discard, notes) are ignored, and so is a
/// malformed line: it is counted, not fatal, because one bad line should not cost a corpus.
/// </summary>
public static class BratAttributions
{
    public static (List<Attribution> Attributions, int MalformedLines) Parse(string annotations, int textLength)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        int malformed = 0;
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields[0].StartsWith('T') && fields.Length >= 2)
            {
                var fragments = Fragments(fields[1], textLength);
                if (fragments is null) malformed++;
                else spans[fields[0]] = fragments;
            }
            else if (fields[0].StartsWith('E') && fields.Length >= 2) events.Add(fields[1]);
            else if (line.Trim().Length > 0 && !fields[0].StartsWith('#') && !fields[0].StartsWith('A')) malformed++;
        }

        var attributions = new List<Attribution>();
        foreach (var e in events)
        {
            List<TextSpan>? content = null;
            TextSpan? source = null, cue = null;
            foreach (var argument in e.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = argument.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(argument[(colon + 1)..], out var fragments)) continue;
                switch (argument[..colon])
                {
                    case "Content": content = fragments; break;
                    case "Source": source = Hull(fragments); break;
                    case "Cue": cue = Hull(fragments); break;
                }
            }
            if (content is { Count: > 0 }) attributions.Add(new Attribution(source, cue, content));
        }
        attributions.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        return (attributions, malformed);
    }

    /// <summary>The fragments of "Type start end;start end", or null when they do not parse or fall outside the text.</summary>
    private static List<TextSpan>? Fragments(string typeAndOffsets, int textLength)
    {
        int space = typeAndOffsets.IndexOf(' ');
        if (space < 0) return null;
        var fragments = new List<TextSpan>();
        foreach (var piece in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2 || !int.TryParse(bounds[0], out int start) || !int.TryParse(bounds[1], out int end)) return null;
            if (start < 0 || end <= start || end > textLength) return null;
            fragments.Add(TextSpan.FromBounds(start, end));
        }
        fragments.Sort((a, b) => a.Start.CompareTo(b.Start));
        return fragments;
    }

    private static TextSpan Hull(List<TextSpan> fragments) => TextSpan.FromBounds(fragments[0].Start, fragments[^1].End);

    /// <summary>
    /// Reads a corpus folder: PolNeAR's layout (<c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>, one
    /// document per annotation file) or plain brat (<c>NAME.txt</c> beside <c>NAME.ann</c>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">The folder holds no annotation file with its text.</exception>
    public static List<AttributionDocument> ReadCorpus(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"no such folder: {directory}");
        var documents = new List<AttributionDocument>();
        bool polnear = Directory.Exists(Path.Combine(directory, "attributions"));
        var annotationFolder = polnear ? Path.Combine(directory, "attributions") : directory;
        foreach (var file in Directory.GetFiles(annotationFolder, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var textFile = polnear
                ? Path.Combine(directory, "text", (name.LastIndexOf('_') is var cut and > 0 ? name[..cut] : name) + ".txt")
                : Path.ChangeExtension(file, ".txt");
            if (!File.Exists(textFile)) continue;
            var text = File.ReadAllText(textFile);
            documents.Add(new AttributionDocument(name, text, Parse(File.ReadAllText(file), text.Length).Attributions));
        }
        if (documents.Count == 0) throw new InvalidDataException($"{directory} holds no brat .ann file with its .txt");
        return documents;
    }

    /// <summary>Writes attributions as brat standoff: Source, Cue and Content text-bound lines tied by one event each.</summary>
    public static string Write(string text, IReadOnlyList<Attribution> attributions)
    {
        var output = new System.Text.StringBuilder();
        int t = 0, e = 0;
        string Bound(string type, IReadOnlyList<TextSpan> fragments)
        {
            var id = "T" + ++t;
            var offsets = string.Join(';', fragments.Select(f => $"{f.Start} {f.End}"));
            var covered = string.Join(' ', fragments.Select(f => text.Substring(f.Start, f.Length).ReplaceLineEndings(" ")));
            output.Append(id).Append('\t').Append(type).Append(' ').Append(offsets).Append('\t').Append(covered).Append('\n');
            return id;
        }
        foreach (var attribution in attributions)
        {
            // brat wants every event anchored on a trigger: the cue, else (quotation marks alone) the source or the content.
            var trigger = attribution.Cue ?? attribution.Source ?? attribution.Content[0];
            var arguments = new List<string> { "Attribution:" + Bound("Attribution", [trigger]) };
            if (attribution.Cue is { } cue) arguments.Add("Cue:" + Bound("Cue", [cue]));
            arguments.Add("Content:" + Bound("Content", attribution.Content));
            if (attribution.Source is { } source) arguments.Add("Source:" + Bound("Source", [source]));
            output.Append('E').Append(++e).Append('\t').Append(string.Join(' ', arguments)).Append('\n');
        }
        return output.ToString();
    }
}
