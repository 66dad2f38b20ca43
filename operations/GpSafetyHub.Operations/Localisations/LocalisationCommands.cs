using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.Localisations;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Operations.Localisations;

/// <summary>Joins a practice to a programme under an MoU (or renews it): the practice itself or the programme's CSO function.</summary>
public sealed record JoinProgramme(string ProgrammeId, string OdsCode, Mou Mou) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOrPractice(context, ProgrammeId, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) => context.Localisation(ProgrammeId, OdsCode).Join(Mou, context.Caller.Actor);
}

/// <summary>Records that the MoU ended; the localisation is kept, read-only.</summary>
public sealed record LeaveProgramme(string ProgrammeId, string OdsCode, string Reason) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.CsoOrPractice(context, ProgrammeId, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) => context.Localisation(ProgrammeId, OdsCode).Leave(Reason, context.Caller.Actor);
}

/// <summary>Records the practice's SOP for the software.</summary>
public sealed record RecordSop(string ProgrammeId, string OdsCode, int ExpectedSopRevision, Sop Sop) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) =>
        context.Localisation(ProgrammeId, OdsCode).RecordSop(ExpectedSopRevision, Sop, context.Caller.Actor);
}

/// <summary>Records the practice's decision on a programme hazard of the version it localises.</summary>
public sealed record AssessHazard(string ProgrammeId, string OdsCode, string HazardId, int ExpectedRevision, HazardDecision Decision) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) =>
        context.Localisation(ProgrammeId, OdsCode).AssessHazard(Hazard.ParseId(HazardId), ExpectedRevision, Decision, context.Caller.Actor);
}

/// <summary>Adds a hazard that exists only at this practice.</summary>
public sealed record AddLocalHazard(string ProgrammeId, string OdsCode, HazardContent Hazard, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<Hazard> Run(OperationContext context) => context.Localisation(ProgrammeId, OdsCode).AddLocalHazard(Hazard, Reason, context.Caller.Actor);
}

/// <summary>Replaces a local hazard's content, if it is still at the revision the change is based on.</summary>
public sealed record ReviseLocalHazard(string ProgrammeId, string OdsCode, string HazardId, int ExpectedRevision, HazardContent Hazard, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<Hazard> Run(OperationContext context) =>
        context.Localisation(ProgrammeId, OdsCode).ReviseLocalHazard(Hazards.Hazard.ParseId(HazardId), ExpectedRevision, Hazard, Reason, context.Caller.Actor);
}

/// <summary>Closes a local hazard with a reason.</summary>
public sealed record CloseLocalHazard(string ProgrammeId, string OdsCode, string HazardId, int ExpectedRevision, string Reason) : ICommand<Hazard>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<Hazard> Run(OperationContext context) =>
        context.Localisation(ProgrammeId, OdsCode).CloseLocalHazard(Hazard.ParseId(HazardId), ExpectedRevision, Reason, context.Caller.Actor);
}

/// <summary>Moves the localisation to the programme's current version.</summary>
public sealed record CarryForward(string ProgrammeId, string OdsCode, int ExpectedRevision) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) => context.Localisation(ProgrammeId, OdsCode).CarryForward(ExpectedRevision, context.Caller.Actor);
}

/// <summary>Signs off the localisation of the programme's current version.</summary>
public sealed record SignOffLocalisation(string ProgrammeId, string OdsCode, int ExpectedRevision, PracticeSignOff SignOff) : ICommand<LocalisationView>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.OwnPractice(context, OdsCode);

    public Task<LocalisationView> Run(OperationContext context) =>
        context.Localisation(ProgrammeId, OdsCode).SignOff(ExpectedRevision, SignOff, context.Caller.Actor);
}
