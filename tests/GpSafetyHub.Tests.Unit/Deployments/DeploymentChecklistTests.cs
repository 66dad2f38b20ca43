using GpSafetyHub.Deployments;

namespace GpSafetyHub.Tests.Unit.Deployments;

/// <summary>The checklist's order (assurance in parallel) and who does each step on each procurement route.</summary>
public sealed class DeploymentChecklistTests
{
    [Fact]
    public void The_five_assurance_steps_start_together_once_the_supplier_is_evaluated_and_the_contract_waits_for_all_of_them()
    {
        var done = new HashSet<DeploymentStep> { DeploymentStep.OutlineRequirement, DeploymentStep.ProcurementRoute };
        Assert.False(DeploymentChecklist.CanStart(DeploymentStep.Dtac, done.Contains));

        done.Add(DeploymentStep.SupplierEvaluation);
        Assert.All(
            [DeploymentStep.Dtac, DeploymentStep.InformationGovernance, DeploymentStep.ClinicalSafety, DeploymentStep.ItAssessment, DeploymentStep.IcbPermission],
            step => Assert.True(DeploymentChecklist.CanStart(step, done.Contains)));

        done.UnionWith([DeploymentStep.Dtac, DeploymentStep.InformationGovernance, DeploymentStep.ClinicalSafety, DeploymentStep.ItAssessment]);
        Assert.False(DeploymentChecklist.CanStart(DeploymentStep.Contract, done.Contains)); // the ICB's permission is still to come
        done.Add(DeploymentStep.IcbPermission);
        Assert.True(DeploymentChecklist.CanStart(DeploymentStep.Contract, done.Contains));
        Assert.False(DeploymentChecklist.CanStart(DeploymentStep.Deployed, done.Contains));
    }

    [Theory]
    [InlineData(ProcurementRoute.IcbLed, DeploymentStep.InformationGovernance, DeploymentParty.Practice, DeploymentParty.Icb)]
    [InlineData(ProcurementRoute.PracticeLed, DeploymentStep.InformationGovernance, DeploymentParty.Practice, DeploymentParty.Practice)]
    [InlineData(ProcurementRoute.IcbLed, DeploymentStep.ClinicalSafety, DeploymentParty.Practice, DeploymentParty.Icb)]
    [InlineData(ProcurementRoute.PracticeLed, DeploymentStep.ClinicalSafety, DeploymentParty.Practice, DeploymentParty.Practice)]
    [InlineData(ProcurementRoute.IcbLed, DeploymentStep.SupplierEvaluation, DeploymentParty.Icb, DeploymentParty.Icb)]
    [InlineData(ProcurementRoute.PracticeLed, DeploymentStep.Contract, DeploymentParty.Practice, DeploymentParty.Practice)]
    [InlineData(ProcurementRoute.PracticeLed, DeploymentStep.Dtac, DeploymentParty.Practice, DeploymentParty.Supplier)]
    [InlineData(ProcurementRoute.IcbLed, DeploymentStep.ItAssessment, DeploymentParty.Icb, DeploymentParty.ItProvider)]
    [InlineData(ProcurementRoute.PracticeLed, DeploymentStep.IcbPermission, DeploymentParty.Icb, DeploymentParty.Icb)]
    [InlineData(ProcurementRoute.IcbLed, DeploymentStep.RopaAndPrivacyNotice, DeploymentParty.Practice, DeploymentParty.Practice)]
    public void The_route_decides_who_answers_for_a_step_and_who_does_it(ProcurementRoute route, DeploymentStep step, DeploymentParty accountable, DeploymentParty responsible) =>
        Assert.Equal(new StepRoles(accountable, responsible), DeploymentChecklist.Roles(route, step));
}
