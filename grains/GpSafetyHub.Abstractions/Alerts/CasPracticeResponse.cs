using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Alerts;

/// <summary>
/// One practice's record against one alert: its acknowledgement and its responses, each
/// attributed. A later response (a correction) is added, never written over the earlier one.
/// Kept as its own row, so an alert to every practice in England is 6,300 small rows, not one entity.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Alerts.CasPracticeResponse")]
public sealed record CasPracticeResponse(
    [property: Id(0)] string OdsCode,
    [property: Id(1)] CasAcknowledgement? Acknowledged,
    [property: Id(2)] IReadOnlyList<CasResponseRecord> Responses)
{
    public const int MaxDetailsLength = 4000;
    public const int MaxResponses = 20;

    /// <summary>The practice's current answer: its latest response.</summary>
    public CasResponseRecord? Latest => Responses.Count == 0 ? null : Responses[^1];

    public static CasPracticeResponse None(string odsCode) => new(odsCode, null, []);

    /// <summary>The record with the acknowledgement added, or null when it is already acknowledged (nothing to change).</summary>
    public CasPracticeResponse? Acknowledge(DateTimeOffset at, Actor by) =>
        Acknowledged is null ? this with { Acknowledged = new CasAcknowledgement(at, by) } : null;

    public CasPracticeResponse Respond(CasResponseOutcome outcome, string? details, DateTimeOffset at, Actor by)
    {
        var validator = new Validator();
        validator.Defined("response.outcome", outcome);
        var text = Text.Clean(details);
        validator.Required("response.details", text, MaxDetailsLength, multiline: true);
        if (Acknowledged is null) validator.Fail("reference", "must be acknowledged by the practice before it records a response");
        if (Responses.Count >= MaxResponses) validator.Fail("response", $"cannot be recorded: the practice already has {MaxResponses} responses to this alert");
        validator.ThrowIfInvalid();
        return this with { Responses = [.. Responses, new CasResponseRecord(outcome, text!, at, by)] };
    }
}

[GenerateSerializer, Immutable, Alias("hub.Alerts.CasAcknowledgement")]
public sealed record CasAcknowledgement([property: Id(0)] DateTimeOffset At, [property: Id(1)] Actor By);

[GenerateSerializer, Immutable, Alias("hub.Alerts.CasResponseRecord")]
public sealed record CasResponseRecord(
    [property: Id(0)] CasResponseOutcome Outcome,
    [property: Id(1)] string Details,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] Actor By);
