using System.Reflection;
using GpSafetyHub.Grains.Practices;
using GpSafetyHub.Practices;

namespace GpSafetyHub.Tests.Cluster;

/// <summary>
/// Names that stored data and running silos depend on are written down, never derived from class
/// names: a rename must not orphan a grain's state or stop a silo of the previous build reading it.
/// </summary>
public sealed class GrainIdentityTests
{
    private static readonly Assembly[] HubAssemblies = [typeof(PracticeGrain).Assembly, typeof(PracticeDetails).Assembly];

    [Fact]
    public void Every_grain_class_pins_its_grain_type()
    {
        var grains = typeof(PracticeGrain).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(Grain).IsAssignableFrom(t)).ToArray();
        Assert.NotEmpty(grains);
        Assert.Empty(grains.Where(t => t.GetCustomAttribute<GrainTypeAttribute>() is null).Select(t => t.Name));
    }

    [Fact]
    public void The_practice_grain_keeps_the_type_name_its_stored_state_was_written_under()
    {
        // Before the type was pinned Orleans derived "practice" from the class name; stored rows use it.
        Assert.Equal("practice", typeof(PracticeGrain).GetCustomAttribute<GrainTypeAttribute>()!.GetGrainType(null!, typeof(PracticeGrain)).ToString());
    }

    [Fact]
    public void Every_serialised_type_has_a_unique_alias()
    {
        var serialised = HubAssemblies.SelectMany(a => a.GetTypes()).Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null).ToArray();
        Assert.NotEmpty(serialised);
        // The hub's own alias ("hub." + namespace and name); code generation may add more of its own.
        string? HubAlias(Type t) => t.GetCustomAttributes<AliasAttribute>().Select(a => a.Alias).FirstOrDefault(a => a.StartsWith("hub.", StringComparison.Ordinal));
        Assert.Empty(serialised.Where(t => HubAlias(t) is null).Select(t => t.FullName));
        var aliases = serialised.Select(HubAlias).ToArray();
        Assert.Equal(aliases.Length, aliases.Distinct(StringComparer.Ordinal).Count());
    }
}
