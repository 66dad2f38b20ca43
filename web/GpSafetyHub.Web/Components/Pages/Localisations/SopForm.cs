using GpSafetyHub.Localisations;
using GpSafetyHub.Web.Components.UI;

namespace GpSafetyHub.Web.Components.Pages.Localisations;

/// <summary>The answers on the SOP page, as the browser posts them.</summary>
public sealed class SopForm
{
    public string? Text { get; set; }

    public string? DocumentReference { get; set; }

    public string? Version { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovedDay { get; set; }

    public string? ApprovedMonth { get; set; }

    public string? ApprovedYear { get; set; }

    public string? ReviewDay { get; set; }

    public string? ReviewMonth { get; set; }

    public string? ReviewYear { get; set; }

    /// <summary>The revision of the SOP the person saw (0 before the first).</summary>
    public int ExpectedSopRevision { get; set; }

    public DateParts Approved => new(ApprovedDay, ApprovedMonth, ApprovedYear);

    public DateParts Review => new(ReviewDay, ReviewMonth, ReviewYear);

    public static SopForm From(Sop? sop, int revision)
    {
        var (approved, review) = (DateParts.Of(sop?.ApprovedOn), DateParts.Of(sop?.ReviewDate));
        return new()
        {
            Text = sop?.Text, DocumentReference = sop?.DocumentReference, Version = sop?.Version, ApprovedBy = sop?.ApprovedBy,
            ApprovedDay = approved.Day, ApprovedMonth = approved.Month, ApprovedYear = approved.Year,
            ReviewDay = review.Day, ReviewMonth = review.Month, ReviewYear = review.Year,
            ExpectedSopRevision = revision,
        };
    }

    /// <summary>Problems the boxes show before the hub is asked: dates that are not real dates.</summary>
    public IReadOnlyList<FormError> DateErrors()
    {
        var errors = new List<FormError>();
        if (Review.Date is null) errors.Add(new FormError("review", Review.IsEmpty ? "Enter the date the SOP is next due for review" : "The review date must be a real date"));
        if (!Approved.IsEmpty && Approved.Date is null) errors.Add(new FormError("approved", "The approval date must be a real date"));
        return errors;
    }

    public Sop Sop() => new(Text, DocumentReference, Version ?? "", ApprovedBy, Approved.Date, Review.Date!.Value);
}
