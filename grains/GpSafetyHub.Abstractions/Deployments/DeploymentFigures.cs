namespace GpSafetyHub.Deployments;

/// <summary>
/// KPI figures over a set of deployments (an ICB's, a programme's), in working days:
/// end-to-end time to go-live of those live (median, 90th percentile by nearest rank), how long
/// each step took where the practice did it (started to finished, steps finished only), how long
/// each party kept steps waiting (every wait, open ones to today: the bottleneck shows while it
/// lasts), and how many deployments stand at each step.
/// </summary>
public sealed record DeploymentFigures(
    int Deployments,
    int Live,
    int Overdue,
    decimal? MedianEndToEndDays,
    int? P90EndToEndDays,
    IReadOnlyList<StepFigures> Steps,
    IReadOnlyList<PartyFigures> Parties)
{
    /// <summary>The party whose waits are longest by median, if anyone has kept a step waiting a working day or more.</summary>
    public PartyFigures? Bottleneck => Parties.Where(p => p.MedianWaitDays > 0).OrderByDescending(p => p.MedianWaitDays).FirstOrDefault();

    public static DeploymentFigures Of(IReadOnlyList<DeploymentView> deployments, DeploymentClock clock, DateOnly today)
    {
        var live = deployments.Where(d => d.LiveOn is not null && d.EndToEndDays is not null).Select(d => d.EndToEndDays!.Value).ToArray();
        var steps = DeploymentChecklist.Steps.Select(step =>
        {
            var each = deployments.Select(d => d[step]).ToArray();
            var took = each.Where(s => s.Record is { InheritedFrom: null, Status: StepStatus.Done, StartedOn: { }, FinishedOn: { } })
                .Select(s => clock.Calendar.Between(s.Record.StartedOn!.Value, s.Record.FinishedOn!.Value)).ToArray();
            return new StepFigures(step, Median(took), deployments.Count(d => d.CurrentStep == step),
                each.Count(s => s.Record.Status == StepStatus.WaitingOn), each.Count(s => s.IsOverdue));
        }).ToArray();
        var waits = deployments.SelectMany(d => d.Steps).SelectMany(s => s.Record.Waits(today).Select(w => (Wait: w, Step: s))).ToArray();
        var parties = Enum.GetValues<DeploymentParty>().Select(party =>
        {
            var theirs = waits.Where(w => w.Wait.Party == party).ToArray();
            return new PartyFigures(party, Median(theirs.Select(w => clock.Days(w.Wait, today)).ToArray()),
                theirs.Count(w => w.Wait.Until is null), theirs.Count(w => w.Wait.Until is null && w.Step.IsOverdue));
        }).ToArray();
        return new DeploymentFigures(
            deployments.Count, live.Length, deployments.Count(d => d.IsOverdue), Median(live), NearestRank(live, 90), steps, parties);
    }

    /// <summary>The middle value, or the mean of the two middle values; null for none.</summary>
    public static decimal? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="percent"/>% of values at or below it.</summary>
    public static int? NearestRank(IReadOnlyList<int> values, int percent)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Ceiling(percent / 100m * sorted.Length) - 1];
    }
}

/// <summary>One step across deployments: median days it took, how many deployments stand at it, wait at it, and are overdue at it.</summary>
public sealed record StepFigures(DeploymentStep Step, decimal? MedianDays, int Current, int Waiting, int Overdue);

/// <summary>One party across deployments: the median days it kept a step waiting, and its waits open now and overdue.</summary>
public sealed record PartyFigures(DeploymentParty Party, decimal? MedianWaitDays, int Waiting, int Overdue);
