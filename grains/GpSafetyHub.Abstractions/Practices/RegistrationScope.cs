using GpSafetyHub.Errors;

namespace GpSafetyHub.Practices;

/// <summary>
/// Whose entries a registrar may write: an ICB its own practices (and none that another ICB
/// holds), a practice its own entry (without moving ICB). Null lists mean no limit (administrators).
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Practices.RegistrationScope")]
public sealed record RegistrationScope(
    [property: Id(0)] IReadOnlyList<string>? Icbs,
    [property: Id(1)] IReadOnlyList<string>? Practices)
{
    public static RegistrationScope Anything { get; } = new(null, null);

    public bool Unrestricted => Icbs is null && Practices is null;

    /// <summary>Why the row is outside the scope (nothing when inside), given the entry as it is now, if any.</summary>
    public IReadOnlyList<FieldViolation> Check(string odsCode, PracticeDetails details, PracticeView? current)
    {
        if (Unrestricted) return [];
        if (Icbs?.Contains(details.IcbCode) == true && (current is null || Icbs.Contains(current.Details.IcbCode))) return [];
        if (Practices?.Contains(odsCode) == true && current is not null && current.Details.IcbCode == details.IcbCode) return [];
        if (Practices?.Contains(odsCode) == true)
            return [new FieldViolation(current is null ? "odsCode" : "icbCode", current is null
                ? "is not registered yet: its ICB registers it first"
                : "cannot be changed by the practice: its ICB moves it")];
        if (current is not null && Icbs?.Contains(current.Details.IcbCode) != true)
            return [new FieldViolation("odsCode", "is registered in another ICB: only that ICB or an administrator can change it")];
        return [new FieldViolation("icbCode", Icbs is null
            ? "must be left as it is: a practice may change only its own entry"
            : $"must be your ICB ({string.Join(", ", Icbs)}): you may register only your own practices")];
    }
}
