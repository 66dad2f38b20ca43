using GpSafetyHub.GraphQL.Http;
using GpSafetyHub.History;
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

    public static IProgrammeHazardLogGrain ProgrammeLog(this IResolveFieldContext context, string argument = "programmeId")
    {
        var id = ProgrammeId.Parse(context.GetArgument<string>(argument), argument);
        return context.Grains().GetGrain<IProgrammeHazardLogGrain>(id.Value);
    }
}
