using GpSafetyHub.Localisations;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Practices;

/// <summary>Joining a programme, as the browser posts it: the programme's code and the MoU the practice signed.</summary>
public sealed class JoinForm
{
    public string? ProgrammeId { get; set; }

    public string? Reference { get; set; }

    public string? SignatoryName { get; set; }

    public string? SignatoryRole { get; set; }

    public string? SignedDay { get; set; }

    public string? SignedMonth { get; set; }

    public string? SignedYear { get; set; }

    public string? ExpiresDay { get; set; }

    public string? ExpiresMonth { get; set; }

    public string? ExpiresYear { get; set; }

    public DateParts Signed => new(SignedDay, SignedMonth, SignedYear);

    public DateParts Expires => new(ExpiresDay, ExpiresMonth, ExpiresYear);

    public static readonly (string, string, string)[] Inputs =
    [
        ("programmeId", "programme", "The programme code"),
        ("mou.reference", "reference", "The MoU reference"),
        ("mou.signatoryName", "signatory", "The name of who signed it"),
        ("mou.signatoryRole", "signatory-role", "Their role"),
        ("mou.signedOn", "signed", "The date it was signed"),
        ("mou.expiresOn", "expires", "The date it ends"),
        ("mou", "reference", "The MoU"),
    ];

    /// <summary>Problems the boxes show before the hub is asked: a programme not named, dates that are not real dates.</summary>
    public IReadOnlyList<FormError> Missing()
    {
        var errors = new List<FormError>();
        if (string.IsNullOrWhiteSpace(ProgrammeId)) errors.Add(new FormError("programme", "Enter the programme code from your MoU"));
        if (Signed.Date is null) errors.Add(new FormError("signed", Signed.IsEmpty ? "Enter the date the MoU was signed" : "The date it was signed must be a real date"));
        if (Expires.Date is null) errors.Add(new FormError("expires", Expires.IsEmpty ? "Enter the date the MoU ends" : "The date it ends must be a real date"));
        return errors;
    }

    public Mou Mou() => new(Reference ?? "", SignatoryName ?? "", SignatoryRole ?? "", Signed.Date!.Value, Expires.Date!.Value);
}
