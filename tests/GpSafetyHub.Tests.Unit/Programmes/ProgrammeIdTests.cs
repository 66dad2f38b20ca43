using GpSafetyHub.Errors;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Tests.Unit.Programmes;

public sealed class ProgrammeIdTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("ai-scribe-nel-2026")]
    [InlineData("a1-b2-c3")]
    public void Lower_case_slugs_are_ids(string value) => Assert.Equal(value, ProgrammeId.Parse(value).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("AI-Scribe")]
    [InlineData("-scribe")]
    [InlineData("scribe-")]
    [InlineData("ai--scribe")]
    [InlineData("ai scribe")]
    [InlineData("ai/scribe")]
    [InlineData("ai_scribe")]
    public void Anything_else_is_refused_naming_the_field(string? value)
    {
        var error = Assert.Throws<ValidationFailedException>(() => ProgrammeId.Parse(value, "input.id"));
        Assert.Equal("input.id", error.Field);
        Assert.Contains("lower-case letters, digits and single hyphens", error.Detail);
    }

    [Fact]
    public void Sixty_four_characters_is_the_limit()
    {
        Assert.Equal(64, ProgrammeId.Parse(new string('a', 64)).Value.Length);
        Assert.Throws<ValidationFailedException>(() => ProgrammeId.Parse(new string('a', 65)));
    }
}
