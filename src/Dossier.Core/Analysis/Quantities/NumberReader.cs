using System.Globalization;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>How a number was written, which says how exact and what sort of value it is.</summary>
public enum NumberForm : byte
{
    Integer,
    Decimal,
    Fraction,
    Power,
    Ordinal,
}

/// <summary>A number found over pieces <see cref="First"/>..<see cref="Last"/> (inclusive); <see cref="Scale"/> is the multiplier a scale word or suffix gave ("billion" = 1e9), 1 when none.</summary>
internal readonly record struct NumberMatch(int First, int Last, double Value, NumberForm Form, double Scale, bool Words);

/// <summary>
/// Reads one number starting at a piece: digits ("1,000.5", "10k", "$10B"'s "10B", "1.3e6", "3/4", "4th"), words
/// ("twenty-five", "one hundred and six", "a dozen", "two thirds", "one and a half", "five point two") and either
/// followed by scale words ("2.4 billion", "three lakh crore"). A forward scan with a fixed look-ahead; no regexes.
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(Pieces p, int i, out NumberMatch match)
    {
        match = default;
        if (i >= p.Count) return false;
        if (p.IsWord(i) && !Lexicon.NumberStarts.Contains(p.Of(i))) return false;
        int start = i;
        double sign = 1;
        if (p.Is(i, "minus") || p.Is(i, "negative"))
        {
            sign = -1;
            i++;
        }
        else if (p.IsDash(i) && p.Joined(i) && p.IsDigits(i + 1) && !p.Joined(i - 1))
        {
            sign = -1;
            i++;
        }
        if (i >= p.Count) return false;
        bool ok = p.IsDigits(i) ? TryDigits(p, i, out match) : p.IsWord(i) && TryWords(p, i, out match);
        if (!ok) return false;
        match = match with { First = start, Value = sign * match.Value };
        return true;
    }

    private static bool TryDigits(Pieces p, int i, out NumberMatch match)
    {
        match = default;
        var s = p.Of(i);
        // Digits glued to letters before them are a name or a code ("G7", "A320"), unless the letters are a currency ("USD115").
        if (p.Joined(i - 1) && p.IsWord(i - 1) && !Lexicon.CurrencyPrefixes.Contains(p.Of(i - 1))) return false;
        if (!TryParseDigits(s, out var value, out var form)) return false;
        int j = i;
        double scale = 1;
        if (p.Joined(j) && p.IsWord(j + 1))
        {
            var suffix = p.Of(j + 1);
            if (Lexicon.TryScaleSuffix(suffix, out var k) && !(p.Joined(j + 1) && p.IsWord(j + 2)))
            {
                scale = k;
                j++;
            }
            else if (form == NumberForm.Integer && suffix is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH")
            {
                match = new NumberMatch(i, j + 1, value, NumberForm.Ordinal, 1, false);
                return true;
            }
            else if (suffix is "e" or "E" && TryExponent(p, j + 1, out var exponent, out var last))
            {
                match = new NumberMatch(i, last, value * Math.Pow(10, exponent), NumberForm.Power, 1, false);
                return true;
            }
            else if (!Lexicon.CurrencyNames.Contains(suffix) && !Lexicon.CurrencyPrefixes.Contains(suffix)
                     && !Lexicon.TimeUnits.Contains(suffix) && suffix is not "p")
            {
                return false; // "180ml", "29km", "5pm", "1990s": a unit or form this reader does not know
            }
        }
        else if (p.Joined(j) && p.Is(j + 1, "/") && p.Joined(j + 1) && p.IsDigits(j + 2))
        {
            // "3/4"; "5/17/2018" is a date, not a fraction.
            if (p.Joined(j + 2) && p.Is(j + 3, "/")) return false;
            if (!TryParseDigits(p.Of(j + 2), out var denominator, out _) || denominator == 0) return false;
            value /= denominator;
            form = NumberForm.Fraction;
            j += 2;
        }
        else if (p.Joined(j) && p.Is(j + 1, ":") && p.IsDigits(j + 2))
        {
            return false; // a clock time ("10:30") belongs to the time tagger
        }
        while (j + 1 < p.Count && Lexicon.Scales.TryGet(p.Of(j + 1), out var s2))
        {
            scale *= s2;
            j++;
        }
        match = new NumberMatch(i, j, Multiply(value, scale), form, scale, false);
        return true;
    }

    /// <summary>value × scale, exact in decimal where it fits, so "4.1 billion" is 4100000000 and not 4099999999.9999995.</summary>
    internal static double Multiply(double value, double scale)
    {
        if (scale == 1) return value;
        if (Math.Abs(value) < 1e15 && scale <= 1e15) return (double)((decimal)value * (decimal)scale);
        return value * scale;
    }

    private static bool TryExponent(Pieces p, int e, out int exponent, out int last)
    {
        exponent = 0;
        last = e;
        int k = e + 1;
        if (!p.Joined(e) || k >= p.Count) return false;
        int sign = 1;
        if (p.IsDash(k) || p.Is(k, "+"))
        {
            if (p.IsDash(k)) sign = -1;
            if (!p.Joined(k)) return false;
            k++;
        }
        if (!p.IsDigits(k) || p.Of(k).Length > 3 || !int.TryParse(p.Of(k), NumberStyles.None, CultureInfo.InvariantCulture, out exponent)) return false;
        exponent *= sign;
        last = k;
        return true;
    }

    /// <summary>"1,234,567.89" and ".5"-free digit runs; commas must group thousands ("22,24" is two numbers).</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> s, out double value, out NumberForm form)
    {
        value = 0;
        form = NumberForm.Integer;
        if (s.Length > 40) return false;
        int dot = s.IndexOf('.');
        if (dot >= 0 && s[(dot + 1)..].IndexOfAny('.', ',') >= 0) return false; // "192.168.1.2"
        var whole = dot >= 0 ? s[..dot] : s;
        if (whole.IndexOf(',') >= 0)
        {
            int group = whole.IndexOf(',');
            if (group is 0 or > 3) return false;
            for (int k = group; k < whole.Length; k += 4)
            {
                if (whole[k] != ',' || k + 4 > whole.Length) return false;
            }
        }
        Span<char> buffer = stackalloc char[s.Length];
        int n = 0;
        foreach (var c in s) if (c != ',') buffer[n++] = c;
        if (!double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (dot >= 0) form = NumberForm.Decimal;
        return true;
    }

    private static bool TryWords(Pieces p, int i, out NumberMatch match)
    {
        match = default;
        double total = 0, current = 0, lastScale = 0, atAnd = -1;
        bool any = false, lastTens = false, lastSmall = false, leadingA = false, words = true;
        int last = -1, j = i;
        NumberForm form = NumberForm.Integer;

        // "a"/"an" counts as one only before a scale or a fraction ("a dozen", "a half", "a hundred").
        if ((p.Is(j, "a") || p.Is(j, "an")) && j + 1 < p.Count
            && (Lexicon.Scales.Contains(p.Of(j + 1)) || Lexicon.Denominators.Contains(p.Of(j + 1))))
        {
            leadingA = true;
            j++;
        }
        // "half a dozen", "half a million".
        if (!leadingA && p.Is(j, "half"))
        {
            if ((p.Is(j + 1, "a") || p.Is(j + 1, "an")) && j + 2 < p.Count && Lexicon.Scales.TryGet(p.Of(j + 2), out var sc))
            {
                match = new NumberMatch(i, j + 2, 0.5 * sc, NumberForm.Fraction, sc, true);
                return true;
            }
            match = new NumberMatch(i, j, 0.5, NumberForm.Fraction, 1, true);
            return true;
        }

        for (; j < p.Count; j++)
        {
            var w = p.Of(j);
            if (Lexicon.Cardinals.TryGet(w, out var v))
            {
                if (v < 10 && v > 0 && lastTens) { current += v; lastTens = false; lastSmall = true; }
                else if (lastTens || lastSmall) break; // "one two" is two numbers
                else { current += v; lastTens = v >= 20; lastSmall = v < 20; }
                any = true;
                last = j;
            }
            else if (Lexicon.Scales.TryGet(w, out var s) && (any || leadingA))
            {
                if (current == 0 && total == 0) current = 1;
                if (s == 100) current *= 100;
                else if (current == 0 && total > 0 && s > lastScale) { total *= s; lastScale = s; }
                else { total += current * s; current = 0; lastScale = s; }
                lastTens = lastSmall = false;
                any = true;
                last = j;
            }
            else if (p.Is(j, "and") && any && j + 1 < p.Count
                     && (Lexicon.Cardinals.Contains(p.Of(j + 1)) || p.Is(j + 1, "a") || p.Is(j + 1, "an")))
            {
                atAnd = total + current;
                lastTens = lastSmall = false;
                if ((p.Is(j + 1, "a") || p.Is(j + 1, "an")) && !(j + 2 < p.Count && Lexicon.Denominators.Contains(p.Of(j + 2)))) break;
                if (p.Is(j + 1, "a") || p.Is(j + 1, "an")) { j++; leadingA = true; current = 0; total = atAnd; atAnd = -2; }
            }
            else if (p.IsDash(j) && lastTens && j + 1 < p.Count
                     && (Lexicon.Cardinals.TryGet(p.Of(j + 1), out var u) && u is > 0 and < 10 || Lexicon.Ordinals.Contains(p.Of(j + 1))))
            {
                // "twenty-five", "fifty - two", "twenty-first"
            }
            else if (Lexicon.Ordinals.TryGet(w, out var rank) && !leadingA && (!any || (lastTens && total == 0 && atAnd == -1)))
            {
                // "third", "4th" alone, or "twenty-first": a rank, not a fraction.
                match = new NumberMatch(i, j, current + rank, NumberForm.Ordinal, 1, true);
                return current + rank > 0;
            }
            else if (Lexicon.Denominators.TryGet(w, out var d) && (any || leadingA))
            {
                double numerator, before;
                if (atAnd == -2) { numerator = 1; before = total; }
                else if (atAnd >= 0) { numerator = total + current - atAnd; before = atAnd; }
                else { numerator = total + current == 0 ? 1 : total + current; before = 0; }
                total = before + numerator / d;
                current = 0;
                form = NumberForm.Fraction;
                last = j;
                any = true;
                break;
            }
            else if (p.Is(j, "point") && any && j + 1 < p.Count && TryDecimalWords(p, j + 1, out var fraction, out var end))
            {
                current += fraction;
                form = NumberForm.Decimal;
                last = end;
                break;
            }
            else break;
        }
        if (last < 0 || !any) return false;
        // The word number may be followed by digits-free scale words only through the loop above; "five million" is done.
        match = new NumberMatch(i, last, total + current, form, lastScale == 0 ? 1 : lastScale, words);
        return true;
    }

    /// <summary>"point zero three" = .03, "point seventy-one" = .71: the digits after "point", one word each (or a two-digit word).</summary>
    private static bool TryDecimalWords(Pieces p, int j, out double fraction, out int end)
    {
        fraction = 0;
        end = -1;
        double place = 0.1;
        for (; j < p.Count; j++)
        {
            if (!Lexicon.Cardinals.TryGet(p.Of(j), out var v)) break;
            if (v >= 20)
            {
                int ones = 0;
                if (j + 2 < p.Count && p.IsDash(j + 1) && Lexicon.Cardinals.TryGet(p.Of(j + 2), out var o) && o < 10) { ones = o; j += 2; }
                else if (j + 1 < p.Count && Lexicon.Cardinals.TryGet(p.Of(j + 1), out var o2) && o2 is > 0 and < 10) { ones = o2; j++; }
                fraction += place * (v / 10) + place / 10 * ones;
                place /= 100;
            }
            else if (v < 10) { fraction += place * v; place /= 10; }
            else { fraction += place * (v / 10) + place / 10 * (v % 10); place /= 100; }
            end = j;
        }
        return end >= 0;
    }
}
