using Microsoft.Extensions.Configuration;
using System.Net;
using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;
using Microsoft.IdentityModel.Tokens;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>Which tokens the hub accepts: only its issuer's, signed, current, for its audience, with a role and scope.</summary>
public sealed class TokenTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Query = "{ riskMatrix { ratings { value } } }";

    [Fact]
    public async Task A_valid_token_is_served() => Assert.Empty((await hub.Client().Send(Query)).Errors);

    public static TheoryData<string> Refusals => ["no token", "wrong signature", "expired", "wrong audience", "wrong issuer", "no role", "unknown role", "role without scope", "bad scope"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_token_that_does_not_hold_is_refused_with_401_and_nothing_is_run(string problem)
    {
        var tokens = hub.Tokens;
        var options = new HubAuthOptions { DevTokens = { Enabled = true, KeyFile = tokens.KeyFile } };
        string? token = problem switch
        {
            "no token" => null,
            "wrong signature" => DevTokens.Mint(options, "eve", "Eve", ["admin"], [], null, TimeSpan.FromHours(1),
                signingKey: new SymmetricSecurityKey(new byte[32]) { KeyId = "dev" }),
            "expired" => DevTokens.Mint(options, "ada", "Ada", ["admin"], [], null, TimeSpan.FromMinutes(5), now: DateTimeOffset.UtcNow.AddHours(-2)),
            "wrong audience" => DevTokens.Mint(options, "ada", "Ada", ["admin"], [], null, TimeSpan.FromHours(1), audience: "another-service"),
            "wrong issuer" => DevTokens.Mint(options, "ada", "Ada", ["admin"], [], null, TimeSpan.FromHours(1), issuer: "https://login.example.org/"),
            "no role" => tokens.Mint([], ["A81001"]),
            "unknown role" => tokens.Mint(["superuser"], []),
            "role without scope" => tokens.Mint(["practice"], []),
            _ => tokens.Mint(["practice"], ["not a code!"]),
        };

        var response = await hub.Client(token ?? "").Send($"mutation {{ rebuildIcbCoverage(icb: \"QHM\") }} {Query}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        var error = response.Error("UNAUTHENTICATED");
        Assert.Null(response.Json["data"]);
        Assert.DoesNotContain("Exception", (string?)error["message"], StringComparison.Ordinal);
    }

    /// <summary>Values that enum parsing would have read as a role (numbers, lists, other casing): none is a role.</summary>
    public static TheoryData<string> NotQuiteRoles => ["practice,icb", "3", "03", "+3", " 3 ", "4", "PRACTICE", "Cso", "national ", ""];

    [Theory]
    [MemberData(nameof(NotQuiteRoles))]
    public async Task A_role_value_that_is_not_exactly_one_of_the_five_names_is_refused(string role)
    {
        var token = hub.Tokens.Mint([role], ["A81001", "QHM", "function:NEL CSU Clinical Safety"]);
        var response = await hub.Client(token).Send("{ nationalCoverage { total { practices } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.Error("UNAUTHENTICATED");
        Assert.Null(response.Json["data"]);
    }

    [Fact]
    public async Task A_Production_host_refuses_development_tokens()
    {
        await using var production = new HubApp(hub.Azurite.ConnectionString, environment: "Production");
        using var http = production.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://hub.example.nhs.uk/") });
        // Signed with the very key the host was given, and still refused: outside Development only the authority's tokens hold.
        var response = await new GraphQLClient(http, production.Tokens.Default()).Send(Query);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        response.Error("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Anonymous_callers_get_no_schema_and_no_field_suggestions()
    {
        var anonymous = hub.Client("");
        var introspection = await anonymous.Send("{ __schema { types { name } } }");
        Assert.Equal(HttpStatusCode.Unauthorized, introspection.Status);
        var typo = await anonymous.Send("{ programe { id } }");
        typo.Error("UNAUTHENTICATED");
        Assert.DoesNotContain("programme", typo.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync("/health")).StatusCode);
    }
}

/// <summary>The development token command, run as a developer runs it, and its refusal outside Development.</summary>
public sealed class DevTokenCommandTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task The_mint_token_command_prints_a_token_the_hub_accepts_and_history_names_its_holder()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "GpSafetyHub.Silo.dll"), "mint-token", "--role", "practice", "--scope", "M30001", "--name", "Dr Mary Seacole", "--subject", "mary" })
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Auth__DevTokens__Enabled"] = "true";
        start.Environment["Auth__DevTokens__KeyFile"] = hub.Tokens.KeyFile;
        using var process = System.Diagnostics.Process.Start(start)!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());

        await hub.Client().RegisterPracticeAsync("M30001", "QCC", "lead.m30001@nhs.net", null);
        var asMary = hub.Client(token);
        await asMary.Data("mutation { registerPractices(practices: [{ odsCode: \"M30001\", name: \"Practice M30001\", icbCode: \"QCC\", safetyLeadName: \"Dr Grace Hopper\", safetyLeadEmail: \"lead.m30001@nhs.net\", casContactEmail: \"cas.m30001@nhs.net\" }]) { updated } }");
        var actor = (await asMary.Data("{ practice(odsCode: \"M30001\") { history { entries { actor { subject name role } } } } }"))["practice"]!["history"]!["entries"]![0]!["actor"]!;
        Assert.Equal(("mary", "Dr Mary Seacole", "practice"), ((string?)actor["subject"], (string?)actor["name"], (string?)actor["role"]));
    }

    [Fact]
    public async Task The_mint_token_script_prints_only_the_token_and_builds_only_when_the_hub_changed()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tools", "mint-token.sh");
        var first = await RunAsync(script);      // may build the hub first: quietly
        var dll = Path.Combine(RepositoryPaths.Root, "silo", "GpSafetyHub.Silo", "bin", "Release", "net10.0", "GpSafetyHub.Silo.dll");
        var built = File.GetLastWriteTimeUtc(dll);
        var second = await RunAsync(script);

        foreach (var (stdout, stderr) in new[] { first, second })
        {
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length == 1, $"Expected only a token, got:\n{stdout}");
            Assert.Equal(3, lines[0].Trim().Split('.').Length);
            Assert.True(stderr.Length == 0, stderr);
        }

        Assert.Equal(built, File.GetLastWriteTimeUtc(dll));
        Assert.Empty((await hub.Client(second.Stdout.Trim()).Send("{ nationalCoverage { total { practices } } }")).Errors);
    }

    private async Task<(string Stdout, string Stderr)> RunAsync(string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "--role", "national", "--name", "Script User" }) start.ArgumentList.Add(argument);
        start.Environment["Auth__DevTokens__KeyFile"] = hub.Tokens.KeyFile;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        return (await stdout, await stderr);
    }

    [Fact]
    public void Outside_Development_the_command_refuses_to_mint()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "true", ["Auth:DevTokens:KeyFile"] = hub.Tokens.KeyFile })
            .Build();
        var production = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" };
        Assert.Equal(2, GpSafetyHub.Silo.DevTokenCommand.Run(["--role", "admin"], configuration, production));
    }

    [Fact]
    public void Outside_Development_the_hub_will_not_start_without_an_issuer_to_trust()
    {
        using var app = new HubApp(hub.Azurite.ConnectionString, environment: "Production", settings: new Dictionary<string, string> { ["Auth:Authority"] = "" });
        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Auth:Authority", refused.ToString(), StringComparison.Ordinal);
    }
}
