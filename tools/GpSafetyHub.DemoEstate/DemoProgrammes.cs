using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Demo;

/// <summary>Three plausible programmes with plausible hazards, for the demo estate.</summary>
internal static class DemoProgrammes
{
    public sealed record DemoProgramme(string Id, ProgrammeDetails Details, IReadOnlyList<HazardContent> Hazards);

    public static IReadOnlyList<DemoProgramme> All { get; } =
    [
        new("ai-scribe-london", Details("AI scribe — London practices", "Ambient Voice Notes 2", "Northwind Health AI Ltd", "NW-CSC-2026-04"),
        [
            Hazard("Note attached to the wrong patient", "The generated note is filed to whichever record is open, not the patient consulted.",
                "Another patient's consultation appears in the record.", "Treatment based on the wrong history.",
                Severity.Major, Likelihood.Medium, Likelihood.VeryLow, "Patient banner on every draft", ControlType.SystemDesign),
            Hazard("Medication dose transcribed wrongly", "The transcript mishears a dose or frequency and the summary repeats it.",
                "An incorrect dose is recorded and may be prescribed.", "Overdose or under-treatment.",
                Severity.Major, Likelihood.Medium, Likelihood.Low, "Clinician confirms every medication line before filing", ControlType.BusinessProcess),
            Hazard("Red-flag symptom omitted from summary", "The summary leaves out a symptom the patient mentioned briefly.",
                "A red flag is missing from the record.", "Delayed diagnosis.",
                Severity.Considerable, Likelihood.Medium, Likelihood.Low, "Training on reviewing summaries against recall", ControlType.UserTraining),
            Hazard("Third party's speech recorded", "A relative or interpreter is recorded and attributed to the patient.",
                "Information is attributed to the wrong person.", "Inappropriate care decisions; confidentiality breach.",
                Severity.Significant, Likelihood.Medium, Likelihood.Low, "Speaker labelling shown in the draft", ControlType.SystemDesign),
            Hazard("Service unavailable during surgery", "The scribe service is down or slow during a session.",
                "Clinicians fall back to typing under time pressure.", "Incomplete records.",
                Severity.Minor, Likelihood.High, Likelihood.Medium, "Documented fallback to manual notes", ControlType.BusinessProcess),
        ]),
        new("online-consultation", Details("Online consultation — South East London", "AskYourGP Online", "Contoso Primary Care Ltd", "CPC-DCB0129-0042"),
        [
            Hazard("Urgent request not triaged in time", "A request describing urgent symptoms waits in the queue.",
                "Urgent care is delayed.", "Deterioration or death.",
                Severity.Catastrophic, Likelihood.Low, Likelihood.VeryLow, "Red-flag keywords route to urgent care advice", ControlType.SystemDesign),
            Hazard("Request matched to the wrong patient", "Demographics entered by the patient match another registered patient.",
                "The request is actioned on the wrong record.", "Wrong treatment; confidentiality breach.",
                Severity.Major, Likelihood.Low, Likelihood.VeryLow, "Identity check before the request is accepted", ControlType.BusinessProcess),
            Hazard("Out-of-hours submissions unseen", "Requests submitted after closing are not seen until the next working day.",
                "Delay in care for time-sensitive problems.", "Harm from delay.",
                Severity.Considerable, Likelihood.Medium, Likelihood.Low, "Form closes out of hours with signposting to NHS 111", ControlType.SystemDesign),
            Hazard("Photos not attached to the record", "Images sent with a request are not saved to the clinical record.",
                "Clinical information is lost.", "Missed or delayed diagnosis.",
                Severity.Significant, Likelihood.Low, Likelihood.VeryLow, "Supplier test of attachment filing", ControlType.Testing),
        ]),
        new("document-workflow", Details("Document workflow — North West London", "LetterFlow", "Fabrikam Clinical Systems", "FCS-CSC-1.7"),
        [
            Hazard("Letter filed to the wrong patient", "Automatic matching files a hospital letter to a patient with similar details.",
                "Results and actions appear in the wrong record.", "Missed follow-up; wrong treatment.",
                Severity.Major, Likelihood.Medium, Likelihood.Low, "Workflow staff confirm NHS number on every match", ControlType.BusinessProcess),
            Hazard("Action in a letter not coded", "A requested action (medication change, referral) is not coded or tasked.",
                "The action is never taken.", "Harm from a missed medication change.",
                Severity.Considerable, Likelihood.Medium, Likelihood.Low, "Coding checklist and clinician review of flagged letters", ControlType.UserTraining),
            Hazard("Backlog during staff absence", "Letters queue when trained workflow staff are absent.",
                "Delay in acting on results.", "Harm from delay.",
                Severity.Significant, Likelihood.High, Likelihood.Medium, "Backlog alert to the practice manager", ControlType.SystemDesign),
        ]),
    ];

    private static ProgrammeDetails Details(string name, string product, string supplier, string safetyCase) =>
        new(name + " (demo)", product, supplier, safetyCase, "London Clinical Safety Service (demo)", "Dr Demo CSO", new DateOnly(2027, 9, 30));

    private static HazardContent Hazard(
        string title, string description, string effect, string harm,
        Severity severity, Likelihood initial, Likelihood residual, string control, ControlType controlType) => new(
        title, description, effect, harm, [description],
        new RiskAssessment(severity, initial, "Judged at the programme hazard workshop."),
        [new HazardControl(control, "Programme assurance record", controlType, ControlState.Existing, "Programme CSO")],
        new RiskAssessment(severity, residual, "With the controls in place, reviewed by the programme CSO."),
        HazardStatus.Open, null, "Programme CSO", new DateOnly(2027, 3, 31));
}
