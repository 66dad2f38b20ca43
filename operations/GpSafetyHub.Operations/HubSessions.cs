using GpSafetyHub.Deployments;
using GpSafetyHub.Operations.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Operations;

/// <summary>Opens a session for a signed-in caller: what every front door asks for first.</summary>
public sealed class HubSessions(IGrainFactory grains, [FromKeyedServices(HubClock.Key)] TimeProvider clock, DeploymentClock deployments)
{
    public HubSession For(Caller caller) => new(grains, caller, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), deployments);
}
