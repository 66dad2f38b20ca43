using GpSafetyHub.Demo;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>The demo estate a newcomer gets from <c>./tools/run-hub.sh</c>.</summary>
public sealed class DemoEstateTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task The_demo_shows_coverage_in_every_state_at_once_and_loading_twice_changes_nothing()
    {
        var demo = ActivatorUtilities.CreateInstance<DemoEstate>(hub.App.Services);
        await demo.LoadAsync();
        var client = hub.Client();
        const string Query = """
            { nationalCoverage { total { practices programmes { programmeId joined signedOffCurrent stale notStarted } practicesWithNoProgramme } }
              icbCoverage(icb: "QMF", first: 500) { practices totalRows rows { status } }
              programme(id: "ai-scribe-london") { historyLength currentVersion { number } } }
            """;

        var first = await Eventually.Get(
            () => client.Data(Query),
            c => (int)c["icbCoverage"]!["totalRows"]! > 0
                 && c["icbCoverage"]!["rows"]!.AsArray().Select(r => (string)r!["status"]!).Distinct().Count() >= 5,
            timeoutSeconds: 60, what: "The demo coverage appearing");

        Assert.Equal(72, (int)first["nationalCoverage"]!["total"]!["practices"]!);
        Assert.Equal(3, first["nationalCoverage"]!["total"]!["programmes"]!.AsArray().Count);
        Assert.NotEmpty(first["nationalCoverage"]!["total"]!["practicesWithNoProgramme"]!.AsArray());
        Assert.Equal(2, (int)first["programme"]!["currentVersion"]!["number"]!);
        var statuses = first["icbCoverage"]!["rows"]!.AsArray().Select(r => (string)r!["status"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "JOINED", "IN_PROGRESS", "SIGNED_OFF", "STALE", "LEFT" }, statuses);
        var overdue = await client.Data("{ icbCoverage(icb: \"QMF\", overdue: true, orderBy: NEXT_REVIEW) { totalRows rows { sop nextReviewDate } } }");
        Assert.True((int)overdue["icbCoverage"]!["totalRows"]! > 0, "The demo should show overdue reviews.");
        Assert.All(overdue["icbCoverage"]!["rows"]!.AsArray(), r => Assert.Equal("REVIEW_OVERDUE", (string)r!["sop"]!));

        // The AI scribe's deployments stand at several steps of the checklist, some live.
        const string Board = "{ icbDeploymentBoard(icb: \"QMF\", programmeId: \"ai-scribe-london\") { deployments { currentStep } figures { deployments live } } }";
        var board = await Eventually.Get(() => client.Data(Board), b => (int)b["icbDeploymentBoard"]!["figures"]!["deployments"]! > 0, what: "The demo deployments appearing");
        Assert.True((int)board["icbDeploymentBoard"]!["figures"]!["live"]! > 0, "Some demo deployments should be live.");
        Assert.True(board["icbDeploymentBoard"]!["deployments"]!.AsArray().Select(d => (string?)d!["currentStep"]).Distinct().Count() >= 3, "The demo deployments should stand at several steps.");

        await demo.LoadAsync();
        var second = await client.Data(Query);
        Assert.Equal(board.ToJsonString(), (await client.Data(Board)).ToJsonString());
        Assert.Equal((int)first["programme"]!["historyLength"]!, (int)second["programme"]!["historyLength"]!);
        Assert.Equal(first["icbCoverage"]!["totalRows"]!.ToJsonString(), second["icbCoverage"]!["totalRows"]!.ToJsonString());
    }
}
