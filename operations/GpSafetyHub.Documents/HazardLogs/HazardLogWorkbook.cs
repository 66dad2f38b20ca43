using System.Globalization;
using GpSafetyHub.Documents.Spreadsheets;
using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Documents.HazardLogs;

/// <summary>
/// A programme's hazard log as an XLSX workbook in the NHS hazard log template's columns: a
/// document-control block and one row per hazard, each control on a sheet of its own (so the file
/// reads back exactly), the risk matrix, and every published version with its sign-off.
/// </summary>
public static class HazardLogWorkbook
{
    /// <summary>The hazard sheet's columns, in the template's order; an import matches its header against these.</summary>
    public static readonly string[] HazardColumns =
    [
        "Hazard ID", "Title", "Description", "Causes", "Effect", "Potential harm",
        "Initial severity", "Initial likelihood", "Initial rating", "Initial justification",
        "Controls", "Residual severity", "Residual likelihood", "Residual rating", "Residual justification",
        "Status", "Transferred to", "Owner", "Review date", "Date added", "Closed because",
    ];

    public static readonly string[] ControlColumns = ["Hazard ID", "Control", "Type", "State", "Evidence", "Owner"];

    /// <summary>The log as published in <paramref name="version"/>, or the draft as it stands when that is null.</summary>
    public static DocumentFile For(ProgrammeView programme, PublishedVersion? version)
    {
        var hazards = version?.Hazards ?? programme.Hazards;
        var details = version?.Details ?? programme.Details;
        var bytes = new WorkbookBuilder()
            .Sheet("Hazard log", [.. DocumentControl(programme, details, version), [], HazardColumns.Select(SheetCell.Head).ToArray(), .. hazards.Select(HazardRow)],
                10, 30, 40, 30, 30, 30, 12, 12, 8, 30, 50, 12, 12, 8, 30, 12, 20, 20, 12, 12, 30)
            .Sheet("Controls", [ControlColumns.Select(SheetCell.Head).ToArray(), .. hazards.SelectMany(ControlRows)], 10, 50, 18, 12, 30, 20)
            .Sheet("Risk matrix", MatrixRows(), 22, 14, 14, 14, 14, 14)
            .Sheet("Versions", [
                new[] { "Version", "Published", "Published by", "Signed off by", "Role", "Professional registration", "Statement", "What changed" }.Select(SheetCell.Head).ToArray(),
                .. programme.Versions.Where(v => version is null || v.Number <= version.Summary.Number).Select(VersionRow)],
                8, 12, 24, 24, 24, 20, 40, 40)
            .ToBytes();
        var name = version is null ? "draft" : $"v{version.Summary.Number}";
        return new DocumentFile($"hazard-log-{programme.Id}-{name}.xlsx", DocumentFile.Xlsx, bytes);
    }

    private static IEnumerable<IReadOnlyList<SheetCell>> DocumentControl(ProgrammeView programme, ProgrammeDetails details, PublishedVersion? version)
    {
        yield return [SheetCell.Head("Hazard log"), details.Name];
        yield return [SheetCell.Head("Programme id"), programme.Id];
        yield return [SheetCell.Head("Product"), $"{details.Product} ({details.Supplier})"];
        yield return [SheetCell.Head("Supplier's safety case (DCB0129)"), details.SupplierSafetyCaseReference];
        yield return [SheetCell.Head("CSO function"), details.CsoFunction];
        yield return [SheetCell.Head("Responsible CSO"), details.ResponsibleCso];
        if (version is { Summary: var summary })
        {
            yield return [SheetCell.Head("Version"), SheetCell.Of(summary.Number)];
            yield return [SheetCell.Head("Published"), SheetCell.Of(DateOnly.FromDateTime(summary.PublishedAt.UtcDateTime))];
            yield return [SheetCell.Head("Signed off by"), $"{summary.SignOff.Name}, {summary.SignOff.Role} ({summary.SignOff.ProfessionalRegistration})"];
        }
        else
        {
            yield return [SheetCell.Head("Version"), $"DRAFT (revision {programme.DraftRevision}): not published, not signed off"];
        }
    }

    private static IReadOnlyList<SheetCell> HazardRow(Hazard hazard)
    {
        var content = hazard.Content;
        return
        [
            hazard.Id, content.Title, content.Description, string.Join('\n', content.Causes), content.Effect, content.PotentialHarm,
            .. Risk(content.InitialRisk),
            string.Join('\n', content.Controls.Select(c => $"{c.Description} ({Words(c.Type)}, {Words(c.State)})")),
            .. Risk(content.ResidualRisk),
            Words(hazard.Status), content.TransferredTo, content.Owner, SheetCell.Of(content.ReviewDate), SheetCell.Of(hazard.DateAdded), hazard.ClosedReason,
        ];
    }

    private static SheetCell[] Risk(RiskAssessment? risk) => risk is null
        ? [SheetCell.Empty, SheetCell.Empty, SheetCell.Empty, SheetCell.Empty]
        : [Words(risk.Severity), Words(risk.Likelihood), SheetCell.Of(risk.Rating.Value), risk.Justification];

    private static IEnumerable<IReadOnlyList<SheetCell>> ControlRows(Hazard hazard) =>
        hazard.Content.Controls.Select(c => (IReadOnlyList<SheetCell>)[hazard.Id, c.Description, Words(c.Type), Words(c.State), c.Evidence, c.Owner]);

    private static IEnumerable<IReadOnlyList<SheetCell>> MatrixRows()
    {
        yield return [SheetCell.Head("Severity \\ likelihood"), .. RiskMatrix.Likelihoods.Select(l => SheetCell.Head(Words(l)))];
        foreach (var severity in RiskMatrix.Severities.Reverse())
            yield return [SheetCell.Head(Words(severity)), .. RiskMatrix.Likelihoods.Select(l => SheetCell.Of(RiskMatrix.Rate(severity, l).Value))];
        yield return [];
        foreach (var value in Enumerable.Range(RiskRating.Lowest, RiskRating.Highest))
            yield return [SheetCell.Of(value), new RiskRating(value).Acceptability];
    }

    private static IReadOnlyList<SheetCell> VersionRow(PublishedVersionSummary version) =>
    [
        SheetCell.Of(version.Number), SheetCell.Of(DateOnly.FromDateTime(version.PublishedAt.UtcDateTime)), version.PublishedBy.Name,
        version.SignOff.Name, version.SignOff.Role, version.SignOff.ProfessionalRegistration, version.SignOff.Statement, version.Summary,
    ];

    // The template's words, which an import reads back: "Very low", "System design", "Existing".
    public static string Words(Enum value) => value switch
    {
        Likelihood.VeryLow => "Very low",
        Likelihood.VeryHigh => "Very high",
        ControlType.SystemDesign => "System design",
        ControlType.UserTraining => "User training",
        ControlType.BusinessProcess => "Business process",
        _ => value.ToString(),
    };
}
