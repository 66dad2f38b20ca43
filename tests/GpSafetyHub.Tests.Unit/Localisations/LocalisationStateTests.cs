using GpSafetyHub.Errors;
using GpSafetyHub.Hazards;
using GpSafetyHub.History;
using GpSafetyHub.Localisations;
using GpSafetyHub.Programmes;

namespace GpSafetyHub.Tests.Unit.Localisations;

public sealed class LocalisationStateTests
{
    private static readonly DateOnly Today = Samples.Today;
    private readonly LocalisationState _state = new();
    private long _sequence;

    [Fact]
    public void An_MoU_must_be_in_force_to_join_with()
    {
        var expired = Samples.Mou() with { SignedOn = Today.AddYears(-3), ExpiresOn = Today.AddDays(-1) };
        var future = Samples.Mou() with { SignedOn = Today.AddDays(1) };
        Assert.Equal("mou.expiresOn", Assert.Throws<ValidationFailedException>(() => _state.DecideJoin("p", "A81001", expired, 1, Today)).Field);
        Assert.Equal("mou.signedOn", Assert.Throws<ValidationFailedException>(() => _state.DecideJoin("p", "A81001", future, 1, Today)).Field);
    }

    [Fact]
    public void Re_sending_the_MoU_in_force_with_other_spacing_changes_nothing()
    {
        Apply(_state.DecideJoin("p", "A81001", Samples.Mou(), 1, Today));
        var spaced = Samples.Mou() with { Reference = $"  {Samples.Mou().Reference} " };
        Assert.Equal("mou", Assert.Throws<ValidationFailedException>(() => _state.DecideJoin("p", "A81001", spaced, 1, Today)).Field);
    }

    [Fact]
    public void Saving_an_unchanged_decision_or_SOP_is_refused_so_a_sign_off_is_not_undone_for_nothing()
    {
        var v1 = Version(1, Hazard("H-001", "One"));
        SignedOff(v1, Samples.Applicable());

        Assert.Throws<ValidationFailedException>(() => _state.DecideAssess("H-001", 1, Samples.Applicable(), v1, Today));
        Assert.Throws<ValidationFailedException>(() => _state.DecideRecordSop(1, Samples.ApprovedSop(), Today));
        Assert.Equal(LocalisationStatus.SignedOff, Status(1));
    }

    [Fact]
    public void Carrying_forward_twice_keeps_every_reason_and_refuses_edits_from_before_the_carry()
    {
        var v1 = Version(1, Hazard("H-001", "One"));
        SignedOff(v1, Samples.Applicable());
        var v2 = Version(2, Hazard("H-001", "One, retitled"));
        var v3 = Version(3, Hazard("H-001", "One, retitled") with { Content = Hazard("H-001", "One, retitled").Content with { Owner = "New owner" } });

        Apply(_state.DecideCarryForward(_state.Revision, v1, v2, Today));
        Apply(_state.DecideCarryForward(_state.Revision, v2, v3, Today));

        var entry = _state.Overlay["H-001"];
        Assert.Equal(["title", "owner"], entry.ReassessBecause);
        Assert.Equal(3, entry.Revision);
        Assert.Throws<ConflictException>(() => _state.DecideAssess("H-001", 1, Samples.NotApplicable(), v3, Today));
        Apply(_state.DecideAssess("H-001", 3, Samples.Applicable(), v3, Today));
        Assert.False(_state.Overlay["H-001"].NeedsReassessment);
    }

    [Fact]
    public void Rejoining_after_leaving_needs_a_new_sign_off()
    {
        var v1 = Version(1, Hazard("H-001", "One"));
        SignedOff(v1, Samples.Applicable());
        Apply(_state.DecideLeave(Today));
        Assert.Equal(LocalisationStatus.Left, Status(1));

        Apply(_state.DecideJoin("p", "A81001", Samples.Mou() with { Reference = "MOU-RENEWED" }, 1, Today));

        Assert.Equal(LocalisationStatus.InProgress, Status(1));
        Assert.Equal(1, _state.DecideSignOff(_state.Revision, v1, 1, Samples.PracticeSignOff(), Today).ProgrammeVersion);
    }

    private void SignedOff(PublishedVersion version, HazardDecision decision)
    {
        Apply(_state.DecideJoin("p", "A81001", Samples.Mou(), version.Summary.Number, Today));
        Apply(_state.DecideRecordSop(0, Samples.ApprovedSop(), Today));
        foreach (var hazard in version.Hazards) Apply(_state.DecideAssess(hazard.Id, 0, decision, version, Today));
        Apply(_state.DecideSignOff(_state.Revision, version, version.Summary.Number, Samples.PracticeSignOff(), Today));
    }

    private LocalisationStatus Status(int current) => _state.Summarise(_sequence, null).StatusOn(Today, current);

    private static Hazard Hazard(string id, string title) => new(id, Today, 1, Samples.Hazard(title), null);

    private static PublishedVersion Version(int number, params Hazard[] hazards) => new(
        "p", new PublishedVersionSummary(number, DateTimeOffset.UnixEpoch, Samples.Cso, Samples.SignOff(), "s", number), Samples.Programme(), hazards);

    private void Apply(LocalisationEvent change) =>
        _state.Apply(new RecordedChange<LocalisationEvent>(++_sequence, DateTimeOffset.UnixEpoch, Samples.Cso, null, change));
}
