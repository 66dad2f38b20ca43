using System.Text.Json;

namespace GpSafetyHub.DevKit;

/// <summary>
/// A real OpenID Connect issuer (npm oidc-provider, tools/oidc-issuer) on a free loopback port,
/// with one client, <c>hub-web</c>, and the given people, who sign in on its own login page with
/// their login name.
/// </summary>
public sealed class OidcIssuer(IReadOnlyDictionary<string, OidcIssuer.Person> people) : NodeServer
{
    private readonly string _peopleFile = Path.Combine(Directory.CreateTempSubdirectory("oidc-").FullName, "people.json");

    public const string ClientId = "hub-web";
    public const string ClientSecret = "hub-web-secret";

    public int Port { get; } = FreePort.Next();

    /// <summary>Where the client is sent back after sign-in; set before starting (the relying party's port may be chosen later).</summary>
    public string RedirectUri { get; set; } = "";

    public string Authority => $"http://127.0.0.1:{Port}";

    protected override string Name => $"OpenID Connect issuer (port {Port})";

    protected override int ReadyPort => Port;

    protected override IEnumerable<string> Arguments()
    {
        File.WriteAllText(_peopleFile, JsonSerializer.Serialize(people.ToDictionary(p => p.Key, p => new Dictionary<string, object>
        {
            ["name"] = p.Value.Name, ["hub_role"] = p.Value.Roles, ["hub_scope"] = p.Value.Scopes, ["hub_org"] = "Test issuer",
        })));
        yield return Path.Combine(RepositoryPaths.Root, "tools", "oidc-issuer", "issuer.mjs");
        yield return Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return RedirectUri;
        yield return _peopleFile;
    }

    public sealed record Person(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes);
}
