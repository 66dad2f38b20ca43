using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Programmes;

public sealed class ProgrammeHazardLogStateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly ProgrammeHazardLogState _log = new();
    private long _sequence;

    public ProgrammeHazardLogStateTests() =>
        Apply(_log.DecideCreate(ProgrammeId.Parse("ai-scribe"), Samples.Programme(), Samples.Today));

    [Fact]
    public void Creating_twice_is_a_conflict() =>
        Assert.Throws<ConflictException>(() => _log.DecideCreate(ProgrammeId.Parse("ai-scribe"), Samples.Programme(), Samples.Today));

    [Fact]
    public void Programme_details_are_validated_with_every_field_named()
    {
        var details = Samples.Programme() with { Name = "", Supplier = " ", ResponsibleCso = new string('x', 201) };
        var error = Assert.Throws<ValidationFailedException>(() => new ProgrammeHazardLogState().DecideCreate(ProgrammeId.Parse("p-1"), details, Samples.Today));
        Assert.Equal(["input.name", "input.supplier", "input.responsibleCso"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Changes_to_a_programme_that_does_not_exist_are_not_found() =>
        Assert.Throws<NotFoundException>(() => new ProgrammeHazardLogState().DecideAddHazard(Samples.Hazard(), Today));

    [Fact]
    public void Hazards_get_sequential_ids_and_start_at_revision_one()
    {
        var first = Apply(_log.DecideAddHazard(Samples.Hazard("First"), Today)).Hazard;
        var second = Apply(_log.DecideAddHazard(Samples.Hazard("Second"), Today)).Hazard;
        Assert.Equal(("H-001", 1, Today), (first.Id, first.Revision, first.DateAdded));
        Assert.Equal("H-002", second.Id);
        Assert.Equal(2, _log.DraftRevision);
    }

    [Fact]
    public void Deciding_never_changes_the_state()
    {
        _log.DecideAddHazard(Samples.Hazard(), Today);
        Assert.Empty(_log.Hazards);
        Assert.Equal(0, _log.DraftRevision);
    }

    [Fact]
    public void A_revision_based_on_a_stale_revision_is_a_conflict_naming_expectedRevision()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        Apply(_log.DecideReviseHazard("H-001", 1, Samples.Hazard("Renamed"), Samples.Today));
        var error = Assert.Throws<ConflictException>(() => _log.DecideReviseHazard("H-001", 1, Samples.Hazard("Again"), Samples.Today));
        Assert.Equal("expectedRevision", error.Field);
        Assert.Equal("Renamed", _log.Hazards["H-001"].Content.Title);
    }

    [Fact]
    public void A_revision_records_which_fields_changed()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        var revised = _log.DecideReviseHazard("H-001", 1, Samples.Hazard() with { Owner = "Practice lead" }, Samples.Today);
        Assert.Equal(["owner"], revised.ChangedFields);
        Assert.Equal(2, revised.Hazard.Revision);
    }

    [Fact]
    public void A_revision_that_changes_nothing_is_refused()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        Assert.Throws<ValidationFailedException>(() => _log.DecideReviseHazard("H-001", 1, Samples.Hazard(), Samples.Today));
    }

    [Fact]
    public void Unknown_hazards_are_not_found()
    {
        var error = Assert.Throws<NotFoundException>(() => _log.DecideReviseHazard("H-404", 1, Samples.Hazard(), Samples.Today));
        Assert.Equal("hazardId", error.Field);
    }

    [Fact]
    public void Closing_keeps_the_hazard_with_its_reason_and_revising_reopens_it()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        Apply(_log.DecideCloseHazard("H-001", 1, "Feature withdrawn"));
        Assert.Equal((HazardStatus.Closed, "Feature withdrawn", 2), (_log.Hazards["H-001"].Status, _log.Hazards["H-001"].ClosedReason, _log.Hazards["H-001"].Revision));
        Assert.Throws<ConflictException>(() => _log.DecideCloseHazard("H-001", 2, "again"));

        var reopened = Apply(_log.DecideReviseHazard("H-001", 2, Samples.Hazard(), Samples.Today));
        Assert.Contains("reopened", reopened.ChangedFields);
        Assert.Equal(HazardStatus.Open, _log.Hazards["H-001"].Status);
    }

    [Fact]
    public void Publishing_freezes_the_draft_as_numbered_versions()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        var v1 = Apply(_log.DecidePublish(1, Samples.SignOff(), "First version"));
        Apply(_log.DecideAddHazard(Samples.Hazard("Second"), Today));
        var v2 = _log.DecidePublish(2, Samples.SignOff(), "Second version");
        Assert.Equal((1, 2), (v1.Number, v2.Number));
        Assert.Equal(1, _log.CurrentVersion!.Number);
        Assert.Equal(2, _log.Freeze(v2, DateTimeOffset.UnixEpoch, Samples.Cso).Hazards.Count);
    }

    [Fact]
    public void Publishing_a_draft_that_moved_on_is_a_conflict()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        var error = Assert.Throws<ConflictException>(() => _log.DecidePublish(0, Samples.SignOff(), "Stale"));
        Assert.Equal("expectedDraftRevision", error.Field);
    }

    [Fact]
    public void An_empty_log_cannot_be_published() =>
        Assert.Contains(Refusal(() => _log.DecidePublish(0, Samples.SignOff(), "Empty")), v => v.Field == "hazards");

    [Fact]
    public void Publishing_the_same_draft_twice_is_refused()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        Apply(_log.DecidePublish(1, Samples.SignOff(), "First"));
        Assert.Contains(Refusal(() => _log.DecidePublish(1, Samples.SignOff(), "Again")), v => v.Rule.Contains("identical to version 1"));
    }

    [Fact]
    public void Every_open_hazard_needs_a_residual_risk_to_publish()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard() with { ResidualRisk = null }, Today));
        Assert.Contains(Refusal(() => _log.DecidePublish(1, Samples.SignOff(), "v1")), v => v.Field == "hazards[H-001].residualRisk");
    }

    [Theory]
    [InlineData(Severity.Major, Likelihood.Medium, true)]
    [InlineData(Severity.Catastrophic, Likelihood.VeryHigh, true)]
    [InlineData(Severity.Major, Likelihood.Low, true)]
    [InlineData(Severity.Major, Likelihood.VeryLow, false)]
    [InlineData(Severity.Minor, Likelihood.VeryHigh, true)]
    [InlineData(Severity.Significant, Likelihood.Medium, false)]
    public void A_residual_rating_of_three_or_more_needs_a_justification_to_publish(Severity severity, Likelihood likelihood, bool refused)
    {
        Apply(_log.DecideAddHazard(Samples.Hazard() with { ResidualRisk = new RiskAssessment(severity, likelihood, null) }, Today));
        if (refused)
        {
            var violation = Assert.Single(Refusal(() => _log.DecidePublish(1, Samples.SignOff(), "v1")));
            Assert.Equal("hazards[H-001].residualRisk.justification", violation.Field);
            Assert.Contains("without a written justification", violation.Rule);
        }
        else
        {
            Assert.Equal(1, _log.DecidePublish(1, Samples.SignOff(), "v1").Number);
        }
    }

    [Fact]
    public void Closed_hazards_need_no_residual_risk_to_publish()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        Apply(_log.DecideAddHazard(Samples.Hazard("Unassessed") with { ResidualRisk = null }, Today));
        Apply(_log.DecideCloseHazard("H-002", 1, "Out of scope"));
        Assert.Equal(1, _log.DecidePublish(3, Samples.SignOff(), "v1").Number);
    }

    [Fact]
    public void The_sign_off_and_summary_are_required()
    {
        Apply(_log.DecideAddHazard(Samples.Hazard(), Today));
        var violations = Refusal(() => _log.DecidePublish(1, new CsoSignOff("", "", "", ""), " "));
        Assert.Equal(
            ["signOff.name", "signOff.role", "signOff.professionalRegistration", "signOff.statement", "summary"],
            violations.Select(v => v.Field));
    }

    private static IReadOnlyList<FieldViolation> Refusal(Action act) => Assert.Throws<ValidationFailedException>(act).Violations;

    private T Apply<T>(T change)
        where T : ProgrammeLogEvent
    {
        _log.Apply(new RecordedChange<ProgrammeLogEvent>(++_sequence, DateTimeOffset.UnixEpoch.AddMinutes(_sequence), Samples.Cso, "test", change));
        return change;
    }
}
