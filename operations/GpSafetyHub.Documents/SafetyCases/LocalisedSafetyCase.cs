using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using static GpSafetyHub.Documents.SafetyCases.ReportWords;

namespace GpSafetyHub.Documents.SafetyCases;

/// <summary>
/// A practice's localised safety case, the document it hands an inspector: the programme version it
/// localised, its MoU and SOP, each hazard with the programme's and the practice's controls and
/// residual risk (or why it does not apply), its own hazards, its sign-offs and its history of decisions.
/// </summary>
public static class LocalisedSafetyCase
{
    public static Report For(PracticeView practice, LocalisationView localisation, PublishedVersion? version, IReadOnlyList<HistoryEntry> history)
    {
        var programme = version?.Details.Name ?? localisation.Summary.ProgrammeId;
        var latest = localisation.SignOffs.Count == 0 ? null : localisation.SignOffs[^1];
        return new Report("Localised clinical safety case", $"{practice.Details.Name} ({practice.OdsCode}), {programme}",
            $"safety-case-{practice.OdsCode}-{localisation.Summary.ProgrammeId}",
        [
            new ReportFacts(
            [
                ("Practice", $"{practice.Details.Name} ({practice.OdsCode})"), ("ICB", practice.Details.IcbCode), ("Programme", $"{programme} ({localisation.Summary.ProgrammeId})"),
                ("Programme version localised", localisation.Summary.LocalisedVersion is { } v ? $"Version {v}" : "None yet"),
                ("Signed off", latest is null ? "Not yet" : $"Version {latest.ProgrammeVersion}, {Date(latest.SignedAt)}, by {latest.SignOff.Name} ({latest.SignOff.Role})"),
            ]),
            new ReportHeading("1. The programme's safety case"),
            new ReportParagraph(version is null
                ? "The practice has not localised a published version of the programme's hazard log yet."
                : $"The practice deploys {version.Details.Product} ({version.Details.Supplier}) under the programme's clinical safety case. Version {version.Summary.Number} of the programme's hazard log was signed off on {Date(version.Summary.PublishedAt)} by {version.Summary.SignOff.Name}, {version.Summary.SignOff.Role} ({version.Summary.SignOff.ProfessionalRegistration}), for {version.Details.CsoFunction}. This document records how the practice applies it locally."),
            new ReportHeading("2. Memorandum of understanding"),
            localisation.Mou is { } mou
                ? new ReportFacts([("Reference", mou.Reference), ("Signed for the practice by", $"{mou.SignatoryName}, {mou.SignatoryRole}"), ("Signed", Date(mou.SignedOn)), ("Ends", Date(mou.ExpiresOn))])
                : new ReportParagraph("No MoU is recorded."),
            new ReportHeading("3. Standard operating procedure"),
            .. Sop(localisation.Sop),
            new ReportHeading("4. The programme's hazards at this practice"),
            localisation.Hazards.Count == 0
                ? new ReportParagraph("No hazards: no version is localised yet.")
                : new ReportTable("Each programme hazard, the programme's controls and residual risk, and the practice's decision",
                    ["ID", "Hazard", "Programme's controls", "Programme residual rating", "Applies here", "Practice's controls", "Practice residual rating, or why it does not apply"],
                    localisation.Hazards.Select(Decision).ToArray()),
            new ReportHeading("5. The practice's own hazards"),
            localisation.LocalHazards.Count == 0
                ? new ReportParagraph("None recorded.")
                : new ReportTable("Hazards that arise from how the practice works", ["ID", "Hazard", "Initial rating", "Controls", "Residual rating", "Status", "Owner"],
                    localisation.LocalHazards.Select(h => (IReadOnlyList<string>)[h.Id, h.Content.Title, Rating(h.Content.InitialRisk), Controls(h.Content.Controls), Rating(h.Content.ResidualRisk), HazardLogWorkbook.Words(h.Status), h.Content.Owner]).ToArray()),
            new ReportHeading("6. Sign-off"),
            .. SignOffs(localisation.SignOffs),
            new ReportHeading("7. History of decisions"),
            new ReportTable("Every change to the localisation, newest first", ["When", "Who", "What"],
                history.Select(e => (IReadOnlyList<string>)[$"{Date(e.At)} {e.At.UtcDateTime:HH:mm} UTC", $"{e.Actor.Name}{(e.Actor.Role is { } role ? $" ({role})" : "")}", e.Reason is { } why ? $"{e.Summary} ({why})" : e.Summary]).ToArray()),
        ]);
    }

    private static IEnumerable<ReportBlock> Sop(Sop? sop)
    {
        if (sop is null)
        {
            yield return new ReportParagraph("No SOP is recorded.");
            yield break;
        }

        yield return new ReportFacts(
        [
            ("Version", sop.Version), ("Document", sop.DocumentReference ?? "Not given"), ("Approved by", sop.ApprovedBy ?? "Not approved"),
            ("Approved", Date(sop.ApprovedOn)), ("Review by", Date(sop.ReviewDate)),
        ]);
        if (sop.Text is { } text) yield return new ReportParagraph(text);
    }

    private static IReadOnlyList<string> Decision(LocalisedHazard hazard)
    {
        var programme = hazard.ProgrammeHazard;
        var decision = hazard.Local?.Decision;
        var applies = hazard.State switch
        {
            AssessmentState.ClosedInProgramme => "Closed by the programme",
            AssessmentState.NotAssessed => "Not assessed",
            AssessmentState.NeedsReassessment => "Changed in the programme: to assess again",
            _ => decision!.Applicable ? "Yes" : "No",
        };
        return
        [
            programme.Id, programme.Content.Title, Controls(programme.Content.Controls), Rating(programme.Content.ResidualRisk), applies,
            decision is { Applicable: true } ? Controls(decision.LocalControls) : "",
            decision is null ? "" : decision.Applicable ? Rating(decision.LocalResidualRisk) + (decision.LocalResidualRisk?.Justification is { } why ? $": {why}" : "") : decision.Rationale ?? "",
        ];
    }

    private static IEnumerable<ReportBlock> SignOffs(IReadOnlyList<LocalSignOffRecord> signOffs)
    {
        if (signOffs.Count == 0)
        {
            yield return new ReportParagraph("The practice has not signed off yet.");
            yield break;
        }

        var latest = signOffs[^1];
        yield return new ReportParagraph(latest.SignOff.Statement);
        yield return new ReportFacts(
        [
            ("Name", latest.SignOff.Name), ("Role", latest.SignOff.Role), ("Professional registration", latest.SignOff.ProfessionalRegistration ?? "Not given"),
            ("Signed", Date(latest.SignedAt)), ("Programme version", latest.ProgrammeVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        yield return new ReportTable("Every sign-off, oldest first", ["Programme version", "Signed", "By"],
            signOffs.Select(s => (IReadOnlyList<string>)[s.ProgrammeVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), Date(s.SignedAt), $"{s.SignOff.Name}, {s.SignOff.Role}"]).ToArray());
    }
}
