using GpSafetyHub.Errors;
using GpSafetyHub.History;

namespace GpSafetyHub.Tests.Unit.Programmes;

public sealed class ActorAndReasonTests
{
    [Fact]
    public void An_actor_is_trimmed_and_blank_optional_parts_dropped()
    {
        var actor = Actor.Create(" s-1 ", " Dr Ada ", " ", null);
        Assert.Equal(new Actor("s-1", "Dr Ada", null, null), actor);
    }

    [Fact]
    public void An_actor_needs_a_subject_and_a_name_of_bounded_length()
    {
        var error = Assert.Throws<ValidationFailedException>(() => Actor.Create("", new string('n', 201), new string('r', 201), null));
        Assert.Equal(["actor.subject", "actor.name", "actor.role"], error.Violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Every_change_needs_a_reason(string? reason) =>
        Assert.Equal("reason", Assert.Throws<ValidationFailedException>(() => ChangeReason.Require(reason)).Field);

    [Fact]
    public void A_reason_is_trimmed_and_bounded()
    {
        Assert.Equal("Pilot feedback", ChangeReason.Require("  Pilot feedback "));
        Assert.Throws<ValidationFailedException>(() => ChangeReason.Require(new string('r', ChangeReason.MaxLength + 1)));
    }
}
