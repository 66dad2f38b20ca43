using GpSafetyHub.Hazards;
using GpSafetyHub.Programmes;
using GpSafetyHub.Risk;

namespace GpSafetyHub.Tests.Unit.Localisations;

public sealed class VersionDiffTests
{
    private static readonly Hazard Base = new("H-001", new DateOnly(2026, 1, 1), 1, Samples.Hazard("Base"), null);

    public static TheoryData<string, Func<Hazard, Hazard>, HazardChangeKind[], string[]> Changes() => new()
    {
        { "title", h => h with { Content = h.Content with { Title = "Other" } }, [HazardChangeKind.TextChanged], ["title"] },
        { "causes", h => h with { Content = h.Content with { Causes = ["New cause"] } }, [HazardChangeKind.TextChanged], ["causes"] },
        { "residual", h => h with { Content = h.Content with { ResidualRisk = new RiskAssessment(Severity.Minor, Likelihood.Low, null) } }, [HazardChangeKind.RiskChanged], ["residualRisk"] },
        { "initial", h => h with { Content = h.Content with { InitialRisk = h.Content.InitialRisk with { Justification = "More evidence" } } }, [HazardChangeKind.RiskChanged], ["initialRisk"] },
        { "controls", h => h with { Content = h.Content with { Controls = [] } }, [HazardChangeKind.ControlsChanged], ["controls"] },
        { "owner", h => h with { Content = h.Content with { Owner = "New owner" } }, [HazardChangeKind.DetailsChanged], ["owner"] },
        { "closed", h => h with { ClosedReason = "Gone" }, [HazardChangeKind.Closed], [] },
        { "text and risk", h => h with { Content = h.Content with { Title = "T", ResidualRisk = null } }, [HazardChangeKind.TextChanged, HazardChangeKind.RiskChanged], ["title", "residualRisk"] },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Each_kind_of_change_is_named_with_its_fields(string because, Func<Hazard, Hazard> change, HazardChangeKind[] kinds, string[] fields)
    {
        var diff = Assert.Single(VersionDiff.Between(Version(Base), Version(change(Base))));
        Assert.True(kinds.SequenceEqual(diff.Kinds), because);
        Assert.Equal(fields, diff.ChangedFields);
    }

    [Fact]
    public void Added_and_reopened_hazards_are_named_and_unchanged_ones_left_out()
    {
        var closed = Base with { ClosedReason = "Gone" };
        var unchanged = Base with { Id = "H-002", Content = Base.Content with { Causes = Base.Content.Causes.ToList() } };
        var added = Base with { Id = "H-003" };

        var diff = VersionDiff.Between(Version(closed, unchanged), Version(Base, unchanged, added));

        Assert.Equal([("H-001", HazardChangeKind.Reopened), ("H-003", HazardChangeKind.Added)], diff.Select(d => (d.HazardId, d.Kinds.Single())));
    }

    private static PublishedVersion Version(params Hazard[] hazards) => new(
        "p", new PublishedVersionSummary(1, DateTimeOffset.UnixEpoch, Samples.Cso, Samples.SignOff(), "s", 1), Samples.Programme(), hazards);
}
