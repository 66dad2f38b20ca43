using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Documents;

/// <summary>One programme, written out by hand, that every document test renders: its values are what the documents must show.</summary>
internal static class DocumentSamples
{
    public static readonly ProgrammeDetails Details = new(
        "AI scribe — London", "Ambient Notes 2", "Northwind Ltd", "NW-CSC-2026-04", "London CSS", "Dr Ada Lovelace", new DateOnly(2027, 6, 30));

    public static readonly CsoSignOff SignOff = new("Dr Ada Lovelace", "Clinical Safety Officer", "GMC 1234567", "Fit for deployment.");

    public static readonly Hazard WrongPatient = new("H-001", new DateOnly(2026, 10, 1), 2, new HazardContent(
        "Note saved to the wrong patient", "The note is filed to the open record.", "Another patient's record changes.", "Treatment on the wrong history.",
        ["Two records open", "Shared workstation"],
        new RiskAssessment(Severity.Major, Likelihood.Medium, "Seen in pilot."),
        [new HazardControl("Patient banner on every draft", "TR-12", ControlType.SystemDesign, ControlState.Existing, "Supplier"),
         new HazardControl("Read-back before filing", null, ControlType.BusinessProcess, ControlState.Additional, null)],
        new RiskAssessment(Severity.Major, Likelihood.VeryLow, null),
        HazardStatus.Open, null, "Programme CSO", new DateOnly(2027, 3, 31)), null);

    // A title a spreadsheet would run as a formula if it were written as one.
    public static readonly Hazard Formula = new("H-002", new DateOnly(2026, 10, 2), 1, WrongPatient.Content with
    {
        Title = "=HYPERLINK(\"http://evil.example\",\"click\")", Controls = [], ResidualRisk = null, ReviewDate = null,
    }, "Withdrawn feature");

    public static readonly PublishedVersionSummary Version1 = new(
        1, new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero), new Actor("cso-1", "Dr Ada Lovelace", "cso", "London CSS"), SignOff, "First version", 3);

    // Accepted at 3 after its controls, with the reason the standard asks for.
    public static readonly Hazard DoseMisheard = new("H-003", new DateOnly(2026, 10, 3), 1, WrongPatient.Content with
    {
        Title = "Dose misheard", Controls = [new HazardControl("Clinician confirms every dose", null, ControlType.BusinessProcess, ControlState.Existing, null)],
        ResidualRisk = new RiskAssessment(Severity.Major, Likelihood.Low, "Further reduction is impractical: the clinician reviews every dose."),
        ReviewDate = new DateOnly(2027, 1, 31),
    }, null);

    public static ProgrammeView Programme => new("ai-scribe", Details, new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), 4, [WrongPatient, Formula, DoseMisheard], [Version1], 5);

    public static PublishedVersion Published => new("ai-scribe", Version1, Details, [WrongPatient, Formula, DoseMisheard]);
}
