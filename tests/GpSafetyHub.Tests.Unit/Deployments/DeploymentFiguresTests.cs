using GpSafetyHub.Deployments;
using GpSafetyHub.History;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>KPI figures over deployments against values worked out by hand.</summary>
public sealed class DeploymentFiguresTests
{
    private static readonly Actor Manager = new("pm-1", "Sam Patel", "practice", "Z90000");
    private static readonly DateOnly Monday = new(2026, 11, 2);
    private static readonly DeploymentClock Clock = new(new WorkingDayCalendar([new DateOnly(2026, 12, 25)]), new StepTargets());

    [Fact]
    public void Medians_take_the_middle_value_or_the_mean_of_the_two_and_the_90th_percentile_is_the_nearest_rank()
    {
        Assert.Null(DeploymentFigures.Median([]));
        Assert.Equal(7m, DeploymentFigures.Median([9, 7, 3]));
        Assert.Equal(5m, DeploymentFigures.Median([3, 9, 7, 1]));
        // Ten values: the 9th (ceil 0.9 × 10); eleven: the 10th (ceil 9.9).
        Assert.Equal(9, DeploymentFigures.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90));
        Assert.Equal(10, DeploymentFigures.NearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90));
        Assert.Equal(4, DeploymentFigures.NearestRank([4], 90));
    }

    [Fact]
    public void Each_party_s_waits_count_ended_ones_and_open_ones_to_today_and_the_longest_median_is_the_bottleneck()
    {
        var today = Monday.AddDays(14); // Monday two weeks on: 10 working days after Monday
        // Practice 1 waited on the IG service Monday to Wednesday (2 days) and went live on Friday (4 days end to end).
        var first = Deployment("A81001",
            Step(DeploymentStep.OutlineRequirement, Monday, Monday), Step(DeploymentStep.ProcurementRoute, Monday, Monday), Step(DeploymentStep.SupplierEvaluation, Monday, Monday),
            Step(DeploymentStep.InformationGovernance, Monday, Monday.AddDays(2)) with { EndedWaits = [new StepWait(DeploymentParty.InformationGovernance, Monday, Monday.AddDays(2))] },
            Step(DeploymentStep.IcbPermission, Monday, Monday) with { Permission = PermissionDecision.ApprovedWithoutSupport },
            Step(DeploymentStep.Contract, Monday.AddDays(2), Monday.AddDays(2)), Step(DeploymentStep.RopaAndPrivacyNotice, Monday.AddDays(2), Monday.AddDays(2)),
            Step(DeploymentStep.Deployed, Monday.AddDays(4), Monday.AddDays(4)));
        // Practice 2 has waited on the ICB since Monday: 10 working days so far, and on the IG service for 4 before that.
        var second = Deployment("A81002",
            Step(DeploymentStep.OutlineRequirement, Monday, Monday),
            new StepRecord(DeploymentStep.ProcurementRoute, StepStatus.WaitingOn, DeploymentParty.Icb, Monday, Monday, null, null, null, Manager)
            { EndedWaits = [new StepWait(DeploymentParty.InformationGovernance, Monday.AddDays(-7), Monday.AddDays(-3))] });
        var figures = DeploymentFigures.Of([View(first, today), View(second, today)], Clock, today);

        Assert.Equal((2, 1, 1), (figures.Deployments, figures.Live, figures.Overdue));
        Assert.Equal((4m, 4), (figures.MedianEndToEndDays, figures.P90EndToEndDays));
        // Waits of no working day at all name no bottleneck.
        var sameDay = Deployment("A81003", Step(DeploymentStep.OutlineRequirement, Monday, Monday) with { EndedWaits = [new StepWait(DeploymentParty.Icb, Monday, Monday)] });
        Assert.Null(DeploymentFigures.Of([View(sameDay, Monday)], Clock, Monday).Bottleneck);
        var ig = figures.Parties.Single(p => p.Party == DeploymentParty.InformationGovernance);
        Assert.Equal((3m, 0), (ig.MedianWaitDays, ig.Waiting)); // 2 and 4
        var icb = figures.Parties.Single(p => p.Party == DeploymentParty.Icb);
        Assert.Equal((10m, 1, 1), (icb.MedianWaitDays, icb.Waiting, icb.Overdue));
        Assert.Equal(DeploymentParty.Icb, figures.Bottleneck!.Party);
        var step = figures.Steps.Single(s => s.Step == DeploymentStep.InformationGovernance);
        Assert.Equal(2m, step.MedianDays);
        Assert.Equal((1, 1), (figures.Steps.Single(s => s.Step == DeploymentStep.ProcurementRoute).Current, figures.Steps.Single(s => s.Step == DeploymentStep.PeriodicReview).Current));
    }

    private static StepRecord Step(DeploymentStep step, DateOnly started, DateOnly finished) => new(step, StepStatus.Done, null, started, null, finished, null, null, Manager);

    private static DeploymentRecords Deployment(string ods, params StepRecord[] steps) => new("ai-scribe", ods, steps, steps.Length, steps.Length);

    private static DeploymentView View(DeploymentRecords own, DateOnly today)
    {
        // The assurance steps are done for both (shared or recorded), so only the steps under test vary.
        var shared = new[] { ProgrammeArtefactKind.Dtac, ProgrammeArtefactKind.ItAssessment }.Select(k => new ProgrammeArtefact(k, "REF", null, Monday, Manager)).ToArray();
        var programme = new ProgrammeDeploymentView("ai-scribe", ProcurementRoute.PracticeLed, shared, [], 1);
        var signed = new GpSafetyHub.Localisations.LocalisationSummary("ai-scribe", own.OdsCode, 3, Monday.AddYears(2), null, true, null, 1, 1, false, true, 1, 0, 1)
        { JoinedOn = Monday, SignedOffOn = Monday };
        return DeploymentStanding.View(new DeploymentSources(programme, own, signed, 1, null, "QMF", own.OdsCode), Clock, today);
    }
}
