using GpSafetyHub.History;

namespace GpSafetyHub.Practices;

/// <summary>
/// Bulk registration of practices (an ICB loading its estate). Stateless: every row is checked
/// first, then each valid row is applied to its practice on its own, so a refused row changes nothing.
/// </summary>
public interface IPracticeRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the rows; rows outside <paramref name="scope"/> are refused like any other bad row.</summary>
    Task<RegistrationReport> Register(IReadOnlyList<PracticeRegistration> rows, Actor actor, RegistrationScope scope);

    /// <summary>The same, from CSV text (see the README for the columns).</summary>
    Task<RegistrationReport> RegisterCsv(string csv, Actor actor, RegistrationScope scope);
}
