using GpSafetyHub.Deployments;
using GraphQL;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Deployments;

public sealed class StepChangeInputGraphType : InputObjectGraphType<StepChange>
{
    public StepChangeInputGraphType()
    {
        Name = "StepChangeInput";
        Description = "What is recorded about one deployment step. Evidence left out keeps what was recorded before.";
        Field<NonNullGraphType<ChecklistStepGraphType>>("step").Description("The step (not clinical safety, which follows the localisation).");
        Field<NonNullGraphType<StepStatusGraphType>>("status").Description("Its new status.");
        Field<DeploymentPartyGraphType>("waitingOn").Description("Whom it waits on: required with status WAITING_ON, empty otherwise.");
        Field<StringGraphType>("evidence").Description("A document reference or link.");
        Field<StringGraphType>("note").Description("Why it does not apply (required for NOT_APPLICABLE), why permission is prohibited (required), a contract's break clause.");
        Field<PermissionDecisionGraphType>("permission").Description("The ICB's decision: required on the ICB permission step with status DONE.");
        Field<DateOnlyGraphType>("reviewDate").Description("When the deployment is next reviewed: required on the periodic review step with status DONE.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StepChange(
        value.Get<DeploymentStep>("step"), value.Get<StepStatus>("status"), value.Optional<DeploymentParty?>("waitingOn"),
        value.Optional<string>("evidence"), value.Optional<string>("note"))
    {
        Permission = value.Optional<PermissionDecision?>("permission"),
        ReviewDate = value.Optional<DateOnly?>("reviewDate"),
    };
}
