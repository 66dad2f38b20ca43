using GpSafetyHub.Documents.HazardLogs;
using GpSafetyHub.Documents.Reports;
using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using static GpSafetyHub.Documents.SafetyCases.ReportWords;

namespace GpSafetyHub.Documents.SafetyCases;

/// <summary>The Clinical Safety Case Report for a published version of a programme's hazard log (DCB0160), as the CSO signed it.</summary>
public static class SafetyCaseReport
{
    public static Report For(ProgrammeView programme, PublishedVersion version)
    {
        var details = version.Details;
        var summary = version.Summary;
        var open = version.Hazards.Where(h => h.Status is HazardStatus.Open or HazardStatus.Transferred).ToArray();
        var justified = version.Hazards.Where(h => !h.IsClosed && h.Content.ResidualRisk is { Rating.NeedsJustification: true }).ToArray();
        return new Report("Clinical Safety Case Report", $"{details.Name}, hazard log version {summary.Number}", $"safety-case-report-{programme.Id}-v{summary.Number}",
        [
            new ReportFacts(
            [
                ("Programme", $"{details.Name} ({programme.Id})"), ("Hazard log version", summary.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Published", Date(summary.PublishedAt)), ("CSO function", details.CsoFunction), ("Responsible CSO", details.ResponsibleCso),
                ("Signed off by", $"{summary.SignOff.Name}, {summary.SignOff.Role} ({summary.SignOff.ProfessionalRegistration})"), ("Next review", Date(details.ReviewDate)),
            ]),
            new ReportHeading("1. Purpose and scope"),
            new ReportParagraph($"This report sets out the clinical safety case for deploying {details.Product} across the practices of the programme \"{details.Name}\", as DCB0160 requires of the organisations that deploy health IT. It covers the {version.Hazards.Count} hazards of version {summary.Number} of the programme's hazard log. Each practice localises the log for how it uses the software, and signs off its own safety case against this version."),
            new ReportHeading("2. The system and its intended use"),
            new ReportFacts([("Product", details.Product), ("Supplier", details.Supplier), ("Supplier's clinical safety case (DCB0129)", details.SupplierSafetyCaseReference)]),
            new ReportHeading("3. Clinical risk management approach"),
            .. RiskApproach(),
            new ReportHeading("4. Hazard summary"),
            new ReportTable("Every hazard of the version", ["ID", "Hazard", "Status", "Initial rating", "Residual rating"],
                version.Hazards.Select(h => (IReadOnlyList<string>)[h.Id, h.Content.Title, HazardLogWorkbook.Words(h.Status), Rating(h.Content.InitialRisk), Rating(h.Content.ResidualRisk)]).ToArray()),
            new ReportHeading("5. Hazards with a residual rating of 3 or more"),
            justified.Length == 0
                ? new ReportParagraph("None: every open hazard's residual rating is 1 or 2.")
                : new ReportTable("Each, and why its residual risk is accepted", ["ID", "Hazard", "Residual rating", "Justification"],
                    justified.Select(h => (IReadOnlyList<string>)[h.Id, h.Content.Title, Rating(h.Content.ResidualRisk), h.Content.ResidualRisk!.Justification ?? ""]).ToArray()),
            new ReportHeading("6. Open hazards"),
            open.Length == 0
                ? new ReportParagraph("None.")
                : new ReportTable("Hazards still being managed, with their controls", ["ID", "Hazard", "Controls", "Owner", "Review by"],
                    open.Select(h => (IReadOnlyList<string>)[h.Id, h.Content.Title, Controls(h.Content.Controls), h.Content.TransferredTo is { } to ? $"{h.Content.Owner} (transferred to {to})" : h.Content.Owner, Date(h.Content.ReviewDate)]).ToArray()),
            new ReportHeading("7. Clinical safety statement"),
            new ReportParagraph(summary.SignOff.Statement),
            new ReportFacts([("Name", summary.SignOff.Name), ("Role", summary.SignOff.Role), ("Professional registration", summary.SignOff.ProfessionalRegistration), ("Signed", Date(summary.PublishedAt))]),
            new ReportHeading("8. Version history"),
            new ReportTable("Every version up to this one", ["Version", "Published", "Signed off by", "What changed"],
                programme.Versions.Where(v => v.Number <= summary.Number)
                    .Select(v => (IReadOnlyList<string>)[v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Date(v.PublishedAt), v.SignOff.Name, v.Summary]).ToArray()),
        ]);
    }
}
