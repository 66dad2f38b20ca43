using GpSafetyHub.Errors;

namespace GpSafetyHub.Localisations;

/// <summary>
/// A practice's standard operating procedure for using the software: Markdown text and/or a
/// reference to a document, with its own version. Approved once it names an approver and date.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Localisations.Sop")]
public sealed record Sop(
    [property: Id(0)] string? Text,
    [property: Id(1)] string? DocumentReference,
    [property: Id(2)] string Version,
    [property: Id(3)] string? ApprovedBy,
    [property: Id(4)] DateOnly? ApprovedOn,
    [property: Id(5)] DateOnly ReviewDate)
{
    public const int MaxTextLength = 50_000;
    public const int MaxReferenceLength = 500;
    public const int MaxShortLength = 200;

    public bool IsApproved => ApprovedBy is not null && ApprovedOn is not null;

    public Sop Validated(string prefix, DateOnly today)
    {
        var sop = new Sop(
            GpSafetyHub.Text.Clean(Text), GpSafetyHub.Text.Clean(DocumentReference), GpSafetyHub.Text.Clean(Version)!,
            GpSafetyHub.Text.Clean(ApprovedBy), ApprovedOn, ReviewDate);
        var validator = new Validator();
        if (sop.Text is null && sop.DocumentReference is null)
            validator.Fail($"{prefix}.text", "or documentReference is required: give the SOP's text, a reference to the document, or both");
        validator.Optional($"{prefix}.text", sop.Text, MaxTextLength, multiline: true);
        validator.Optional($"{prefix}.documentReference", sop.DocumentReference, MaxReferenceLength);
        validator.Required($"{prefix}.version", sop.Version, MaxShortLength);
        validator.Optional($"{prefix}.approvedBy", sop.ApprovedBy, MaxShortLength);
        if ((sop.ApprovedBy is null) != (sop.ApprovedOn is null))
            validator.Fail(sop.ApprovedBy is null ? $"{prefix}.approvedBy" : $"{prefix}.approvedOn", "goes with the other approval detail: give approver and approval date together");
        // An approved SOP recorded late may already be due for review (overdue from the start);
        // its approval date bounds how far back. A draft's review is still to come.
        if (sop.ApprovedOn is { } approved)
        {
            DateRules.PastDate(validator, $"{prefix}.approvedOn", approved, today);
            if (ReviewDate <= approved) validator.Fail($"{prefix}.reviewDate", "must be after approvedOn");
            else DateRules.ReviewDate(validator, $"{prefix}.reviewDate", ReviewDate, today, mayHavePassed: true);
        }
        else DateRules.ReviewDate(validator, $"{prefix}.reviewDate", ReviewDate, today);
        validator.ThrowIfInvalid();
        return sop;
    }
}
