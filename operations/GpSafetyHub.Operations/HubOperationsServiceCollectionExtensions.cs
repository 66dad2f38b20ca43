using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Operations;

public static class HubOperationsServiceCollectionExtensions
{
    /// <summary>The operations every front door calls, through <see cref="HubSessions"/>.</summary>
    public static IServiceCollection AddHubOperations(this IServiceCollection services) => services.AddSingleton<HubSessions>();
}
