using GpSafetyHub.Errors;

namespace GpSafetyHub.Tests.Unit.Localisations;

public class SignOffReviewDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Without_a_review_date_a_sign_off_is_due_for_review_a_year_on() =>
        Assert.Equal(new DateOnly(2027, 11, 23), Samples.PracticeSignOff().WithReviewDate(Today).ReviewDate);

    [Fact]
    public void A_given_review_date_is_kept() =>
        Assert.Equal(Today.AddMonths(6), (Samples.PracticeSignOff() with { ReviewDate = Today.AddMonths(6) }).Cleaned().WithReviewDate(Today).ReviewDate);

    [Theory]
    [InlineData(0, "must be after today")]
    [InlineData(-5, "must be after today")]
    [InlineData(365 * 3 + 2, "must be within three years of today")]
    public void A_review_date_today_in_the_past_or_beyond_three_years_is_refused(int days, string rule)
    {
        var validator = new Validator();
        (Samples.PracticeSignOff() with { ReviewDate = Today.AddDays(days) }).ValidateReviewDate(validator, "signOff", Today);
        var violation = Assert.Single(validator.Violations);
        Assert.Equal(("signOff.reviewDate", rule), (violation.Field, violation.Rule));
    }
}
