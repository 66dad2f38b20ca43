using GpSafetyHub.Grains.Storage;

namespace GpSafetyHub.Tests.Unit.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("programme/A81001", "programme%2FA81001")]
    [InlineData("a#b?c\\d", "a%23b%3Fc%5Cd")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("plain-key_1.2", "plain-key_1.2")]
    public void Forbidden_characters_are_percent_encoded(string value, string key) => Assert.Equal(key, TableKeys.Escape(value));

    [Theory]
    [InlineData("programme/ai-scribe/A81001")]
    [InlineData("odd %2F already-encoded-looking")]
    [InlineData("#?/\\\u0001")]
    public void Escaping_round_trips_and_leaves_no_forbidden_character(string value)
    {
        var key = TableKeys.Escape(value);
        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal(value, TableKeys.Unescape(key));
    }

    [Fact]
    public void Distinct_values_give_distinct_keys() =>
        Assert.NotEqual(TableKeys.Escape("a/b"), TableKeys.Escape("a%2Fb"));
}
