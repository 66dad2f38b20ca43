using GpSafetyHub.GraphQL.Access;
using GpSafetyHub.Operations.Access;

namespace GpSafetyHub.Tests.EndToEnd;

/// <summary>
/// Mints development tokens for a test host, with the key file that host was given: the same
/// minting the <c>mint-token</c> command does.
/// </summary>
public sealed class TestTokens
{
    /// <summary>The CSO function every test programme belongs to (see Requests.Programme).</summary>
    public const string TestCsoFunction = "NEL CSU Clinical Safety";

    public string KeyFile { get; } = Path.Combine(Directory.CreateTempSubdirectory("hub-keys-").FullName, "dev-token.key");

    private HubAuthOptions Options => new() { DevTokens = { Enabled = true, KeyFile = KeyFile } };

    public string Mint(IReadOnlyList<string> roles, IReadOnlyList<string> scopes, string name = "Dr Ada Lovelace", string? subject = null, TimeSpan? lifetime = null) =>
        DevTokens.Mint(Options, subject ?? name.ToLowerInvariant().Replace(' ', '.'), name, roles, scopes, "Test organisation", lifetime ?? TimeSpan.FromHours(1));

    /// <summary>What most tests act as: the test programmes' CSO function, also national reader and administrator.</summary>
    public string Default(string name = "Dr Ada Lovelace") => Mint(["cso", "national", "admin"], [$"{Caller.FunctionPrefix}{TestCsoFunction}"], name);

    public string Practice(string odsCode, string name = "Dr Grace Hopper") => Mint(["practice"], [odsCode], name);

    public string Icb(string icbCode) => Mint(["icb"], [icbCode], $"ICB {icbCode} analyst");
}
