using System.Security;
using System.Text;
using Dossier.Core.Analysis.Time;

namespace Dossier.Evaluation.Time;

/// <summary>Writes a document's text with the tagger's TIMEX3s as a TimeML file a TempEval-3 scorer can read.</summary>
public static class TimeMLWriter
{
    public static string Write(TimeMLDocument document, IReadOnlyList<TimeExpression> found)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" ?>\n<TimeML>\n\n<DOCID>").Append(Escape(document.Name)).Append("</DOCID>\n\n");
        if (document.CreationTime is { } dct)
        {
            string day = dct.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            xml.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(day)
               .Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").Append(day).Append("</TIMEX3></DCT>\n\n");
        }
        xml.Append("<TEXT>");
        int at = 0, id = 1;
        foreach (var t in found)
        {
            xml.Append(Escape(document.Text[at..t.Span.Start]));
            xml.Append("<TIMEX3 tid=\"t").Append(id++).Append("\" type=\"").Append(t.TypeName).Append("\" value=\"").Append(Escape(t.Value)).Append('"');
            if (t.ModName is { } mod) xml.Append(" mod=\"").Append(mod).Append('"');
            if (t.Quant is { } quant) xml.Append(" quant=\"").Append(Escape(quant)).Append('"');
            if (t.Freq is { } freq) xml.Append(" freq=\"").Append(Escape(freq)).Append('"');
            xml.Append('>').Append(Escape(document.Text[t.Span.Start..t.Span.End])).Append("</TIMEX3>");
            at = t.Span.End;
        }
        xml.Append(Escape(document.Text[at..])).Append("</TEXT>\n\n</TimeML>\n");
        return xml.ToString();
    }

    private static string Escape(string s) => SecurityElement.Escape(s);
}
