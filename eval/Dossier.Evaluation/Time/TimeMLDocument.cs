using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Core.Model;

namespace Dossier.Evaluation.Time;

/// <summary>One gold TIMEX3 of a TimeML document: a span into the document's <c>TEXT</c>, its type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value);

/// <summary>
/// A TimeML (.tml) document as TempEval-3 ships it: the creation time (the DCT's TIMEX3), the plain text of the
/// <c>TEXT</c> element with every tag removed, and the gold TIMEX3s as spans into that text.
/// </summary>
public sealed record TimeMLDocument(string Name, DateOnly? CreationTime, string Text, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a .tml file; a file that is not TimeML raises <see cref="EvaluationDataException"/>.</summary>
    public static TimeMLDocument Read(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            return Parse(Path.GetFileNameWithoutExtension(path), reader);
        }
        catch (XmlException ex)
        {
            throw new EvaluationDataException($"'{path}' is not well-formed TimeML: {ex.Message}");
        }
    }

    public static TimeMLDocument Parse(string name, XmlReader reader)
    {
        DateOnly? dct = null;
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        bool inText = false, inDct = false, sawText = false;
        // The open TIMEX3 inside TEXT: where it started, its type and value.
        (int Start, string Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Name == "DCT") inDct = !reader.IsEmptyElement;
                    else if (reader.Name == "TEXT") { inText = !reader.IsEmptyElement; sawText = true; }
                    else if (reader.Name == "TIMEX3")
                    {
                        string type = reader.GetAttribute("type") ?? "";
                        string value = reader.GetAttribute("value") ?? "";
                        bool creation = reader.GetAttribute("functionInDocument") == "CREATION_TIME";
                        if ((inDct || creation) && dct is null) dct = ParseDay(value);
                        if (inText && !reader.IsEmptyElement) open = (text.Length, type, value);
                    }
                    break;
                case XmlNodeType.EndElement:
                    if (reader.Name == "DCT") inDct = false;
                    else if (reader.Name == "TEXT") inText = false;
                    else if (reader.Name == "TIMEX3" && inText && open is { } o)
                    {
                        timexes.Add(new GoldTimex(TextSpan.FromBounds(o.Start, text.Length), o.Type, o.Value));
                        open = null;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    if (inText) text.Append(reader.Value);
                    break;
            }
        }
        if (!sawText) throw new EvaluationDataException($"'{name}' has no <TEXT> element; is it a TimeML file?");
        return new TimeMLDocument(name, dct, text.ToString(), timexes);
    }

    /// <summary>The day of a TimeML date value ("1998-01-08", "19980108", "1998-01-08T10:00"), or null.</summary>
    public static DateOnly? ParseDay(string value)
    {
        string digits = value.Length >= 10 && value[4] == '-' ? value[..10] : value.Length >= 8 ? value[..8] : value;
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd"];
        return DateOnly.TryParseExact(digits, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
