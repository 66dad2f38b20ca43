using GpSafetyHub.GraphQL.Alerts;
using GpSafetyHub.GraphQL.Coverage;
using GpSafetyHub.GraphQL.Deployments;
using GpSafetyHub.GraphQL.Documents;
using GpSafetyHub.GraphQL.Localisations;
using GpSafetyHub.GraphQL.Practices;
using GpSafetyHub.GraphQL.Programmes;
using GpSafetyHub.GraphQL.Reminders;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL;

/// <summary>The root of every read; each feature adds its own fields.</summary>
public sealed class HubQuery : ObjectGraphType
{
    public HubQuery()
    {
        Name = "Query";
        Description = "Reading programmes, their hazard logs, published versions and history.";
        this.AddProgrammeQueries();
        this.AddHazardLogImportQueries();
        this.AddPracticeQueries();
        this.AddLocalisationQueries();
        this.AddCoverageQueries();
        this.AddAlertQueries();
        this.AddReminderQueries();
        this.AddDocumentQueries();
        this.AddDeploymentQueries();
    }
}
