using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;
using GpSafetyHub.GraphQL.Inputs;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GraphQL;

namespace GpSafetyHub.GraphQL.Security;

/// <summary>
/// Who may use each field: every query and mutation, and the nested fields that reach records
/// beyond their parent's. A rule answers null to allow, or the error to give. Reads of a record
/// the caller may not see answer exactly as if it did not exist, so scopes do not leak existence.
/// A root field with no rule here is refused, and so is a nested field that resolves anything
/// but its parent's own properties (see <see cref="AccessMiddleware"/>); the authorization matrix
/// test fails for both.
/// </summary>
internal static class AccessRules
{
    public delegate Task<HubException?> Rule(IResolveFieldContext context, Caller caller, ScopeChecks checks);

    public static IReadOnlyDictionary<string, Rule> ByField { get; } = new Dictionary<string, Rule>(StringComparer.Ordinal)
    {
        // Reading programmes.
        ["Query.riskMatrix"] = Anyone,
        ["Query.programmes"] = Anyone, // filtered to what the caller may read
        ["Query.programme"] = (ctx, _, checks) => ProgrammeRead(checks, Argument(ctx, "id")),
        ["Query.programmeAsOf"] = (ctx, _, checks) => ProgrammeRead(checks, Argument(ctx, "id")),
        ["Query.hazard"] = (ctx, _, checks) => ProgrammeRead(checks, Argument(ctx, "programmeId")),
        ["Query.version"] = (ctx, _, checks) => ProgrammeRead(checks, Argument(ctx, "programmeId")),
        ["Query.history"] = (ctx, _, checks) => ProgrammeRead(checks, Argument(ctx, "programmeId")),
        ["Programme.localisations"] = async (ctx, caller, checks) =>
            caller.Has(HubRole.National) || await checks.IsCsoOfAsync(((ProgrammeView)ctx.Source!).Id) ? null
            : Forbidden("Only the programme's CSO function and national users see every practice's localisation."),

        // Practices, localisations and coverage.
        ["Query.practice"] = async (ctx, _, checks) =>
            Argument(ctx, "odsCode") is { } ods && !await checks.ReadsPracticeAsync(ods) ? MissingPractice(ods) : null,
        ["Query.practices"] = (ctx, caller, _) => Task.FromResult(
            caller.Has(HubRole.National) || caller.IsIcb(Argument(ctx, "icb")) ? null : Forbidden("Only the ICB itself and national users list an ICB's practices.")),
        ["Query.localisation"] = async (ctx, _, checks) =>
            Argument(ctx, "odsCode") is { } ods && Argument(ctx, "programmeId") is { } programme && !await checks.ReadsLocalisationAsync(programme, ods)
                ? MissingPractice(ods) : null,
        ["Query.icbCoverage"] = (ctx, caller, _) => Task.FromResult(
            caller.Has(HubRole.National) || caller.IsIcb(Argument(ctx, "icb")) ? null : Forbidden("Only the ICB itself and national users see an ICB's coverage.")),
        ["Query.nationalCoverage"] = (_, caller, _) => Task.FromResult(
            caller.Has(HubRole.National) ? null : Forbidden("Only national users see national coverage.")),

        // CAS alerts and reminders.
        ["Query.casAlerts"] = Anyone, // filtered to what the caller may see
        ["Query.casAlert"] = async (ctx, _, checks) =>
        {
            var reference = CasAlertReference.Require(ctx.GetArgument<string>("reference"));
            var alert = await ctx.Grains().GetGrain<ICasAlertGrain>(reference).Get(); // NOT_FOUND when there is none
            return await checks.SeesAlertAsync(alert) ? null : MissingAlert(reference);
        },
        ["Query.reminderLog"] = async (ctx, caller, checks) =>
            caller.Has(HubRole.National) || caller.Has(HubRole.Admin)
            || (Argument(ctx, "odsCode") is { } ods && caller.IsPractice(ods))
            || (Argument(ctx, "programmeId") is { } programme && await checks.IsCsoOfAsync(programme))
                ? null
                : Forbidden("Only national users and administrators read every reminder; a practice reads its own (odsCode), a CSO its programmes' (programmeId)."),

        // Changing programme logs.
        ["Mutation.createProgramme"] = (ctx, caller, _) =>
        {
            var input = ctx.GetArgument<CreateProgrammeInput>("input");
            var allowed = caller.Has(HubRole.Cso) && (caller.Programmes.Contains(input.Id) || caller.CsoFunctions.Contains(input.Details.CsoFunction?.Trim() ?? ""));
            return Task.FromResult(allowed ? null : Forbidden("Only a CSO function creates programmes, with its own function (or the programme's id) in scope."));
        },
        ["Mutation.addHazard"] = CsoOfProgramme,
        ["Mutation.reviseHazard"] = CsoOfProgramme,
        ["Mutation.closeHazard"] = CsoOfProgramme,
        ["Mutation.publishVersion"] = CsoOfProgramme,

        // The practice directory: row-level scope is applied by the registry (rows outside it are refused).
        ["Mutation.registerPractices"] = Registrar,
        ["Mutation.importPracticesCsv"] = Registrar,
        ["Mutation.mergeIcbs"] = (_, caller, _) => Task.FromResult(
            caller.Has(HubRole.Admin) ? null : Forbidden("Only administrators record ICB mergers.")),

        // Joining and localising.
        ["Mutation.joinProgramme"] = CsoOrPractice,
        ["Mutation.leaveProgramme"] = CsoOrPractice,
        ["Mutation.recordSop"] = OwnPractice,
        ["Mutation.assessHazard"] = OwnPractice,
        ["Mutation.addLocalHazard"] = OwnPractice,
        ["Mutation.reviseLocalHazard"] = OwnPractice,
        ["Mutation.closeLocalHazard"] = OwnPractice,
        ["Mutation.carryForward"] = OwnPractice,
        ["Mutation.signOffLocalisation"] = OwnPractice,
        ["Mutation.rebuildIcbCoverage"] = (_, caller, _) => Task.FromResult(
            caller.Has(HubRole.Admin) ? null : Forbidden("Only administrators rebuild read models.")),

        // CAS alerts.
        ["Mutation.recordCasAlert"] = (ctx, caller, checks) => AlertAuthor(ctx.GetArgument<CasAlertDetails>("alert"), caller, checks),
        ["Mutation.amendCasAlert"] = async (ctx, caller, checks) =>
        {
            var reference = CasAlertReference.Require(ctx.GetArgument<string>("reference"));
            // An alert the caller may not see answers as one never recorded; one it sees but did not author is refused.
            if (await VisibleAlertAsync(ctx, checks, reference) is not { } current) return MissingAlert(reference);
            return await AlertAuthor(current.Details, caller, checks) ?? await AlertAuthor(ctx.GetArgument<CasAlertDetails>("alert"), caller, checks);
        },
        ["Mutation.acknowledgeCasAlert"] = OwnPracticeSeeingAlert,
        ["Mutation.respondToCasAlert"] = OwnPracticeSeeingAlert,

        // Nested fields computed from their parent alone: nothing beyond what the parent's rule allowed.
        ["RiskMatrix.cells"] = FromParent,
        ["RiskMatrix.ratings"] = FromParent,
        ["CasAlertPractice.acknowledged"] = FromParent,
        ["CasAlertPractice.responses"] = FromParent,
        ["Localisation.versionsBehind"] = FromParent,
        ["LocalisedHazard.localResidualRisk"] = FromParent,

        // Nested fields that read beyond their parent: each asks again, as if it were a query of its own.
        ["Practice.localisations"] = (ctx, _, checks) => PracticeRead(checks, ((PracticeView)ctx.Source!).OdsCode),
        ["Practice.openCasAlerts"] = (ctx, _, checks) => PracticeRead(checks, ((PracticeView)ctx.Source!).OdsCode),
        ["Practice.history"] = (ctx, _, checks) => PracticeRead(checks, ((PracticeView)ctx.Source!).OdsCode),
        ["Localisation.history"] = async (ctx, _, checks) => ((LocalisationView)ctx.Source!).Summary is var l && await checks.ReadsLocalisationAsync(l.ProgrammeId, l.OdsCode)
            ? null : MissingPractice(l.OdsCode),
        ["CasAlert.status"] = (ctx, _, checks) => AlertRead(checks, (CasAlertView)ctx.Source!),
        ["CasAlert.practices"] = (ctx, _, checks) => AlertRead(checks, (CasAlertView)ctx.Source!),
        ["CasAlert.history"] = (ctx, _, checks) => AlertRead(checks, (CasAlertView)ctx.Source!),
        ["CasAlertPractice.alert"] = async (ctx, _, checks) =>
            await AlertRead(checks, await ctx.Grains().GetGrain<ICasAlertGrain>(((CasAlertPractice)ctx.Source!).AlertReference).Get()),
        ["IcbCoverage.casAlerts"] = (ctx, caller, _) => Task.FromResult(IcbRead(caller, ((Types.IcbCoveragePage)ctx.Source!).Coverage.IcbCode)),
        ["IcbCoverage.practicesWithoutCasContact"] = (ctx, caller, _) => Task.FromResult(IcbRead(caller, ((Types.IcbCoveragePage)ctx.Source!).Coverage.IcbCode)),
    };

    private static Task<HubException?> Anyone(IResolveFieldContext context, Caller caller, ScopeChecks checks) => Task.FromResult<HubException?>(null);

    /// <summary>A nested field computed from its parent alone: whoever could read the parent may read it.</summary>
    private static Task<HubException?> FromParent(IResolveFieldContext context, Caller caller, ScopeChecks checks) => Anyone(context, caller, checks);

    private static async Task<HubException?> ProgrammeRead(ScopeChecks checks, string? programmeId) =>
        programmeId is not null && !await checks.ReadsProgrammeAsync(programmeId) ? new NotFoundException($"No programme has the id '{programmeId}'.", "programmeId") : null;

    private static async Task<HubException?> CsoOfProgramme(IResolveFieldContext ctx, Caller caller, ScopeChecks checks) =>
        Argument(ctx, "programmeId") is { } programme && await checks.IsCsoOfAsync(programme)
            ? null : Forbidden("Only the programme's CSO function changes its hazard log.");

    private static Task<HubException?> OwnPractice(IResolveFieldContext ctx, Caller caller, ScopeChecks checks) => Task.FromResult(
        Argument(ctx, "odsCode") is { } ods && caller.IsPractice(ods) ? null : Forbidden("Only the practice itself does this."));

    /// <summary>The practice itself, about an alert it may see: one hidden from it answers exactly as one never recorded.</summary>
    private static async Task<HubException?> OwnPracticeSeeingAlert(IResolveFieldContext ctx, Caller caller, ScopeChecks checks)
    {
        if (await OwnPractice(ctx, caller, checks) is { } refusal) return refusal;
        var reference = CasAlertReference.Require(ctx.GetArgument<string>("reference"));
        return await VisibleAlertAsync(ctx, checks, reference) is null ? MissingAlert(reference) : null;
    }

    /// <summary>The alert, when it is recorded and the caller may see it; otherwise null.</summary>
    private static async Task<CasAlertView?> VisibleAlertAsync(IResolveFieldContext ctx, ScopeChecks checks, string reference)
    {
        try
        {
            var alert = await ctx.Grains().GetGrain<ICasAlertGrain>(reference).Get();
            return await checks.SeesAlertAsync(alert) ? alert : null;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static async Task<HubException?> PracticeRead(ScopeChecks checks, string odsCode) =>
        await checks.ReadsPracticeAsync(odsCode) ? null : MissingPractice(odsCode);

    private static async Task<HubException?> AlertRead(ScopeChecks checks, CasAlertView alert) =>
        await checks.SeesAlertAsync(alert) ? null : MissingAlert(alert.Reference);

    private static HubException? IcbRead(Caller caller, string icbCode) =>
        caller.Has(HubRole.National) || caller.IsIcb(icbCode) ? null : Forbidden("Only the ICB itself and national users see an ICB's alerts and contacts.");

    private static async Task<HubException?> CsoOrPractice(IResolveFieldContext ctx, Caller caller, ScopeChecks checks) =>
        (Argument(ctx, "odsCode") is { } ods && caller.IsPractice(ods)) || (Argument(ctx, "programmeId") is { } programme && await checks.IsCsoOfAsync(programme))
            ? null : Forbidden("Only the practice itself or the programme's CSO function manages its MoU.");

    private static Task<HubException?> Registrar(IResolveFieldContext ctx, Caller caller, ScopeChecks checks) => Task.FromResult(
        caller.Has(HubRole.Admin) || caller.Has(HubRole.Icb) || caller.Has(HubRole.Practice)
            ? null : Forbidden("Only an ICB (its practices), a practice (its own entry) or an administrator registers practices."));

    /// <summary>A CSO function records alerts for its own programmes; alerts to whole ICBs are recorded by administrators.</summary>
    private static async Task<HubException?> AlertAuthor(CasAlertDetails alert, Caller caller, ScopeChecks checks) =>
        caller.Has(HubRole.Admin)
        || (caller.Has(HubRole.Cso) && (alert.IcbCodes ?? []).Count == 0 && (alert.ProgrammeIds ?? []).Count > 0
            && await checks.IsCsoOfAllAsync(alert.ProgrammeIds!.Select(p => p.Trim().ToLowerInvariant())))
            ? null
            : Forbidden("Only the CSO function of every programme an alert names records it; alerts to whole ICBs are recorded by administrators.");

    /// <summary>The argument's value in its normal form (trimmed; ODS and ICB codes upper-cased), or null when absent.</summary>
    private static string? Argument(IResolveFieldContext ctx, string name) =>
        ctx.GetArgument<string?>(name)?.Trim() is { Length: > 0 } value
            ? name is "odsCode" or "icb" ? value.ToUpperInvariant() : value
            : null;

    private static HubException? MissingPractice(string ods) => new NotFoundException($"No practice with ODS code {ods} is registered.", "odsCode");

    private static HubException MissingAlert(string reference) => new NotFoundException($"No CAS alert {reference} is recorded.", "reference");

    private static HubException? Forbidden(string why) => new ForbiddenException(why);
}
