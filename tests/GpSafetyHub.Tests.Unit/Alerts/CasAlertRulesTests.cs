using GpSafetyHub.Alerts;
using GpSafetyHub.Errors;

namespace GpSafetyHub.Tests.Unit.Alerts;

public class CasAlertRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly CasAlertDeadlineDefaults Defaults = new(2, 28);

    private static CasAlertDetails Alert() => new(
        CasAlertType.DeviceSafetyInformation, " MHRA ", Today, "Scribe notes filed to the wrong record", "Summary.", "Check the banner.",
        null, null, ["AI-Scribe", "ai-scribe"], ["qhm"], " CSO@NEL.nhs.net ");

    [Fact]
    public void Missing_deadlines_are_filled_from_the_defaults_and_text_is_cleaned()
    {
        var valid = Alert().Validated(Defaults, Today);
        Assert.Equal((Today.AddDays(2), Today.AddDays(28)), (valid.AcknowledgeBy, valid.ActionCompleteBy));
        Assert.Equal("MHRA", valid.Originator);
        Assert.Equal(["ai-scribe"], valid.ProgrammeIds);
        Assert.Equal(["QHM"], valid.IcbCodes);
        Assert.Equal("cso@nel.nhs.net", valid.CsoEmail);
    }

    [Fact]
    public void Every_broken_rule_is_named()
    {
        var bad = Alert() with
        {
            Title = " ", IssuedOn = Today.AddDays(1), AcknowledgeBy = Today.AddDays(5), ActionCompleteBy = Today.AddDays(3),
            ProgrammeIds = [], IcbCodes = ["QHMX"], CsoEmail = "not-an-address", Type = (CasAlertType)99,
        };
        var e = Assert.Throws<ValidationFailedException>(() => bad.Validated(Defaults, Today));
        Assert.Equal(
            ["alert.actionCompleteBy", "alert.csoEmail", "alert.icbCodes[0]", "alert.issuedOn", "alert.programmeIds", "alert.title", "alert.type"],
            e.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(" natpsa/2025/001/nhsps ", "NATPSA/2025/001/NHSPS")]
    [InlineData("DSI/2025/003", "DSI/2025/003")]
    [InlineData("EL(25)A/01", "EL(25)A/01")]
    public void References_are_normalised(string given, string expected) => Assert.Equal(expected, CasAlertReference.Require(given));

    [Theory]
    [InlineData("")]
    [InlineData("AB")]
    [InlineData("NatPSA 2025")]
    [InlineData("NatPSA#1")]
    public void Bad_references_are_refused(string given) =>
        Assert.Equal("reference", Assert.Throws<ValidationFailedException>(() => CasAlertReference.Require(given)).Violations.Single().Field);

    [Fact]
    public void A_response_needs_an_acknowledgement_and_details_and_never_replaces_an_earlier_one()
    {
        var at = DateTimeOffset.UtcNow;
        var blank = CasPracticeResponse.None("A81001");
        var e = Assert.Throws<ValidationFailedException>(() => blank.Respond(CasResponseOutcome.ActionComplete, " ", at, Samples.Cso));
        Assert.Equal(["reference", "response.details"], e.Violations.Select(v => v.Field).Order(StringComparer.Ordinal));

        var acknowledged = blank.Acknowledge(at, Samples.Cso)!;
        Assert.Null(acknowledged.Acknowledge(at.AddHours(1), Samples.OtherCso));
        var first = acknowledged.Respond(CasResponseOutcome.ActionNotRequired, "We do not use the feature.", at, Samples.Cso);
        var second = first.Respond(CasResponseOutcome.ActionComplete, "We found we do; banner check added.", at.AddDays(1), Samples.OtherCso);
        Assert.Equal([CasResponseOutcome.ActionNotRequired, CasResponseOutcome.ActionComplete], second.Responses.Select(r => r.Outcome));
        Assert.Equal(CasPracticeStatus.ActionComplete, CasAlertProgress.Status(second));
    }
}
