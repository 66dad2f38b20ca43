using GpSafetyHub.Hazards;
using GpSafetyHub.Errors;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.DevKit;

/// <summary>Valid domain values for tests to start from and vary one thing at a time.</summary>
public static class Samples
{
    public static readonly Actor Cso = new("cso-1", "Dr Ada Lovelace", "Clinical Safety Officer", "NEL CSU");

    public static readonly Actor OtherCso = new("cso-2", "Dr Mary Seacole", "Clinical Safety Officer", "NEL CSU");

    public static ProgrammeDetails Programme(string name = "AI scribe — North East London") => new(
        name, "Ambient Scribe 3", "Acme Health Ltd", "ACME-DCB0129-CSC-2026-01", "NEL CSU Clinical Safety", "Dr Ada Lovelace",
        new DateOnly(2027, 6, 30));

    public static HazardContent Hazard(string title = "Consultation note saved to the wrong patient record") => new(
        title,
        "The scribe attaches a generated note to the patient whose record is open, not the patient consulted.",
        "Clinical information about one patient appears in another's record.",
        "Treatment decisions are based on another patient's history.",
        ["Two patient records open at once", "Consultation started before the record was switched"],
        new RiskAssessment(Severity.Major, Likelihood.Medium, "Seen in the supplier's pilot."),
        [new HazardControl("Patient banner shown on every draft note", "Supplier test report TR-12", ControlType.SystemDesign, ControlState.Existing, "Acme Health Ltd")],
        new RiskAssessment(Severity.Major, Likelihood.VeryLow, "Banner and training make it rare."),
        HazardStatus.Open,
        null,
        "Programme CSO",
        new DateOnly(2027, 3, 31));

    public static CsoSignOff SignOff() => new(
        "Dr Ada Lovelace", "Clinical Safety Officer", "GMC 1234567",
        "I have reviewed this hazard log and confirm it is fit for deployment.");

    public static PracticeDetails Practice(string name = "Riverside Medical Centre", string icb = "QHM") =>
        new PracticeDetails(name, icb, "U12345", new PracticeContacts("Dr Grace Hopper", "safety.lead@riverside.nhs.net", "cas@riverside.nhs.net", "07700 900123", "manager@riverside.nhs.net"))
            .Validated(new Validator(), "practice")!;

    /// <summary>Today by the clock the hub runs on, so dates in tests stay valid whenever they run.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static Mou Mou() => new("MOU-NEL-2026-014", "Jo Bloggs", "Practice Manager", Today.AddMonths(-1), Today.AddYears(2));

    public static Sop ApprovedSop() => new(
        "1. Confirm the patient's identity on the banner before starting the scribe.\n2. Review every draft note before filing.",
        null, "1.0", "Dr Grace Hopper", Today.AddDays(-7), Today.AddYears(1));

    public static HazardDecision Applicable(Risk.Likelihood likelihood = Risk.Likelihood.VeryLow, string? justification = null) => new(
        true, null,
        [new HazardControl("Clinician reads back the note to the patient", null, ControlType.BusinessProcess, ControlState.Existing, "Partners")],
        new RiskAssessment(Severity.Major, likelihood, justification), "Practice safety lead", null);

    public static HazardDecision NotApplicable(string rationale = "The practice does not use this feature.") => new(false, rationale, [], null, null, null);

    public static PracticeSignOff PracticeSignOff() => new("Dr Grace Hopper", "Clinical Safety Lead", "GMC 7654321", "Localised and reviewed for our practice.");
}
