using System.Net;
using System.Net.Http.Json;
using GpSafetyHub.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>What callers see while storage is down, and that a client leaving early is not reported as a fault.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new(persistent: true);
    private readonly CapturedLogs _logs = new();
    private HubApp _app = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _app = new HubApp(_azurite.ConnectionString, services: _logs.AddTo);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.StopAsync();
        Directory.Delete(_azurite.DataDirectory!, recursive: true);
    }

    [Fact]
    public async Task A_change_while_storage_is_down_is_503_retryable_and_changes_nothing()
    {
        var client = _app.Client();
        var id = UniqueIds.Programme("outage");
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });

        var (refused, retryAfter) = await WhileStorageIsDownAsync(async () =>
        {
            using var request = client.Request(HttpMethod.Post, "/graphql", JsonContent.Create(new { query = Requests.AddHazard, variables = new { p = id, h = Requests.Hazard("During the outage"), why = "Workshop" } }));
            using var response = await client.Http.SendAsync(request);
            return (await GraphQLResponse.Read(response), response.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null);
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Contains("try again", (string?)refused.Error("UNAVAILABLE")["message"], StringComparison.Ordinal);
        Assert.Equal("5", retryAfter);
        Assert.DoesNotContain("Exception", refused.Body, StringComparison.Ordinal);

        var programme = await client.Data("query($p: ID!) { programme(id: $p) { draftRevision hazards { title } } }", new { p = id });
        Assert.Equal(0, (int)programme["programme"]!["draftRevision"]!);
        Assert.Empty(programme["programme"]!["hazards"]!.AsArray());
        await client.Data(Requests.AddHazard, new { p = id, h = Requests.Hazard("After the outage"), why = "Workshop" });
    }

    [Fact]
    public async Task When_every_place_is_taken_new_callers_are_told_the_hub_is_busy_and_health_still_answers()
    {
        await using var app = new HubApp(_azurite.ConnectionString, settings: new Dictionary<string, string>
        {
            ["GraphQL:MaxConcurrentRequests"] = "1", ["GraphQL:MaxQueuedRequests"] = "0",
        });
        var slow = app.Client(app.Tokens.Default("Slow Caller"));
        var id = UniqueIds.Programme("busy");
        await slow.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });

        // With storage down a write holds its place while the storage client retries.
        await WhileStorageIsDownAsync(async () =>
        {
            var holding = slow.Send(Requests.AddHazard, new { p = id, h = Requests.Hazard("Holding the place"), why = "Workshop" });
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            var newcomer = await app.Client(app.Tokens.Default("Brand New Caller")).Send("{ riskMatrix { ratings { value } } }");
            Assert.Equal(HttpStatusCode.TooManyRequests, newcomer.Status);
            Assert.Contains("busy", (string?)newcomer.Error("RATE_LIMITED")["message"], StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.CreateClient().GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await holding).Status);
            return true;
        });

        Assert.Empty((await app.Client(app.Tokens.Default("Brand New Caller")).Send("{ riskMatrix { ratings { value } } }")).Errors);
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_request_is_not_logged_as_a_failure()
    {
        var client = _app.Client();
        var id = UniqueIds.Programme("gone");
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });

        // With storage down the write waits on retries: long enough for the client to give up.
        await WhileStorageIsDownAsync(async () =>
        {
            using var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            using var request = client.Request(HttpMethod.Post, "/graphql", JsonContent.Create(new { query = Requests.AddHazard, variables = new { p = id, h = Requests.Hazard("Abandoned"), why = "Workshop" } }));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Http.SendAsync(request, leave.Token));
            await Task.Delay(TimeSpan.FromSeconds(1));
            return true;
        });

        // What serves the request (the endpoint, resolvers, the host's error handler); storage's own complaints about the outage are expected.
        var errors = _logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Category is "GpSafetyHub.GraphQL" or "GpSafetyHub.Silo").ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"{e.Category}: {e.Message} {e.Exception}")));
    }

    [Fact]
    public async Task A_read_of_a_record_not_yet_loaded_while_storage_is_down_is_503_retryable()
    {
        // Nothing has read this programme or practice since the hub started: the read has to load them from storage.
        var client = _app.Client();
        var id = UniqueIds.Programme("cold");
        await client.Data(Requests.CreateProgramme, new { input = Requests.Programme(id) });
        await client.RegisterPracticeAsync("C40001", "QCC", "lead.c40001@nhs.net", null);
        await using (var restarted = new HubApp(_azurite.ConnectionString))
        {
            var cold = restarted.Client();
            var (programme, practice) = await WhileStorageIsDownAsync(async () => (
                await cold.Send("query($p: ID!) { programme(id: $p) { id } }", new { p = id }),
                await cold.Send("{ practice(odsCode: \"C40001\") { name } }")));

            foreach (var refused in new[] { programme, practice })
            {
                Assert.True(refused.Status == HttpStatusCode.ServiceUnavailable, refused.Body);
                refused.Error("UNAVAILABLE");
                Assert.DoesNotContain("Exception", refused.Body, StringComparison.Ordinal);
            }

            Assert.Equal(id, (string?)(await cold.Data("query($p: ID!) { programme(id: $p) { id } }", new { p = id }))["programme"]!["id"]);
        }
    }

    /// <summary>Runs <paramref name="act"/> with Azurite stopped, and starts it again whatever happens.</summary>
    private async Task<T> WhileStorageIsDownAsync<T>(Func<Task<T>> act)
    {
        await _azurite.StopAsync();
        try
        {
            return await act();
        }
        finally
        {
            await _azurite.StartAsync();
        }
    }
}
