using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;

namespace GpSafetyHub.Tests.Unit.Hazards;

public sealed class HazardIdTests
{
    [Theory]
    [InlineData("H-001", "H-001")]
    [InlineData(" l-012 ", "L-012")]
    [InlineData("H-1000", "H-1000")]
    public void Programme_and_local_hazard_ids_are_accepted(string given, string id) => Assert.Equal(id, Hazard.ParseId(given));

    [Theory]
    [InlineData("H-1")]
    [InlineData("X-001")]
    [InlineData("H001")]
    [InlineData("H-0000001")]
    [InlineData(null)]
    public void Anything_else_is_refused_without_echoing_it(string? given)
    {
        var error = Assert.Throws<ValidationFailedException>(() => Hazard.ParseId(given));
        Assert.Equal("hazardId", error.Field);
        if (given is not null) Assert.DoesNotContain(given, error.Detail);
    }

    [Fact]
    public void Ids_are_listed_in_the_order_hazards_were_added() =>
        Assert.Equal(["H-002", "H-999", "H-1000"], Hazard.InIdOrder(
            new[] { "H-1000", "H-002", "H-999" }.Select(id => new Hazard(id, default, 1, Samples.Hazard(), null))).Select(h => h.Id));
}
