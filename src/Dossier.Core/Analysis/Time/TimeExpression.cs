using Dossier.Core.Model;

namespace Dossier.Core.Analysis.Time;

/// <summary>The four TIMEX3 types of TimeML.</summary>
public enum TimexType : byte
{
    /// <summary>A calendar date or period: "June 9", "last year", "the second quarter", "now".</summary>
    Date,

    /// <summary>A time of day, with or without its date: "10:30 a.m.", "Friday morning", "tonight".</summary>
    Time,

    /// <summary>A length of time: "90 days", "six hours", "a decade".</summary>
    Duration,

    /// <summary>Something that recurs: "every week", "daily", "each July".</summary>
    Set,
}

/// <summary>TimeML's <c>mod</c>: how the expression narrows or loosens its value ("early July", "more than six hours").</summary>
public enum TimexMod : byte
{
    None,
    Start,
    Mid,
    End,
    Approx,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}

/// <summary>
/// One temporal expression: where it is in the text, its TIMEX3 type and its value resolved to the calendar as
/// TimeML writes it ("2025-06-09", "2025-W24", "P90D", "PRESENT_REF", "XXXX-06-09"), plus the modifier and, for a set,
/// its quantifier ("EACH") and frequency ("1X").
/// </summary>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string Value, TimexMod Mod = TimexMod.None, string? Quant = null, string? Freq = null)
{
    /// <summary>TimeML's upper-case name of the type: DATE, TIME, DURATION or SET.</summary>
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>TimeML's name of the modifier (START, MID, MORE_THAN...), or null for none.</summary>
    public string? ModName => Mod switch
    {
        TimexMod.None => null,
        TimexMod.Start => "START",
        TimexMod.Mid => "MID",
        TimexMod.End => "END",
        TimexMod.Approx => "APPROX",
        TimexMod.Before => "BEFORE",
        TimexMod.After => "AFTER",
        TimexMod.OnOrBefore => "ON_OR_BEFORE",
        TimexMod.OnOrAfter => "ON_OR_AFTER",
        TimexMod.LessThan => "LESS_THAN",
        TimexMod.MoreThan => "MORE_THAN",
        TimexMod.EqualOrLess => "EQUAL_OR_LESS",
        _ => "EQUAL_OR_MORE",
    };
}
