using GpSafetyHub.History;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>Registering a practice with every field given, as an administrator (no scope limit).</summary>
internal static class PracticeRegistrations
{
    public static async Task<RegistrationOutcome?> RegisterAsync(this IPracticeGrain practice, PracticeDetails details, Actor actor) =>
        (await practice.Register(details, [], actor, RegistrationScope.Anything)).Outcome;
}
