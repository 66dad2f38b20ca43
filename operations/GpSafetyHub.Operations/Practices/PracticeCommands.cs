using GpSafetyHub.Errors;
using GpSafetyHub.Operations.Access;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Operations.Practices;

/// <summary>Registers practices, or updates their details, row by row; rows outside the caller's scope are refused and change nothing.</summary>
public sealed record RegisterPractices(IReadOnlyList<PracticeRegistration> Practices) : ICommand<RegistrationReport>
{
    public ValueTask<HubException?> Access(OperationContext context) => Registrar.Rule(context);

    public Task<RegistrationReport> Run(OperationContext context) =>
        Registrar.Registry(context).Register(Practices, context.Caller.Actor, Registrar.ScopeOf(context.Caller));
}

/// <summary>Registers practices from CSV text with a header line, as <see cref="RegisterPractices"/> does.</summary>
public sealed record ImportPracticesCsv(string Csv) : ICommand<RegistrationReport>
{
    public ValueTask<HubException?> Access(OperationContext context) => Registrar.Rule(context);

    public Task<RegistrationReport> Run(OperationContext context) =>
        Registrar.Registry(context).RegisterCsv(Csv, context.Caller.Actor, Registrar.ScopeOf(context.Caller));
}

/// <summary>Administration: ICBs merge, and every practice of the merging ICBs moves into the one they form.</summary>
public sealed record MergeIcbs(IReadOnlyList<string> From, string Into, DateOnly EffectiveOn, string Reason) : ICommand<IcbMergerReport>
{
    public ValueTask<HubException?> Access(OperationContext context) => Rules.Role(context, HubRole.Admin, "Only administrators record ICB mergers.");

    public Task<IcbMergerReport> Run(OperationContext context) =>
        context.Grains.GetGrain<IIcbMergersGrain>(0).Merge(new IcbMerger(From, Into, EffectiveOn), Reason, context.Caller.Actor);
}

/// <summary>Who registers practices, and which rows each may write: the registry applies the row-level scope.</summary>
internal static class Registrar
{
    public static ValueTask<HubException?> Rule(OperationContext context) => ValueTask.FromResult(
        context.Caller.Has(HubRole.Admin) || context.Caller.Has(HubRole.Icb) || context.Caller.Has(HubRole.Practice)
            ? null : Rules.Forbidden("Only an ICB (its practices), a practice (its own entry) or an administrator registers practices."));

    public static IPracticeRegistryGrain Registry(OperationContext context) => context.Grains.GetGrain<IPracticeRegistryGrain>(0);

    /// <summary>Administrators register anything; ICBs their practices; practices their own entry.</summary>
    public static RegistrationScope ScopeOf(Caller caller) => caller.Has(HubRole.Admin)
        ? RegistrationScope.Anything
        : new RegistrationScope(caller.Has(HubRole.Icb) ? caller.Icbs.ToArray() : null, caller.Has(HubRole.Practice) ? caller.Practices.ToArray() : []);
}
