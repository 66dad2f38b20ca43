using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Alerts;

/// <summary>A CAS alert's record folded from its journal, and the rules for changing it.</summary>
public sealed class CasAlertState : IJournaledState<CasAlertEvent>
{
    public string? Reference { get; set; }

    public CasAlertDetails? Details { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Actor? RecordedBy { get; set; }

    public DateTimeOffset? AmendedAt { get; set; }

    public bool Exists => Details is not null;

    public CasAlertRecorded DecideRecord(string reference, CasAlertDetails details)
    {
        if (Exists)
            throw new ConflictException($"Alert {reference} is already recorded; amend it instead.", "reference");
        return new CasAlertRecorded(reference, details);
    }

    public CasAlertAmended DecideAmend(long expectedVersion, long version, CasAlertDetails details)
    {
        if (!Exists) throw new NotFoundException($"No CAS alert {Reference} is recorded.", "reference");
        if (expectedVersion != version)
            throw new ConflictException($"Alert {Reference} is at version {version}, not {expectedVersion}: re-read it and try again.", "expectedVersion");
        var changed = details.ChangedFieldsFrom(Details!);
        if (changed.Count == 0) throw new ValidationFailedException("alert", "changes nothing: the amendment is the same as the alert");
        return new CasAlertAmended(details, changed);
    }

    public void Apply(RecordedChange<CasAlertEvent> recorded)
    {
        switch (recorded.Change)
        {
            case CasAlertRecorded r:
                (Reference, Details, RecordedAt, RecordedBy) = (r.Reference, r.Details, recorded.At, recorded.Actor);
                break;
            case CasAlertAmended a:
                (Details, AmendedAt) = (a.Details, recorded.At);
                break;
            default:
                throw new InvalidOperationException($"Unknown change {recorded.Change.GetType().Name}.");
        }
    }
}
