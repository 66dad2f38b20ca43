using GpSafetyHub.Deployments;
using GpSafetyHub.Documents.Spreadsheets;
using GpSafetyHub.Documents.Tables;

namespace GpSafetyHub.Documents.Deployments;

/// <summary>An ICB's deployment pipeline as the board shows it: a row per practice deployment, then each step's status.</summary>
public static class PipelineTable
{
    private static readonly TableColumn[] Columns =
    [
        new("Programme", "programme_id", 24), new("ODS code", "ods_code", 10), new("Practice", "practice", 34), new("Route", "route", 12),
        new("Current step", "current_step", 26), new("Whose turn", "whose_turn", 20), new("Waiting (working days)", "waiting_days", 10),
        new("Target (working days)", "target_days", 10), new("Overdue", "overdue", 9), new("Started", "started_on", 12), new("Live on", "live_on", 12),
        new("End to end (working days)", "end_to_end_days", 10),
        .. DeploymentChecklist.Steps.Select(s => new TableColumn(Words.Step(s), $"step_{s.ToString().ToLowerInvariant()}", 18)),
    ];

    public static DocumentFile For(string scope, IReadOnlyList<DeploymentView> deployments, TableFormat format) =>
        new DocumentTable($"Deployments {scope}", Columns, deployments.Select(Row).ToArray()).As(format, $"deployments-{scope}");

    private static IReadOnlyList<SheetCell> Row(DeploymentView d)
    {
        var waiting = d.LongestWait;
        return
        [
            d.ProgrammeId, d.OdsCode, d.PracticeName, Words.Route(d.Route), d.CurrentStep is { } step ? Words.Step(step) : "Complete",
            string.Join(", ", d.Turn.Select(Words.Party)), waiting is null ? SheetCell.Empty : SheetCell.Of(waiting.WaitingDays),
            waiting is null ? SheetCell.Empty : SheetCell.Of(waiting.TargetDays), d.IsOverdue ? "yes" : "no",
            SheetCell.Of(d.StartedOn), SheetCell.Of(d.LiveOn), d.EndToEndDays is { } days ? SheetCell.Of(days) : SheetCell.Empty,
            .. d.Steps.Select(s => SheetCell.Of(StepWords.Of(s.Record))),
        ];
    }
}
