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

    /// <summary>
    /// Why the row is outside the scope (nothing when inside): the ICB it would leave the practice in
    /// (<paramref name="icbCode"/>, the row's or else the entry's), and the entry as it is now, if any.
    /// A row outside the caller's scope is refused in the same words whether or not the practice is
    /// registered, so the refusal says nothing about who else holds it.
    /// </summary>
    public IReadOnlyList<FieldViolation> Check(string odsCode, string? icbCode, PracticeView? current)
    {
        if (Unrestricted) return [];
        if (icbCode is not null && Icbs?.Contains(icbCode) == true)
        {
            if (current is null || Icbs.Contains(current.Details.IcbCode)) return [];
            // The one answer that tells an ICB the code is taken: the alternative would register it anew.
            return [new FieldViolation("odsCode", "is registered in another ICB: only that ICB or an administrator can change it")];
        }

        if (Practices?.Contains(odsCode) == true)
        {
            if (current is null) return [new FieldViolation("odsCode", "is not registered yet: its ICB registers it first")];
            return current.Details.IcbCode == icbCode ? [] : [new FieldViolation("icbCode", "cannot be changed by the practice: its ICB moves it")];
        }

        return [Icbs is null
            ? new FieldViolation("odsCode", $"must be your own practice ({string.Join(", ", Practices ?? [])}): a practice may change only its own entry")
            : new FieldViolation("icbCode", $"must be your ICB ({string.Join(", ", Icbs)}): you may register only your own practices")];
    }
}
