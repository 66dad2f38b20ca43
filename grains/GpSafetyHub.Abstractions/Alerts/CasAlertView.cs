using GpSafetyHub.History;

namespace GpSafetyHub.Alerts;

/// <summary>A recorded CAS alert: its details and who recorded it; <see cref="Version"/> is what an amendment must name.</summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAlertView")]
public sealed record CasAlertView(
    [property: Id(0)] string Reference,
    [property: Id(1)] CasAlertDetails Details,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] Actor RecordedBy,
    [property: Id(4)] DateTimeOffset? AmendedAt,
    [property: Id(5)] long Version);
