using GpSafetyHub.GraphQL.Alerts;
using GpSafetyHub.GraphQL.Coverage;
using GpSafetyHub.GraphQL.Deployments;
using GpSafetyHub.GraphQL.Localisations;
using GpSafetyHub.GraphQL.Practices;
using GpSafetyHub.GraphQL.Programmes;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>The root of every change; each feature adds its own fields.</summary>
public sealed class HubMutation : ObjectGraphType
{
    public HubMutation()
    {
        Name = "Mutation";
        Description = "Changing programme hazard logs, practices and localisations. Every change is attributed to the acting person and recorded in the history with the change.";
        this.AddProgrammeMutations();
        this.AddHazardLogImportMutations();
        this.AddPracticeMutations();
        this.AddLocalisationMutations();
        this.AddCoverageMutations();
        this.AddAlertMutations();
        this.AddDeploymentMutations();
    }
}
