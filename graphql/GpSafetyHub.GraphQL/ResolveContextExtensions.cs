using GpSafetyHub.GraphQL.Http;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Programmes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.GraphQL;

/// <summary>What resolvers need from a request: grains, the acting person, parsed ids.</summary>
internal static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The person every change is attributed to: the signed-in caller.</summary>
    public static Actor Actor(this IResolveFieldContext context) => context.Caller().Actor;

    public static Security.Caller Caller(this IResolveFieldContext context) => ((HubUserContext)context.UserContext).Caller;

    /// <summary>Scope questions about the caller (whose programme, which ICB), for filtering what a field returns.</summary>
    internal static Security.ScopeChecks Checks(this IResolveFieldContext context) => new(context.Grains(), context.Caller());

    /// <summary>The items the caller may see, in order.</summary>
    internal static async Task<IReadOnlyList<T>> VisibleAsync<T>(this IEnumerable<T> items, Func<T, Task<bool>> sees)
    {
        var visible = new List<T>();
        foreach (var item in items)
            if (await sees(item)) visible.Add(item);
        return visible;
    }

    public static DateOnly Today(this IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.RequestServices!.GetRequiredKeyedService<TimeProvider>(HubClock.Key).GetUtcNow().UtcDateTime);

    /// <summary>The localisation named by the programmeId and odsCode arguments, both validated.</summary>
    public static ILocalisationGrain Localisation(this IResolveFieldContext context)
    {
        var programme = ProgrammeId.Parse(context.GetArgument<string>("programmeId"), "programmeId");
        var ods = OrganisationCodes.RequirePractice(context.GetArgument<string>("odsCode"), "odsCode");
        return context.Grains().GetGrain<ILocalisationGrain>(ILocalisationGrain.KeyOf(programme.Value, ods));
    }

    public static IProgrammeHazardLogGrain ProgrammeLog(this IResolveFieldContext context, string argument = "programmeId")
    {
        var id = ProgrammeId.Parse(context.GetArgument<string>(argument), argument);
        return context.Grains().GetGrain<IProgrammeHazardLogGrain>(id.Value);
    }
}
