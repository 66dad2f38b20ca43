using GpSafetyHub.Deployments;
using GpSafetyHub.GraphQL.History;
using GpSafetyHub.Operations.Deployments;
using GraphQL.Types;

namespace GpSafetyHub.GraphQL.Deployments;

public sealed class DeploymentGraphType : ObjectGraphType<DeploymentView>
{
    public DeploymentGraphType()
    {
        Name = "Deployment";
        Description = "A practice's deployment of a programme's software: every checklist step with its clock, the step holding it up, whose turn it is, and its end-to-end time.";
        Field(x => x.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field(x => x.OdsCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practice.");
        Field(x => x.PracticeName, nullable: true).Description("The practice's name.");
        Field(x => x.IcbCode, nullable: true).Description("The practice's ICB.");
        Field(x => x.Route).Description("The programme's procurement route, which decides who does each step.");
        Field(x => x.Revision).Description("Counts the practice's recorded changes; pass it as expectedRevision.");
        Field(x => x.Steps).Description("Every step, in checklist order.");
        Field(x => x.CurrentStep, nullable: true).Description("The first step, in checklist order, holding up go-live; null when every step is finished.");
        Field(x => x.Turn).Description("Whose turn it is: whom the steps holding up go-live wait on, or who does them.");
        Field(x => x.StartedOn, nullable: true).Description("When the first step started.");
        Field(x => x.LiveOn, nullable: true).Description("When the software went live (the deployed step done).");
        Field(x => x.EndToEndDays, nullable: true).Description("Working days from the first step to go-live, or to today while not live.");
        Field("overdue", x => x.IsOverdue).Description("True when a step waits past its party's target.");
        this.AddHistoryField("Every change to the practice's steps, newest first, paged.",
            ctx => new GetDeploymentHistory(ctx.Source.ProgrammeId, ctx.Source.OdsCode, ctx.First(), ctx.Before()));
    }
}

public sealed class DeploymentStepGraphType : ObjectGraphType<DeploymentStepView>
{
    public DeploymentStepGraphType()
    {
        Name = "DeploymentStep";
        Description = "One checklist step of a practice's deployment: its record, who answers for it and does it, and its KPI clock.";
        Field("step", x => x.Record.Step).Description("Which step.");
        Field("status", x => x.Record.Status).Description("Where it stands.");
        Field("waitingOn", x => x.Record.WaitingOn, nullable: true).Description("Whom it waits on, while it waits.");
        Field("waitingSince", x => x.Record.WaitingSince, nullable: true).Description("The day it began waiting on them.");
        Field("startedOn", x => x.Record.StartedOn, nullable: true).Description("When it started.");
        Field("finishedOn", x => x.Record.FinishedOn, nullable: true).Description("When it was done, or found not applicable.");
        Field("evidence", x => x.Record.Evidence, nullable: true).Description("A document reference or link.");
        Field("note", x => x.Record.Note, nullable: true).Description("Why it does not apply, a contract's break clause, why permission was refused.");
        Field("permission", x => x.Record.Permission, nullable: true).Description("The ICB's decision, on the ICB permission step.");
        Field("reviewDate", x => x.Record.ReviewDate, nullable: true).Description("When the deployment is next reviewed, on the periodic review step.");
        Field("changedBy", x => x.Record.ChangedBy, nullable: true).Description("Who last changed it.");
        Field("inheritedFrom", x => x.Record.InheritedFrom, nullable: true).Description("Where the step comes from when the practice did not record it: a shared artefact, the ICB's blanket permission, the localisation.");
        Field("endedWaits", x => x.Record.EndedWaits).Description("Earlier waits on parties, oldest first.");
        Field("accountable", x => x.Roles.Accountable).Description("Who answers for the step, by the programme's route.");
        Field("responsible", x => x.Roles.Responsible).Description("Who does it, by the programme's route.");
        Field(x => x.TargetDays).Description("Working days the party it waits on has to act.");
        Field(x => x.WaitingDays).Description("Working days it has waited on its party so far (0 when not waiting).");
        Field(x => x.DueOn, nullable: true).Description("The day the party's target falls due, while it waits.");
        Field("overdue", x => x.IsOverdue).Description("Waiting longer than the party's target.");
        Field("blocking", x => x.IsBlocking).Description("Holding up go-live: not finished, and free to be worked on now.");
        Field(x => x.CanStart).Description("Every step before it is finished.");
        Field(x => x.SharedArtefacts).Description("The programme's shared artefacts for this step.");
    }
}

public sealed class StepWaitGraphType : ObjectGraphType<StepWait>
{
    public StepWaitGraphType()
    {
        Name = "StepWait";
        Description = "A spell of a step waiting on one party.";
        Field(x => x.Party).Description("Whom it waited on.");
        Field(x => x.Since).Description("When the wait began.");
        Field(x => x.Until, nullable: true).Description("When it ended.");
    }
}

public sealed class ProgrammeArtefactGraphType : ObjectGraphType<ProgrammeArtefact>
{
    public ProgrammeArtefactGraphType()
    {
        Name = "ProgrammeArtefact";
        Description = "An artefact recorded once for a programme, shared by every practice's deployment.";
        Field(x => x.Kind).Description("What it is.");
        Field(x => x.Reference).Description("A document reference or link.");
        Field(x => x.Note, nullable: true).Description("A note.");
        Field(x => x.RecordedOn).Description("When it was recorded.");
        Field(x => x.RecordedBy).Description("Who recorded it.");
    }
}

public sealed class BlanketPermissionGraphType : ObjectGraphType<BlanketPermission>
{
    public BlanketPermissionGraphType()
    {
        Name = "BlanketPermission";
        Description = "An ICB's permission for a whole programme, inherited by each of its practices without a decision of its own.";
        Field(x => x.IcbCode, type: typeof(NonNullGraphType<IdGraphType>)).Description("The ICB.");
        Field(x => x.Decision).Description("Its decision.");
        Field(x => x.Note, nullable: true).Description("Why (required when prohibited).");
        Field(x => x.Evidence, nullable: true).Description("A document reference or link.");
        Field(x => x.RecordedOn).Description("When it was recorded.");
        Field(x => x.RecordedBy).Description("Who recorded it.");
    }
}

public sealed class ProgrammeDeploymentGraphType : ObjectGraphType<ProgrammeDeploymentView>
{
    public ProgrammeDeploymentGraphType()
    {
        Name = "ProgrammeDeployment";
        Description = "A programme's deployment set-up: its procurement route, shared artefacts and ICBs' blanket permissions.";
        Field(x => x.ProgrammeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The programme.");
        Field(x => x.Route, nullable: true).Description("The procurement route; null until the CSO function declares it.");
        Field(x => x.Artefacts).Description("The latest artefact of each kind.");
        Field(x => x.Permissions).Description("Each ICB's latest blanket permission.");
        Field(x => x.Revision).Description("Counts changes; pass it as expectedRevision.");
        this.AddHistoryField("Every change to the set-up, newest first, paged.",
            ctx => new GetProgrammeDeploymentHistory(ctx.Source.ProgrammeId, ctx.First(), ctx.Before()));
    }
}

public sealed class DeploymentBoardGraphType : ObjectGraphType<DeploymentBoard>
{
    public DeploymentBoardGraphType()
    {
        Name = "DeploymentBoard";
        Description = "Deployments on one board (an ICB's or a programme's): the cards the filters keep, and the KPI figures.";
        Field(x => x.Scope, type: typeof(NonNullGraphType<IdGraphType>)).Description("The ICB or programme.");
        Field(x => x.Deployments).Description("The deployments the filters keep, by programme then ODS code.");
        Field(x => x.Figures).Description("KPI figures over every deployment of the programme filter (the turn filter picks cards only).");
        Field(x => x.Programmes).Description("The programmes the board can be filtered by.");
    }
}

public sealed class DeploymentFiguresGraphType : ObjectGraphType<DeploymentFigures>
{
    public DeploymentFiguresGraphType()
    {
        Name = "DeploymentFigures";
        Description = "KPI figures over deployments, in working days (weekends and England's bank holidays left out).";
        Field(x => x.Deployments).Description("How many deployments.");
        Field(x => x.Live).Description("How many are live.");
        Field(x => x.Overdue).Description("How many have a step waiting past its target.");
        Field(x => x.MedianEndToEndDays, nullable: true).Description("Median working days from first step to go-live, over live deployments.");
        Field(x => x.P90EndToEndDays, nullable: true).Description("90th percentile (nearest rank) of the same.");
        Field(x => x.Steps).Description("Each step: median days it took where the practice did it, and how many deployments stand, wait and are overdue at it.");
        Field(x => x.Parties).Description("Each party: median days it kept a step waiting (open waits to today), and its waits open and overdue now.");
        Field(x => x.Bottleneck, nullable: true).Description("The party with the longest median wait, when it is a working day or more.");
    }
}

public sealed class StepFiguresGraphType : ObjectGraphType<StepFigures>
{
    public StepFiguresGraphType()
    {
        Name = "StepFigures";
        Description = "One checklist step across deployments.";
        Field(x => x.Step).Description("The step.");
        Field(x => x.MedianDays, nullable: true).Description("Median working days from started to done, where the practice did it.");
        Field(x => x.Current).Description("Deployments whose first step holding up go-live is this one.");
        Field(x => x.Waiting).Description("Deployments where this step waits on someone.");
        Field(x => x.Overdue).Description("Deployments where this step waits past its target.");
    }
}

public sealed class PartyFiguresGraphType : ObjectGraphType<PartyFigures>
{
    public PartyFiguresGraphType()
    {
        Name = "PartyFigures";
        Description = "One party across deployments.";
        Field(x => x.Party).Description("The party.");
        Field(x => x.MedianWaitDays, nullable: true).Description("Median working days it kept a step waiting, open waits counted to today.");
        Field(x => x.Waiting).Description("Steps waiting on it now.");
        Field(x => x.Overdue).Description("Of those, waiting past their target.");
    }
}
