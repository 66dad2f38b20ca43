using GpSafetyHub.Alerts;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Alerts;

/// <summary>A CAS alert as typed into the "record an alert" page.</summary>
public sealed class RecordAlertForm
{
    public string? Reference { get; set; }

    public CasAlertType? Type { get; set; }

    public string? Originator { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? ActionRequired { get; set; }

    public string? IssuedDay { get; set; }

    public string? IssuedMonth { get; set; }

    public string? IssuedYear { get; set; }

    public string? AcknowledgeDay { get; set; }

    public string? AcknowledgeMonth { get; set; }

    public string? AcknowledgeYear { get; set; }

    public string? CompleteDay { get; set; }

    public string? CompleteMonth { get; set; }

    public string? CompleteYear { get; set; }

    /// <summary>The programmes ticked, by id. A box not ticked is not posted; with none ticked the binder gives null, kept as none.</summary>
    public Dictionary<string, string> Programmes { get; set => field = value ?? []; } = [];

    /// <summary>ICB codes separated by commas or spaces (administrators only).</summary>
    public string? IcbCodes { get; set; }

    public string? CsoEmail { get; set; }

    public DateParts Issued => new(IssuedDay, IssuedMonth, IssuedYear);

    public DateParts Acknowledge => new(AcknowledgeDay, AcknowledgeMonth, AcknowledgeYear);

    public DateParts Complete => new(CompleteDay, CompleteMonth, CompleteYear);

    public IReadOnlyList<string> ProgrammeIds => Programmes.Keys.Order(StringComparer.Ordinal).ToArray();

    public bool Ticked(string programmeId) => Programmes.ContainsKey(programmeId);

    public static readonly (string, string, string)[] Inputs =
    [
        ("reference", "reference", "The CAS reference"),
        ("alert.type", "type", "The type"),
        ("alert.originator", "originator", "Who issued it"),
        ("alert.issuedOn", "issued", "The issue date"),
        ("alert.title", "title", "The title"),
        ("alert.summary", "summary", "The summary"),
        ("alert.actionRequired", "action", "What practices must do"),
        ("alert.acknowledgeBy", "acknowledge", "The acknowledge-by date"),
        ("alert.actionCompleteBy", "complete", "The action-complete-by date"),
        ("alert.programmeIds", "programmes", "The programmes"),
        ("alert.icbCodes", "icbs", "The ICB codes"),
        ("alert.csoEmail", "cso-email", "The CSO function's email"),
    ];

    /// <summary>Problems the boxes show before the hub is asked: no type, no one to tell, dates that are not dates.</summary>
    public IReadOnlyList<FormError> Missing(bool mayNameIcbs)
    {
        var errors = new List<FormError>();
        if (Type is null) errors.Add(new FormError("type", "Choose the type of alert"));
        if (Issued.Date is null) errors.Add(new FormError("issued", Issued.IsEmpty ? "Enter the date the alert was issued" : "The issue date must be a real date"));
        if (!Acknowledge.IsEmpty && Acknowledge.Date is null) errors.Add(new FormError("acknowledge", "The acknowledge-by date must be a real date"));
        if (!Complete.IsEmpty && Complete.Date is null) errors.Add(new FormError("complete", "The action-complete-by date must be a real date"));
        if (ProgrammeIds.Count == 0 && (!mayNameIcbs || string.IsNullOrWhiteSpace(IcbCodes)))
            errors.Add(new FormError("programmes", mayNameIcbs ? "Choose the programmes the alert concerns, or name the ICBs whose practices must all act" : "Choose the programmes whose software the alert concerns"));
        return errors;
    }

    public CasAlertDetails Details() => new(
        Type!.Value, Originator ?? "", Issued.Date!.Value, Title ?? "", Summary ?? "", ActionRequired ?? "", Acknowledge.Date, Complete.Date,
        ProgrammeIds, (IcbCodes ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries), CsoEmail ?? "");
}
