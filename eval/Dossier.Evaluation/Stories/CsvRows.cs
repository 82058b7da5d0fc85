using System.Text;

namespace Dossier.Evaluation.Stories;

/// <summary>Reads RFC 4180 CSV record by record: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class CsvRows
{
    /// <summary>A field longer than this means an unclosed quote ran on through the file.</summary>
    public const int MaxFieldChars = 100_000;

    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else quoted = false;
                }
                else field.Append((char)c);
                if (field.Length > MaxFieldChars) throw new InvalidDataException($"a CSV field runs past {MaxFieldChars:N0} characters (an unclosed quote?)");
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    any = false;
                    break;
                default:
                    field.Append((char)c);
                    if (field.Length > MaxFieldChars) throw new InvalidDataException($"a CSV field runs past {MaxFieldChars:N0} characters");
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
