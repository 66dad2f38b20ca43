using System.Text.RegularExpressions;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Hazards;

/// <summary>
/// A hazard in a hazard log: its content plus what the log keeps about it. <see cref="Revision"/>
/// counts its changes, so an edit can say which revision it was based on.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Hazards.Hazard")]
public sealed partial record Hazard(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly DateAdded,
    [property: Id(2)] int Revision,
    [property: Id(3)] HazardContent Content,
    [property: Id(4)] string? ClosedReason)
{
    public HazardStatus Status => ClosedReason is null ? Content.Status : HazardStatus.Closed;

    public bool IsClosed => ClosedReason is not null;

    /// <summary>Ids run <c>H-001</c>, <c>H-002</c>, … in the order hazards are added, and never change.</summary>
    public static string IdFor(int number) => $"H-{number:D3}";

    /// <summary>A hazard id as given by a caller (H-001 for a programme's, L-001 for a practice's own), or a validation error.</summary>
    public static string ParseId(string? value, string field = "hazardId")
    {
        var id = value?.Trim().ToUpperInvariant();
        if (id is null || !IdPattern().IsMatch(id))
            throw new ValidationFailedException(field, "must be a hazard id such as H-001 (a programme's) or L-001 (a practice's own)");
        return id;
    }

    [GeneratedRegex("^[HL]-[0-9]{3,6}$")]
    private static partial Regex IdPattern();

    /// <summary>Hazards in the order they were added: H-999 before H-1000.</summary>
    public static Hazard[] InIdOrder(IEnumerable<Hazard> hazards) =>
        hazards.OrderBy(h => h.Id.Length).ThenBy(h => h.Id, StringComparer.Ordinal).ToArray();

    /// <summary>A practice's own hazards run <c>L-001</c>, <c>L-002</c>, … so they never clash with a programme's.</summary>
    public static string LocalIdFor(int number) => $"L-{number:D3}";
}
