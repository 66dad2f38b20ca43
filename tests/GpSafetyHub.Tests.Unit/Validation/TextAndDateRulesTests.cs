using GpSafetyHub.Errors;

namespace GpSafetyHub.Tests.Unit.Validation;

public sealed class TextAndDateRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    public static TheoryData<string, string> RefusedInAnyText => new()
    {
        { "Riverside\u0000Centre", "U+0000" },
        { "Bell\u0007", "U+0007" },
        { "Escape\u001B[31m", "U+001B" },
        { "Delete\u007F", "U+007F" },
        { "C1\u0085", "U+0085" },
        { "admin\u202Egnp.exe", "U+202E" },
        { "embed\u202A", "U+202A" },
        { "isolate\u2066x\u2069", "U+2066" },
    };

    [Theory]
    [MemberData(nameof(RefusedInAnyText))]
    public void Control_and_direction_characters_are_refused_in_short_and_long_text(string value, string code)
    {
        foreach (var multiline in new[] { false, true })
        {
            var validator = new Validator();
            validator.Required("hazard.title", value, 200, multiline);
            var violation = Assert.Single(validator.Violations);
            Assert.Equal("hazard.title", violation.Field);
            Assert.Contains(code, violation.Rule, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Line one\nLine two")]
    [InlineData("Windows\r\nline")]
    [InlineData("Tab\tseparated")]
    public void Tabs_and_line_breaks_are_allowed_only_in_long_text(string value)
    {
        var longText = new Validator();
        longText.Required("hazard.description", value, 4000, multiline: true);
        Assert.True(longText.IsValid);

        var shortText = new Validator();
        shortText.Required("hazard.title", value, 200);
        Assert.Equal("hazard.title", Assert.Single(shortText.Violations).Field);
    }

    [Fact]
    public void Ordinary_text_with_accents_and_right_to_left_script_is_accepted()
    {
        var validator = new Validator();
        validator.Required("name", "Crèche Surgery — عيادة", 200);
        Assert.True(validator.IsValid);
    }

    [Fact]
    public void The_refusal_says_where_the_character_is()
    {
        var validator = new Validator();
        validator.Required("name", "ab\u0001", 200);
        Assert.Equal("must not contain control characters (found U+0001 at character 3)", validator.Violations[0].Rule);
    }

    [Theory]
    [InlineData("2026-12-01", true)]
    [InlineData("2031-12-01", true)]
    [InlineData("2026-11-30", false)]
    [InlineData("2031-12-02", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void A_review_date_runs_from_today_to_five_years_ahead(string date, bool accepted)
    {
        var validator = new Validator();
        DateRules.ReviewDate(validator, "hazard.reviewDate", DateOnly.Parse(date), Today);
        Assert.Equal(accepted, validator.IsValid);
        if (!accepted) Assert.Contains("from today (1 December 2026) to 5 years ahead (1 December 2031)", validator.Violations[0].Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-01", true)]
    [InlineData("2016-12-01", true)]
    [InlineData("2016-11-30", false)]
    [InlineData("2026-12-02", false)]
    [InlineData("0001-01-01", false)]
    public void A_date_something_happened_is_not_in_the_future_nor_over_ten_years_ago(string date, bool accepted)
    {
        var validator = new Validator();
        DateRules.PastDate(validator, "sop.approvedOn", DateOnly.Parse(date), Today);
        Assert.Equal(accepted, validator.IsValid);
    }
}
