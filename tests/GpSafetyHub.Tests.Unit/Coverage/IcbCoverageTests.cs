using GpSafetyHub.Coverage;
using GpSafetyHub.Localisations;
using GpSafetyHub.Practices;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Coverage;

public sealed class IcbCoverageTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly LocalisationSummary Joined = new("p1", "A81001", 3, Today.AddYears(1), null, false, null, 2, null, false, false, 4, 4, null);

    public static TheoryData<string, LocalisationSummary, MouState, SopState, bool> States() => new()
    {
        { "joined, no SOP", Joined, MouState.Active, SopState.None, false },
        { "draft SOP", Joined with { SopRecorded = true, SopReviewDate = Today.AddMonths(6) }, MouState.Active, SopState.Draft, false },
        { "approved SOP", Joined with { SopRecorded = true, SopApproved = true, SopReviewDate = Today.AddMonths(6) }, MouState.Active, SopState.Approved, false },
        { "SOP review passed", Joined with { SopRecorded = true, SopApproved = true, SopReviewDate = Today.AddDays(-1) }, MouState.Active, SopState.ReviewOverdue, true },
        { "MoU expired", Joined with { MouExpiresOn = Today.AddDays(-1) }, MouState.Expired, SopState.None, true },
        { "left", Joined with { LeftOn = Today.AddDays(-10), MouExpiresOn = Today.AddDays(-1) }, MouState.Ended, SopState.None, false },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Rows_show_MoU_and_SOP_state_and_whether_a_review_is_overdue(string because, LocalisationSummary summary, MouState mou, SopState sop, bool overdue)
    {
        var row = Compute(Practice("A81001", summary)).Rows.Single();
        Assert.True((mou, sop, overdue) == (row.Mou, row.Sop, row.Overdue), because);
    }

    [Fact]
    public void The_next_review_is_the_earlier_of_the_SOP_review_and_the_MoU_expiry()
    {
        var summary = Joined with { SopRecorded = true, SopApproved = true, SopReviewDate = Today.AddMonths(2) };
        Assert.Equal(Today.AddMonths(2), Compute(Practice("A81001", summary)).Rows.Single().NextReviewDate);
        Assert.Equal(Joined.MouExpiresOn, Compute(Practice("A81001", Joined)).Rows.Single().NextReviewDate);
    }

    [Fact]
    public void Programme_summaries_count_each_state_and_unjoined_practices_are_listed()
    {
        var coverage = Compute(
            Practice("A81001", Joined with { SignedOffVersion = 2, HasWork = true }),
            Practice("A81002", Joined with { OdsCode = "A81002", SignedOffVersion = 1, HasWork = true }),
            Practice("A81003", Joined with { OdsCode = "A81003" }),
            Practice("A81004", Joined with { OdsCode = "A81004", LeftOn = Today }),
            Practice("A81005"));

        var summary = coverage.Programmes.Single();
        Assert.Equal((3, 1, 1, 1, 0), (summary.Joined, summary.SignedOffCurrent, summary.Stale, summary.NotStarted, summary.Overdue));
        Assert.Equal(["A81004", "A81005"], coverage.PracticesWithNoProgramme);
        Assert.Equal(5, coverage.Practices);
        Assert.Equal(4, coverage.Rows.Count);
    }

    [Fact]
    public void Grids_add_up_across_practices_but_not_those_that_left()
    {
        var grid = RiskGrid.Count([new RiskAssessment(Severity.Major, Likelihood.Low, null)]);
        var coverage = Compute(
            Practice("A81001", Joined with { LocalResidualGrid = grid, ProgrammeResidualGrid = grid }),
            Practice("A81002", Joined with { OdsCode = "A81002", LocalResidualGrid = grid }),
            Practice("A81003", Joined with { OdsCode = "A81003", LeftOn = Today, LocalResidualGrid = grid }));

        Assert.Equal(2, coverage.LocalResidualGrid[RiskGrid.IndexOf(Severity.Major, Likelihood.Low)]);
        Assert.Equal(1, coverage.ProgrammeResidualGrid[RiskGrid.IndexOf(Severity.Major, Likelihood.Low)]);
        Assert.Equal(2, coverage.LocalResidualGrid.Sum());
    }

    [Fact]
    public void Tombstoned_practices_are_left_out_and_national_figures_add_up()
    {
        var here = Compute(Practice("A81001", Joined), PracticeCoverage.Moved("A81009", 7));
        var there = IcbCoverage.Compute("QWE", [Practice("B81001", Joined with { OdsCode = "B81001", SignedOffVersion = 2 })], Current, Today);

        var national = IcbCoverage.Combine("ENGLAND", [here, there]);

        Assert.Equal(1, here.Practices);
        Assert.Equal(2, national.Practices);
        Assert.Equal((2, 1), (national.Programmes.Single().Joined, national.Programmes.Single().SignedOffCurrent));
    }

    [Fact]
    public void Filters_keep_only_rows_meeting_every_condition()
    {
        var row = new CoverageRow("A81001", "P", "U12345", "p1", MouState.Active, SopState.Approved, LocalisationStatus.Stale, 1, 3, 0, 4, null, false);
        Assert.True(new CoverageFilter("p1", LocalisationStatus.Stale, false, 4, "U12345").Keeps(row));
        Assert.False(new CoverageFilter(MinResidualRating: 5).Keeps(row));
        Assert.False(new CoverageFilter(PcnCode: "U99999").Keeps(row));
        Assert.False(new CoverageFilter(Status: LocalisationStatus.SignedOff).Keeps(row));
        Assert.False(new CoverageFilter(MinResidualRating: 1).Keeps(row with { HighestLocalResidualRating = null }));
    }

    private static readonly Dictionary<string, int?> Current = new() { ["p1"] = 2 };

    private static IcbCoverage Compute(params PracticeCoverage[] practices) => IcbCoverage.Compute("QHM", practices, Current, Today);

    private static PracticeCoverage Practice(string ods, params LocalisationSummary[] localisations) =>
        PracticeCoverage.Of(new PracticeView(ods, Samples.Practice($"Practice {ods}"), DateTimeOffset.UnixEpoch, 1), localisations);
}
