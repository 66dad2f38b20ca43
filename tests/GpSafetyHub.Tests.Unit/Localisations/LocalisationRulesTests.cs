using GpSafetyHub.Errors;
using GpSafetyHub.Localisations;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Localisations;

public sealed class LocalisationRulesTests
{
    [Fact]
    public void Not_applicable_needs_a_rationale_and_applicable_needs_a_local_residual_risk()
    {
        Assert.Equal("decision.rationale", Refused(() => new HazardDecision(false, " ", [], null, null, null).Validated("decision")).Single().Field);
        Assert.Equal("decision.localResidualRisk", Refused(() => new HazardDecision(true, null, [], null, null, null).Validated("decision")).Single().Field);
        Assert.Equal("The practice does not use it.", new HazardDecision(false, " The practice does not use it. ", [], null, null, null).Validated("d").Rationale);
    }

    [Fact]
    public void Local_controls_follow_the_control_rules()
    {
        var decision = Samples.Applicable() with { LocalControls = [Samples.Applicable().LocalControls[0] with { Description = "" }] };
        Assert.Equal("decision.localControls[0].description", Refused(() => decision.Validated("decision")).Single().Field);
    }

    [Theory]
    [InlineData(Likelihood.High, null, true)]
    [InlineData(Likelihood.High, "Locum rota", false)]
    [InlineData(Likelihood.VeryLow, null, false)]
    public void A_local_rating_of_three_or_more_lacks_justification_until_given_one(Likelihood likelihood, string? justification, bool lacks) =>
        Assert.Equal(lacks, Samples.Applicable(likelihood, justification).LacksJustification);

    [Fact]
    public void An_MoU_must_expire_after_it_is_signed_and_name_its_signatory()
    {
        var mou = Samples.Mou() with { SignatoryName = "", ExpiresOn = Samples.Mou().SignedOn };
        Assert.Equal(["mou.signatoryName", "mou.expiresOn"], Refused(() => mou.Validated("mou")).Select(v => v.Field));
    }

    [Fact]
    public void An_SOP_needs_text_or_a_document_and_an_approval_needs_approver_and_date()
    {
        var sop = Samples.ApprovedSop();
        Assert.Equal("sop.text", Refused(() => (sop with { Text = null, DocumentReference = " " }).Validated("sop", Samples.Today)).Single().Field);
        Assert.Equal("sop.approvedOn", Refused(() => (sop with { ApprovedOn = null }).Validated("sop", Samples.Today)).Single().Field);
        var sameDay = Refused(() => (sop with { ApprovedOn = Samples.Today, ReviewDate = Samples.Today }).Validated("sop", Samples.Today)).Single();
        Assert.Equal(("sop.reviewDate", "must be after approvedOn"), (sameDay.Field, sameDay.Rule));
        Assert.Equal("sop.reviewDate", Refused(() => (sop with { ReviewDate = Samples.Today.AddYears(6) }).Validated("sop", Samples.Today)).Single().Field);
        Assert.Equal("sop.approvedOn", Refused(() => (sop with { ApprovedOn = Samples.Today.AddDays(1), ReviewDate = Samples.Today.AddYears(1) }).Validated("sop", Samples.Today)).Single().Field);
        Assert.False((sop with { ApprovedBy = null, ApprovedOn = null }).Validated("sop", Samples.Today).IsApproved);
    }

    public static TheoryData<string, LocalisationSummary, LocalisationStatus> Statuses()
    {
        var today = new DateOnly(2026, 11, 23);
        var joined = new LocalisationSummary("p", "A81001", 1, today.AddYears(1), null, false, null, 1, null, false, false, 1, 1, null);
        return new()
        {
            { "never joined", joined with { MouExpiresOn = null }, LocalisationStatus.NotJoined },
            { "joined", joined, LocalisationStatus.Joined },
            { "work begun", joined with { HasWork = true }, LocalisationStatus.InProgress },
            { "signed current", joined with { HasWork = true, SignedOffVersion = 2 }, LocalisationStatus.SignedOff },
            { "changed after signing", joined with { HasWork = true, SignedOffVersion = 2, ChangedSinceSignOff = true }, LocalisationStatus.InProgress },
            { "signed older", joined with { HasWork = true, SignedOffVersion = 1 }, LocalisationStatus.Stale },
            { "MoU expired", joined with { MouExpiresOn = today.AddDays(-1), SignedOffVersion = 2 }, LocalisationStatus.MouExpired },
            { "left", joined with { LeftOn = today, SignedOffVersion = 2 }, LocalisationStatus.Left },
        };
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_is_derived_against_the_current_programme_version(string because, LocalisationSummary summary, LocalisationStatus status) =>
        Assert.True(status == summary.StatusOn(new DateOnly(2026, 11, 23), currentProgrammeVersion: 2), because);

    private static IReadOnlyList<FieldViolation> Refused(Action act) => Assert.Throws<ValidationFailedException>(act).Violations;
}
