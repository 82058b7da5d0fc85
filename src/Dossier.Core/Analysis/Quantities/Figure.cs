namespace Dossier.Core.Analysis.Quantities;

/// <summary>
/// One number with its unit read around it ("$582 billion", "145%", "90-minute"), before ranges and changes are
/// put together. <see cref="First"/>..<see cref="Last"/> are piece indices, qualifier included.
/// </summary>
internal struct Figure
{
    public int First;
    public int Last;
    /// <summary>Where the number itself starts, after any qualifier and currency sign.</summary>
    public int NumberFirst;
    /// <summary>Where the figure proper starts: its currency sign, else its number (a qualifier before is not part of it).</summary>
    public int UnitFirst;
    public double Value;
    public double Scale;
    public QuantityKind Kind;
    public string? Unit;
    public Comparator Comparator;
    public NumberForm Form;
    /// <summary>True when the unit was written with this figure, false when it is only borrowed from a range partner.</summary>
    public bool HasOwnUnit;

    public readonly Amount Amount => new(Value, Kind, Unit);
}
