using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Quantities;

/// <summary>What a figure counts or measures.</summary>
public enum QuantityKind : byte
{
    /// <summary>A bare number with no unit and nothing counted after it.</summary>
    Number,
    /// <summary>A number of things: "six people", "two countries".</summary>
    Count,
    /// <summary>A share or rate: "145%", "30 percent". <see cref="Quantity.Unit"/> is "%" or "pp" (percentage points).</summary>
    Percent,
    /// <summary>An amount of money; <see cref="Quantity.Unit"/> is an ISO 4217 code (USD, EUR, CNY...).</summary>
    Money,
    /// <summary>A length of time: "90-minute", "six hours"; <see cref="Quantity.Unit"/> is the unit (minute, hour, day...).</summary>
    Duration,
    /// <summary>A rank: "third", "4th".</summary>
    Ordinal,
}

/// <summary>How the text bounds the value: "nearly 70%" is approximate, "$10B+" and "at least" are lower bounds.</summary>
public enum Comparator : byte
{
    Exact,
    Approximately,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// <summary>Which way a change goes, from its verb ("rose", "cut") or from its two ends.</summary>
public enum ChangeDirection : byte
{
    Unknown,
    Up,
    Down,
}

/// <summary>One resolved figure: its value with scale applied ("$582 billion" = 582e9), its kind and unit.</summary>
public readonly record struct Amount(double Value, QuantityKind Kind, string? Unit)
{
    public override string ToString() => Unit is null ? Fmt(Value) : $"{Fmt(Value)} {Unit}";

    private static string Fmt(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A change between two states ("from 145% to 30%") or by an amount ("rose 3.2% to $4.1 billion").</summary>
public sealed record QuantityChange(Amount? From, Amount? To, Amount? By, ChangeDirection Direction);

/// <summary>
/// A figure found in a sentence. <see cref="Span"/> covers the whole expression, qualifier, range and change words
/// included ("nearly 70%", "from 145% to 30%"). <see cref="Value"/> is the figure's value, for a range its low end
/// and for a change its final state (or the change itself when no final state is given). <see cref="Measured"/> is the
/// noun phrase the figure measures, when the sentence shows one.
/// </summary>
public sealed record Quantity(TextSpan Span, QuantityKind Kind, double Value, string? Unit)
{
    public Comparator Comparator { get; init; }

    /// <summary>The high end of a range ("between 10% and 20%": Value 10, High 20); null for a single value.</summary>
    public double? High { get; init; }

    public QuantityChange? Change { get; init; }

    /// <summary>What the figure measures ("US tariffs on Chinese goods", "deal"), as a span of the same text.</summary>
    public TextSpan? Measured { get; init; }

    public bool IsApproximate => Comparator != Comparator.Exact;

    public bool IsRange => High is not null;

    public Amount Amount => new(Value, Kind, Unit);
}

/// <summary>One figure or number as written (its span) and as resolved.</summary>
public readonly record struct FoundFigure(TextSpan Span, Amount Amount);
