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

    public static Actor Actor(this IResolveFieldContext context) =>
        ((HubUserContext)context.UserContext).RequireActor();

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
