namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// Turns a number into a figure by reading what is written around it: a currency sign or code before ("$", "US$",
/// "HK$", "€", "USD"), a unit after ("%", "percent", "percentage points", "dollars", "Swiss francs", "cents",
/// "-minute", "days", "+"), and a qualifier before ("nearly", "more than", "as high as"). Also decides which
/// numbers are not figures at all: years, days of a month, clock times and model numbers ("S&amp;P 500").
/// </summary>
internal static class FigureReader
{
    public static bool TryRead(Pieces p, NumberMatch number, out Figure figure)
    {
        figure = new Figure
        {
            First = number.First, Last = number.Last, NumberFirst = number.First, UnitFirst = number.First, Value = number.Value, Scale = number.Scale,
            Kind = QuantityKind.Number, Form = number.Form,
        };
        if (number.Form == NumberForm.Ordinal)
        {
            if (IsDayOfMonth(p, number)) return false;
            figure.Kind = QuantityKind.Ordinal;
            return true;
        }

        // Currency before the number.
        int k = number.First - 1;
        if (k >= 0 && Lexicon.CurrencyPrefixes.TryGet(p.Of(k), out var code))
        {
            if (p.Is(k, "$") && k >= 1 && Lexicon.DollarQualifiers.TryGet(p.Of(k - 1), out var which)
                && (p.Joined(k - 1) || p.Of(k - 1).Length >= 2))
            {
                code = which;
                k--;
            }
            figure.Kind = QuantityKind.Money;
            figure.Unit = code;
            figure.First = k;
            figure.UnitFirst = k;
            figure.HasOwnUnit = true;
        }

        // Unit after the number.
        int j = number.Last + 1;
        if (figure.Kind == QuantityKind.Number) ReadUnitAfter(p, ref figure, j);
        else if (j < p.Count && p.Is(j, "+") && p.Joined(j - 1))
        {
            figure.Comparator = Comparator.AtLeast;
            figure.Last = j;
        }

        if (!figure.HasOwnUnit && IsNotAFigure(p, number)) return false;
        ReadQualifier(p, ref figure);
        return true;
    }

    private static void ReadUnitAfter(Pieces p, ref Figure figure, int j)
    {
        if (j >= p.Count) return;
        var w = p.Of(j);
        if (w is "%" || p.Is(j, "percent") || p.Is(j, "pct") || p.Is(j, "percents") || p.Is(j, "percentage"))
        {
            figure.Kind = QuantityKind.Percent;
            figure.Unit = "%";
            figure.Last = j;
            if (p.Is(j, "percentage") && (p.Is(j + 1, "point") || p.Is(j + 1, "points")))
            {
                figure.Unit = "pp";
                figure.Last = j + 1;
            }
            else if (w is "%" && p.Is(j + 1, "points"))
            {
                figure.Unit = "pp";
                figure.Last = j + 1;
            }
            figure.HasOwnUnit = true;
            return;
        }
        if (p.Is(j, "per") && p.Is(j + 1, "cent"))
        {
            figure.Kind = QuantityKind.Percent;
            figure.Unit = "%";
            figure.Last = j + 1;
            figure.HasOwnUnit = true;
            return;
        }
        // "US dollars", "Hong Kong dollars", "Swiss francs": a nationality picks which currency of that name.
        int name = j;
        string? nation = null;
        if (Lexicon.CurrencyNationalities.TryGet(w, out var n1) && j + 1 < p.Count)
        {
            if (p.Is(j, "hong") && p.Is(j + 1, "kong")) name = j + 2;
            else if (p.Is(j, "new") && p.Is(j + 1, "zealand")) name = j + 2;
            else if (p.Is(j, "south") && p.Is(j + 1, "korean")) name = j + 2;
            else name = j + 1;
            nation = p.Is(j, "hong") ? "HKD" : n1;
            if (name >= p.Count || !Lexicon.CurrencyNames.Contains(p.Of(name))) { name = j; nation = null; }
        }
        else if (p.Is(j, "hong") && p.Is(j + 1, "kong") && j + 2 < p.Count && Lexicon.CurrencyNames.Contains(p.Of(j + 2)))
        {
            name = j + 2;
            nation = "HKD";
        }
        if (name < p.Count && Lexicon.CurrencyNames.TryGet(p.Of(name), out var currency)
            && (p.Of(name) is not ("p" or "P") || p.Joined(name - 1)))
        {
            figure.Kind = QuantityKind.Money;
            if (currency.EndsWith("/100", StringComparison.Ordinal))
            {
                // Cents and pence are hundredths of the main unit.
                figure.Value /= 100;
                currency = currency[..3];
            }
            else if (!string.IsNullOrEmpty(nation) && IsGenericName(p.Of(name))) currency = nation;
            figure.Unit = currency;
            figure.Last = name;
            figure.HasOwnUnit = true;
            return;
        }
        // "90-minute", "90 minutes", "six hours".
        int unit = p.IsDash(j) && p.Joined(j - 1) && p.Joined(j) ? j + 1 : j;
        if (unit < p.Count && Lexicon.TimeUnits.TryGet(p.Of(unit), out var timeUnit) && (unit == j || p.IsWord(unit)))
        {
            figure.Kind = QuantityKind.Duration;
            figure.Unit = timeUnit;
            figure.Last = unit;
            figure.HasOwnUnit = true;
            return;
        }
        if (w is "+" && p.Joined(j - 1))
        {
            figure.Comparator = Comparator.AtLeast;
            figure.Last = j;
        }
    }

    private static bool IsGenericName(ReadOnlySpan<char> name) =>
        name.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) || name.StartsWith("franc", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pound", StringComparison.OrdinalIgnoreCase) || name.StartsWith("peso", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("krone", StringComparison.OrdinalIgnoreCase) || name.StartsWith("kron", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("rupee", StringComparison.OrdinalIgnoreCase) || name.StartsWith("yuan", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("lira", StringComparison.OrdinalIgnoreCase) || name.StartsWith("guilder", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("markka", StringComparison.OrdinalIgnoreCase);

    /// <summary>Unit-less numbers that are part of a date, a time or a name, not figures.</summary>
    private static bool IsNotAFigure(Pieces p, NumberMatch number)
    {
        if (IsDayOfMonth(p, number)) return true;
        int after = number.Last + 1;
        // A year: four digits, no comma, 1900-2100.
        if (!number.Words && number.Form == NumberForm.Integer && number.Scale == 1 && p[number.First].Length == 4
            && number.Value is >= 1900 and <= 2100) return true;
        // A clock time: "10 a.m.", "3 pm", "10 GMT".
        if (p.Is(after, "a.m.") || p.Is(after, "p.m.") || p.Is(after, "am") || p.Is(after, "pm") || p.Is(after, "a.m")
            || p.Is(after, "p.m") || p.Is(after, "GMT") || p.Is(after, "BST") || p.Is(after, "o'clock")) return true;
        // A model or index number right after a name: "S&P 500", "Boeing 737", "Group of 7" is left alone.
        int before = number.First - 1;
        if (!number.Words && before >= 1 && p.IsCapitalised(before) && !Lexicon.Months.Contains(p.Of(before))) return true;
        return false;
    }

    private static bool IsDayOfMonth(Pieces p, NumberMatch number)
    {
        if (number.Value is < 1 or > 31 || number.Scale != 1) return false;
        int before = number.First - 1, after = number.Last + 1;
        if (before >= 0 && Lexicon.Months.Contains(p.Of(before))) return true;
        if (after < p.Count && Lexicon.Months.Contains(p.Of(after)) && !p.Is(after, "may")) return true;
        if (p.Is(after, "of") && after + 1 < p.Count && Lexicon.Months.Contains(p.Of(after + 1))) return true;
        // "June 9, 2025": the year after a day.
        return false;
    }

    /// <summary>Reads "nearly", "more than", "as high as" before the figure, two- and three-word ones first.</summary>
    private static void ReadQualifier(Pieces p, ref Figure figure)
    {
        int k = figure.First - 1;
        if (k < 0) return;
        if (k >= 2 && p.Is(k - 2, "as") && p.Is(k, "as") && TryPhrase(p, k - 2, 3, out var c3))
        {
            Apply(ref figure, c3, k - 2);
            return;
        }
        if (k >= 2 && p.Is(k - 2, "no") && TryPhrase(p, k - 2, 3, out var c3b))
        {
            Apply(ref figure, c3b, k - 2);
            return;
        }
        if (k >= 2 && p.Is(k - 2, "in") && p.Is(k - 1, "excess") && p.Is(k, "of"))
        {
            Apply(ref figure, Comparator.MoreThan, k - 2);
            return;
        }
        if (k >= 1 && TryPhrase(p, k - 1, 2, out var c2))
        {
            Apply(ref figure, c2, k - 1);
            return;
        }
        if (Lexicon.Qualifiers1.TryGet(p.Of(k), out var c1)) Apply(ref figure, c1, k);
    }

    private static void Apply(ref Figure figure, Comparator comparator, int first)
    {
        if (figure.Comparator == Comparator.Exact) figure.Comparator = comparator;
        figure.First = first;
    }

    private static bool TryPhrase(Pieces p, int first, int words, out Comparator comparator)
    {
        comparator = default;
        var span = p.Between(first, first + words - 1).Of(p.Text);
        if (span.Length > 24) return false;
        Span<char> buffer = stackalloc char[span.Length];
        // Collapse runs of white space to one space so "more  than" still reads as the phrase.
        int n = 0;
        bool space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c)) { if (!space && n > 0) buffer[n++] = ' '; space = true; }
            else { buffer[n++] = c; space = false; }
        }
        var phrase = buffer[..n];
        if (words == 3) return Lexicon.Qualifiers2.TryGet(phrase, out comparator);
        return Lexicon.Qualifiers2.TryGet(phrase, out comparator);
    }
}
